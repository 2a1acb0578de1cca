/**
 * What the printed summary shows of the evidence. Two pages cannot hold every study (the outcomes
 * page does), so for each patient question it keeps the row from the strongest study (update-2026-12
 * §3: pooled reviews, then sham-controlled, then open-label randomised, then single-arm or
 * observational; a borrowed figure never first) and, when that study left out conservative care,
 * also the strongest row that has a figure for it, so conservative care is never left without one.
 */
import type { OutcomeEvidence, SelectedEvidence } from './select.ts';
import { ARMS, type ArmId, type Certainty, type ComparisonRow, type Design, type FigureEstimate, type Question } from './types.ts';

const DESIGN_RANK: Record<Design, number> = {
	'systematic-review': 0,
	'sham-controlled': 1,
	'active-control-rct': 2,
	'open-label-rct': 2,
	'single-arm': 3,
	observational: 3,
	'cost-study': 4,
	hta: 4,
	guideline: 4
};

export interface PrintedRow {
	row: ComparisonRow;
	question: Question;
	denominator: 100 | 1000;
	/** The arms with a figure, in the fixed order; an arm the study left out is not listed. */
	figures: { arm: ArmId; estimate: FigureEstimate }[];
	design: Design;
	/** The least sure of the row's figures (all arms of one study usually share one). */
	certainty: Certainty;
	sources: string[];
	borrowed: boolean;
}

const CERTAINTY_ORDER: Certainty[] = ['fairly-sure', 'not-very-sure', 'very-unsure'];

function figuresOf(row: ComparisonRow): { arm: ArmId; estimate: FigureEstimate }[] {
	return ARMS.flatMap((arm) => {
		const e = row.arms[arm];
		return e?.status === 'figure' ? [{ arm, estimate: e }] : [];
	});
}

/** Lower is stronger: design first, then never a borrowed figure first, then more options compared. */
function strength(row: ComparisonRow): [number, number, number] {
	const figures = figuresOf(row);
	const design = Math.min(...figures.map((f) => DESIGN_RANK[f.estimate.design]));
	const borrowed = figures.some((f) => f.estimate.borrowedFrom) ? 1 : 0;
	return [design, borrowed, -figures.length];
}

function compare(a: [number, number, number], b: [number, number, number]): number {
	return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function printedRow(outcome: OutcomeEvidence, row: ComparisonRow): PrintedRow {
	const figures = figuresOf(row);
	const strongest = figures.reduce((a, b) => (DESIGN_RANK[b.estimate.design] < DESIGN_RANK[a.estimate.design] ? b : a));
	const certainty = CERTAINTY_ORDER[Math.max(...figures.map((f) => CERTAINTY_ORDER.indexOf(f.estimate.certainty)))];
	return {
		row,
		question: outcome.outcome.question,
		denominator: outcome.outcome.denominator,
		figures,
		design: strongest.estimate.design,
		certainty,
		sources: [...new Set(figures.flatMap((f) => f.estimate.sources))],
		borrowed: figures.some((f) => f.estimate.borrowedFrom)
	};
}

function strongest(rows: PrintedRow[]): PrintedRow | undefined {
	return rows.reduce<PrintedRow | undefined>((best, r) => (!best || compare(strength(r.row), strength(best.row)) < 0 ? r : best), undefined);
}

const hasConservative = (r: PrintedRow) => r.figures.some((f) => f.arm === 'conservative');

/** The rows to print, grouped by question in content order: the strongest, then conservative care's if it was missing. */
export function printedRows(selected: SelectedEvidence): PrintedRow[] {
	const all = selected.outcomes.flatMap((outcome) => outcome.rows.map((row) => printedRow(outcome, row)));
	const questions = [...new Set(all.map((r) => r.question))];
	return questions.flatMap((question) => {
		const rows = all.filter((r) => r.question === question);
		const first = strongest(rows)!;
		const conservative = hasConservative(first) ? undefined : strongest(rows.filter(hasConservative));
		return conservative ? [first, conservative] : [first];
	});
}
