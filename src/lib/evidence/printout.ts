/**
 * What the printed summary shows of the evidence: for each outcome the one row from the strongest
 * study (update-2026-12 §3: pooled reviews, then sham-controlled, then open-label randomised, then
 * single-arm or observational; a borrowed figure never first), and for each patient question the
 * one row drawn as pictographs. Two pages cannot hold every study; the outcomes page does.
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
	/** The arms the study looked at without a reliable figure. */
	gaps: ArmId[];
	design: Design;
	/** The least sure of the row's figures (all arms of one study usually share one). */
	certainty: Certainty;
	sources: string[];
	borrowed: boolean;
	/** Drawn as pictographs: the strongest row of its question. */
	pictured: boolean;
	/** How many other studies of this outcome the printout leaves to the outcomes page. */
	moreStudies: number;
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

/** The strongest row of one outcome (content order breaks ties), or null when it has no figure. */
export function strongestRow(outcome: OutcomeEvidence): ComparisonRow | null {
	let best: ComparisonRow | null = null;
	for (const row of outcome.rows) if (!best || compare(strength(row), strength(best)) < 0) best = row;
	return best;
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
		gaps: ARMS.filter((arm) => row.arms[arm]?.status === 'no-evidence'),
		design: strongest.estimate.design,
		certainty,
		sources: [...new Set(figures.flatMap((f) => f.estimate.sources))],
		borrowed: figures.some((f) => f.estimate.borrowedFrom),
		pictured: false,
		moreStudies: outcome.rows.length - 1
	};
}

/** One row per outcome with figures, in content order; the strongest row of each question is pictured. */
export function printedRows(selected: SelectedEvidence): PrintedRow[] {
	const rows = selected.outcomes.flatMap((outcome) => {
		const row = strongestRow(outcome);
		return row ? [printedRow(outcome, row)] : [];
	});
	const pictured = new Map<Question, PrintedRow>();
	for (const printed of rows) {
		const current = pictured.get(printed.question);
		if (!current || compare(strength(printed.row), strength(current.row)) < 0) pictured.set(printed.question, printed);
	}
	return rows.map((r) => ({ ...r, pictured: pictured.get(r.question) === r }));
}

/** The arms any printed row has a figure or a stated gap for: the columns of the printed table. */
export function printedArms(rows: readonly PrintedRow[]): ArmId[] {
	return ARMS.filter((arm) => rows.some((r) => r.row.arms[arm]));
}
