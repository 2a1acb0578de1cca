import { describe, expect, it } from 'vitest';
import { selectEvidence } from './select.ts';
import { printedArms, printedRows, strongestRow } from './printout.ts';
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

describe('strongestRow', () => {
	it('puts a pooled review before a sham-controlled trial before an open trial before a single-arm study', () => {
		const single = row(figure('s', 'conservative', 'single-arm'));
		const open = row(figure('o', 'vertebroplasty', 'open-label-rct'), figure('o', 'conservative', 'open-label-rct'));
		const sham = row(figure('sh', 'vertebroplasty', 'sham-controlled'), figure('sh', 'sham', 'sham-controlled'));
		const review = row(figure('r', 'kyphoplasty', 'systematic-review'));
		const pick = (...rows: ComparisonRow[]) => strongestRow({ outcome, rows, byOption: { conservative: [], vertebroplasty: [], kyphoplasty: [] } });
		expect(pick(single, open)).toBe(open);
		expect(pick(single, open, sham)).toBe(sham);
		expect(pick(sham, review)).toBe(review);
		expect(pick()).toBeNull();
	});

	it('never puts a borrowed figure first when an own figure of the same design exists', () => {
		const borrowed = row(figure('b', 'vertebroplasty', 'open-label-rct', { borrowedFrom: { population: 'osteoporotic' } }), figure('b', 'conservative', 'open-label-rct'));
		const own = row(figure('o', 'kyphoplasty', 'open-label-rct'));
		expect(strongestRow({ outcome, rows: [borrowed, own], byOption: { conservative: [], vertebroplasty: [], kyphoplasty: [] } })).toBe(own);
	});
});

describe('printedRows (real content)', () => {
	it('osteoporotic, acute: one row per outcome, the sham-controlled trials pictured for pain, fractures and posture', () => {
		const rows = printedRows(selectEvidence({ cause: 'osteoporotic', age: 'acute' }));
		expect(new Set(rows.map((r) => r.row.outcome)).size).toBe(rows.length);
		const pictured = rows.filter((r) => r.pictured).map((r) => `${r.question}:${r.row.comparison}`);
		expect(pictured).toEqual(['pain:vapour', 'harms:kaviar', 'fractures:v4-fx', 'posture:v4-fx']);
		const pain = rows.find((r) => r.row.outcome === 'pain-mild')!;
		expect(pain.figures.map((f) => `${f.arm}:${f.estimate.count}/${f.estimate.of}`)).toEqual(['vertebroplasty:44/100', 'sham:21/100']);
		expect(pain.design).toBe('sham-controlled');
		expect(pain.certainty).toBe('not-very-sure');
		expect(pain.moreStudies).toBe(1);
		const harm = rows.find((r) => r.row.outcome === 'serious-procedure-harm')!;
		expect(harm.denominator).toBe(1000);
		expect(harm.sources).toEqual(['KAVIAR']);
	});

	it('"not sure" covers every outcome of every situation, still one row each', () => {
		const selected = selectEvidence({ cause: 'unsure', age: 'unsure' });
		const rows = printedRows(selected);
		expect(rows.map((r) => r.row.outcome)).toEqual(selected.outcomes.filter((o) => o.rows.length).map((o) => o.outcome.id));
		expect(rows.filter((r) => r.pictured)).toHaveLength(4);
		expect(printedArms(rows)).toEqual(['conservative', 'vertebroplasty', 'kyphoplasty', 'sham']);
	});

	it('records a stated gap for an arm the study looked at without a figure', () => {
		const rows = printedRows(selectEvidence({ cause: 'cancer', age: 'chronic' }));
		expect(rows.every((r) => r.figures.length > 0)).toBe(true);
		expect(rows.filter((r) => r.pictured).map((r) => r.question)).toEqual(['harms', 'fractures']);
	});
});
