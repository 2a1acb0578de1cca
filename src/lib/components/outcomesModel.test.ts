import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, SITUATION_KEYS, situationKey } from '$lib/evidence/questions';
import { selectEvidence } from '$lib/evidence/select';
import { answerNotes, isSituationKey, outcomesModel, situationOfKey } from './outcomesModel';
import type { CardModel } from './deck/deckModel';

describe('outcomesModel', () => {
	it('says which "not sure" notice opens the page', () => {
		expect(outcomesModel({ cause: 'osteoporotic', age: 'acute' }).unsure).toBeNull();
		expect(outcomesModel({ cause: 'unsure', age: 'unsure' }).unsure).toBe('both');
		// Nothing said yet: no "you said you are not sure".
		expect(outcomesModel({ cause: null, age: null }).unsure).toBeNull();
		expect(outcomesModel({ cause: null, age: 'unsure' }).unsure).toBe('age');
		expect(outcomesModel({ cause: 'unsure', age: 'chronic' }).unsure).toBe('cause');
		expect(outcomesModel({ cause: 'cancer', age: 'unsure' }).unsure).toBe('age');
	});

	it('every question in order; shown by default are the visible items in rank order, every sham trial among them', () => {
		for (const key of SITUATION_KEYS) {
			const view = outcomesModel(situationOfKey(key));
			expect(view.questions.map((q) => q.question)).toEqual([...QUESTION_IDS]);
			for (const q of view.questions) {
				expect(q.shown).toEqual(q.items.filter((i) => i.visible));
				for (const sham of q.items.filter((i) => i.design === 'sham-controlled')) expect(q.shown).toContain(sham);
				expect(q.model.columns.map((c) => c.option)).toEqual(['conservative', 'vertebroplasty', 'kyphoplasty']);
			}
		}
	});

	it('"different studies, different people" is said once, at the first question whose columns mix studies', () => {
		for (const key of SITUATION_KEYS) {
			const questions = outcomesModel(situationOfKey(key)).questions;
			const first = questions.findIndex((q) => q.model.mixedStudies);
			expect(questions.map((q) => q.mixedNote)).toEqual(questions.map((_, i) => i === first));
		}
	});

	it('carries the guidelines for the situation (both causes when not sure)', () => {
		for (const key of SITUATION_KEYS) {
			const situation = situationOfKey(key);
			expect(outcomesModel(situation).guidelines).toEqual(selectEvidence(situation).guidelines);
		}
		expect(outcomesModel(situationOfKey('unsure-unsure')).guidelines.length).toBeGreaterThan(
			outcomesModel(situationOfKey('cancer-acute')).guidelines.length
		);
	});
});

describe('answerNotes', () => {
	const figure = (option: 'conservative' | 'vertebroplasty', outcome: string, strata: string[], baseline?: number) =>
		({
			kind: 'figure',
			option,
			outcome: { id: outcome, direction: 'higher-better' },
			estimate: { strata },
			count: 40,
			comparison: 'trial',
			...(baseline === undefined ? {} : { baseline, comparator: { arm: 'sham', count: baseline } })
		}) as unknown as CardModel['columns'][number];
	const gap: CardModel['columns'][number] = { kind: 'gap', option: 'kyphoplasty', notes: ['gap.noEvidence'], notApplicable: false };

	it('says the outcome and group once when every figure shares them, and the legend when a baseline is drawn', () => {
		const model: CardModel = { of: 100, mixedStudies: false, columns: [figure('conservative', 'pain-relief', ['osteoporotic-acute']), figure('vertebroplasty', 'pain-relief', ['osteoporotic-acute'], 21), gap] };
		expect(answerNotes(model)).toEqual({
			sharedOutcome: 'pain-relief',
			sharedGroups: ['osteoporotic-acute'],
			legend: { direction: 'higher-better', reference: 'sham' }
		});
	});

	it('says nothing shared when the figures differ, and no legend without a baseline', () => {
		const model: CardModel = { of: 100, mixedStudies: true, columns: [figure('conservative', 'pain-relief', ['osteoporotic-acute']), figure('vertebroplasty', 'new-fracture', ['cancer-acute']), gap] };
		expect(answerNotes(model)).toEqual({ sharedOutcome: null, sharedGroups: null, legend: null });
	});
});

describe('situation keys (the no-JavaScript pages)', () => {
	it('every key names a situation that gives the key back', () => {
		for (const key of SITUATION_KEYS) {
			expect(isSituationKey(key)).toBe(true);
			expect(situationKey(situationOfKey(key))).toBe(key);
		}
		expect(isSituationKey('osteoporotic')).toBe(false);
		expect(isSituationKey('cancer-acute/../x')).toBe(false);
	});
});
