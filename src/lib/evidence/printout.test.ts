import { describe, expect, it } from 'vitest';
import { selectEvidence, type SelectedEvidence } from './select.ts';
import { printedRows } from './printout.ts';
import type { ComparisonRow, FigureEstimate, Outcome } from './types.ts';

const outcome: Outcome = { id: 'x', kind: 'benefit', question: 'pain', denominator: 100, direction: 'higher-better' };

function figure(comparison: string, arm: FigureEstimate['arm'], design: FigureEstimate['design'], extra: Partial<FigureEstimate> = {}): FigureEstimate {
	return {
		id: `${comparison}-${arm}`,
		outcome: 'x',
		arm,
		strata: ['osteoporotic-acute'],
		comparison,
		status: 'figure',
		count: 10,
		of: 100,
		reported: {},
		timeFrame: { value: 1, unit: 'year', kind: 'within' },
		sources: [comparison.toUpperCase()],
		design,
		certainty: 'not-very-sure',
		verified: true,
		...extra
	};
}

function row(...figures: FigureEstimate[]): ComparisonRow {
	return { comparison: figures[0].comparison, outcome: 'x', strata: ['osteoporotic-acute'], arms: Object.fromEntries(figures.map((f) => [f.arm, f])) };
}

/** The comparisons printed for one outcome with these rows. */
function printed(...rows: ComparisonRow[]): string[] {
	const selected = { outcomes: [{ outcome, rows, byOption: { conservative: [], vertebroplasty: [], kyphoplasty: [] } }] } as unknown as SelectedEvidence;
	return printedRows(selected).map((r) => r.row.comparison);
}

describe('printedRows: which study a question prints', () => {
	const single = row(figure('single', 'conservative', 'single-arm'));
	const open = row(figure('open', 'vertebroplasty', 'open-label-rct'), figure('open', 'conservative', 'open-label-rct'));
	const sham = row(figure('sham', 'vertebroplasty', 'sham-controlled'), figure('sham', 'sham', 'sham-controlled'));
	const review = row(figure('review', 'conservative', 'systematic-review'));

	it('puts a pooled review before a sham-controlled trial before an open trial before a single-arm study', () => {
		expect(printed(single, open)).toEqual(['open']);
		expect(printed(single, review, open, sham)).toEqual(['review']);
	});

	it('adds the strongest study with a conservative-care figure when the strongest one has none', () => {
		expect(printed(single, open, sham)).toEqual(['sham', 'open']);
		expect(printed(sham)).toEqual(['sham']);
	});

	it('never puts a borrowed figure first when an own figure of the same design exists', () => {
		const borrowed = row(figure('b', 'vertebroplasty', 'open-label-rct', { borrowedFrom: { population: 'osteoporotic' } }), figure('b', 'conservative', 'open-label-rct'));
		const own = row(figure('own', 'kyphoplasty', 'open-label-rct'), figure('own', 'conservative', 'open-label-rct'));
		expect(printed(borrowed, own)).toEqual(['own']);
	});
});

describe('printedRows (real content)', () => {
	it('osteoporotic, acute: the sham-controlled trials first, and conservative care always with a figure where one exists', () => {
		const rows = printedRows(selectEvidence({ cause: 'osteoporotic', age: 'acute' }));
		expect(rows.map((r) => `${r.question}:${r.row.outcome}:${r.row.comparison}`)).toEqual([
			'pain:pain-mild:vapour',
			'pain:pain-mild:v2-nh',
			'harms:serious-procedure-harm:kaviar',
			'fractures:new-fracture:v4-fx',
			'fractures:new-fracture:v2-fx',
			'posture:further-collapse:v4-fx',
			'posture:further-collapse:v2-fx'
		]);
		const pain = rows[0];
		expect(pain.figures.map((f) => `${f.arm}:${f.estimate.count}/${f.estimate.of}`)).toEqual(['vertebroplasty:44/100', 'sham:21/100']);
		expect(pain.design).toBe('sham-controlled');
		expect(pain.certainty).toBe('not-very-sure');
		expect(rows[2].denominator).toBe(1000);
		expect(rows[2].sources).toEqual(['KAVIAR']);
	});

	it('chronic and cancer situations: every printed row has figures; cancer prints harms and fractures', () => {
		const rows = printedRows(selectEvidence({ cause: 'osteoporotic', age: 'chronic' }));
		expect(rows.every((r) => r.figures.length > 0)).toBe(true);
		const selected = printedRows(selectEvidence({ cause: 'cancer', age: 'chronic' }));
		expect(selected.map((r) => r.question)).toEqual(['harms', 'harms', 'fractures', 'fractures']);
	});

	it('"not sure" prints every question the situations have, each at most twice', () => {
		const rows = printedRows(selectEvidence({ cause: 'unsure', age: 'unsure' }));
		const questions = rows.map((r) => r.question);
		expect(new Set(questions)).toEqual(new Set(['pain', 'harms', 'fractures', 'posture']));
		for (const q of new Set(questions)) expect(questions.filter((x) => x === q).length).toBeLessThanOrEqual(2);
	});
});
