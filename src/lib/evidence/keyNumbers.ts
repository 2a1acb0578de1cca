import { ARMS, DENOMINATORS, type ArmId, type ComparisonRow, type FigureEstimate } from './types.ts';
import type { SelectedEvidence } from './select.ts';

/**
 * The summary's key-numbers table as data: one line per study and outcome, one column per arm that
 * any line has (options in their fixed order, then a sham procedure where a trial used one). The
 * component only renders it, so what the table holds is tested here without a DOM.
 */

/** What one cell shows: a count, a stated gap ("no reliable evidence"), or nothing (not studied). */
type KeyCell =
	| { arm: ArmId; kind: 'figure'; figure: FigureEstimate }
	| { arm: ArmId; kind: 'gap' }
	| { arm: ArmId; kind: 'not-studied' };

interface KeyLine {
	/** Stable key for the line: outcome and study comparison. */
	id: string;
	outcome: string;
	comparison: string;
	cells: KeyCell[];
}

export interface KeyNumbersTable {
	arms: ArmId[];
	lines: KeyLine[];
	/** The two denominators the caption names: common events out of 100, rare harms out of 1000. */
	denominators: { common: number; rare: number };
}

function cellOf(row: ComparisonRow, arm: ArmId): KeyCell {
	const estimate = row.arms[arm];
	if (!estimate) return { arm, kind: 'not-studied' };
	return estimate.status === 'figure' ? { arm, kind: 'figure', figure: estimate } : { arm, kind: 'gap' };
}

export function keyNumbers(selected: Pick<SelectedEvidence, 'outcomes'>): KeyNumbersTable {
	const rows = selected.outcomes.flatMap((o) => o.rows);
	const arms = ARMS.filter((arm) => rows.some((row) => row.arms[arm]));
	const [common, rare] = DENOMINATORS;
	return {
		arms,
		lines: rows.map((row) => ({
			id: row.outcome + row.comparison,
			outcome: row.outcome,
			comparison: row.comparison,
			cells: arms.map((arm) => cellOf(row, arm))
		})),
		denominators: { common, rare }
	};
}
