import { describe, expect, it } from 'vitest';
import { byImportance, emptyAnswers, leaningKey, ratedValues, safetyBlocks, safetyFlags, sureResult, type Answers } from './model';

function answers(change: (a: Answers) => void): Answers {
	const a = emptyAnswers();
	change(a);
	return a;
}

describe('safety verdict', () => {
	it('flags every "yes", in the screen order', () => {
		const a = answers((a) => {
			a.safety.answers.highEnergy = true;
			a.safety.answers.legWeakness = true;
			a.safety.answers.fever = false;
		});
		expect(safetyFlags(a)).toEqual(['legWeakness', 'highEnergy']);
	});

	it('blocks tailoring on any "yes" until the person deliberately goes on', () => {
		expect(safetyBlocks(emptyAnswers())).toBe(false);
		expect(safetyBlocks(answers((a) => (a.safety.answers.fever = false)))).toBe(false);
		const flagged = answers((a) => (a.safety.answers.bladderBowel = true));
		expect(safetyBlocks(flagged)).toBe(true);
		flagged.safety.continuedAnyway = true;
		expect(safetyBlocks(flagged)).toBe(false);
	});
});

describe('sureResult', () => {
	it('is incomplete until all four items are answered', () => {
		expect(sureResult(emptyAnswers())).toEqual({ yes: 0, total: 4, verdict: 'incomplete' });
		const three = answers((a) => Object.assign(a.sure, { sure: true, understand: true, risksBenefits: true }));
		expect(sureResult(three)).toEqual({ yes: 3, total: 4, verdict: 'incomplete' });
	});

	it('is "all yes" on 4 of 4 and "some no" otherwise', () => {
		const all = answers((a) => Object.assign(a.sure, { sure: true, understand: true, risksBenefits: true, support: true }));
		expect(sureResult(all)).toEqual({ yes: 4, total: 4, verdict: 'allYes' });
		const oneNo = answers((a) => Object.assign(a.sure, { sure: true, understand: false, risksBenefits: true, support: true }));
		expect(sureResult(oneNo)).toEqual({ yes: 3, total: 4, verdict: 'someNo' });
		const allNo = answers((a) => Object.assign(a.sure, { sure: false, understand: false, risksBenefits: false, support: false }));
		expect(sureResult(allNo)).toEqual({ yes: 0, total: 4, verdict: 'someNo' });
	});
});

describe('summary selectors', () => {
	it('lists the rated values in the fixed order, a 0 rating included', () => {
		const a = answers((a) => {
			a.values.posture = 3;
			a.values.fastRelief = 0;
		});
		expect(ratedValues(a)).toEqual(['fastRelief', 'posture']);
		expect(ratedValues(emptyAnswers())).toEqual([]);
	});

	it('names the leaning', () => {
		expect(leaningKey(null)).toBe('summary.noLeaning');
		expect(leaningKey('unsure')).toBe('values.leaningUnsure');
		expect(leaningKey('kyphoplasty')).toBe('glossary:armTitle.kyphoplasty');
	});
});

describe('byImportance', () => {
	it('puts the most important first and the unrated last, each group in the fixed order', () => {
		const a = answers((a) => {
			a.values.cost = 4;
			a.values.posture = 4;
			a.values.avoidProcedure = 0;
			a.values.hospitalTime = 2;
		});
		expect(byImportance(a)).toEqual(['cost', 'posture', 'hospitalTime', 'avoidProcedure', 'fastRelief', 'avoidRareHarm']);
		expect(byImportance(emptyAnswers())).toEqual(['fastRelief', 'avoidProcedure', 'avoidRareHarm', 'cost', 'posture', 'hospitalTime']);
	});
});
