/**
 * What a comparison row draws: every arm one study (or pooled analysis) compared, in the fixed
 * order, each either a figure on the row's shared denominator or the stated gap ("no reliable
 * figure" / "does not apply", with why); the incremental split; the legend states; the certainty
 * lines and sources said once under the row. Pure: no DOM, no translation.
 */
import { ARMS, type ArmId, type Certainty, type Design, type Estimate, type FigureEstimate } from '$lib/evidence/types';
import { hundredBlocker, rescaleAll, type Proportion } from './denominator';
import type { Denominator, LegendState } from './iconLayout';

/** An arm with a figure: its estimate, and the numbers drawn on the row's denominator. */
interface ArmFigure {
	kind: 'figure';
	arm: ArmId;
	estimate: FigureEstimate;
	drawn: Proportion;
	/** Incremental view: the first `baseline` affected are shared with the reference arm, the rest extra. */
	baseline: number;
}

/** An arm without a reliable figure: it keeps its column and says why. */
interface ArmGap {
	kind: 'gap';
	arm: ArmId;
	/** i18n key (evidence namespace) explaining the gap. */
	note: string;
	/** The outcome cannot happen with this option ("does not apply" rather than "no reliable figure"). */
	notApplicable: boolean;
}

export interface Incremental {
	/** People affected in every arm shown: drawn in the base colour in each array. */
	baseline: number;
	/** The arm with the fewest affected (first in arm order on a tie): "extra, compared with …". */
	reference: ArmId;
}

export interface CertaintyLine {
	certainty: Certainty;
	design: Design;
	arms: ArmId[];
}

export interface RowFigures {
	arms: (ArmFigure | ArmGap)[];
	of: Denominator;
	/** The first figure that cannot be drawn out of 100 without rounding; null when all can. */
	hundredBlocker: { count: number; of: Denominator } | null;
	/** Any figure is stored out of 1000, i.e. a rare event worth a switch. */
	hasThousand: boolean;
	incremental: Incremental | null;
	/** What the legend beside the arrays explains, in order. */
	legend: LegendState[];
	certainty: CertaintyLine[];
	sources: string[];
}

export interface RowOptions {
	/** The denominator the reader asked for; 100 is refused when a figure would need rounding. */
	of: Denominator;
	/** Split counts into shared baseline + extra when the arms differ. */
	incremental: boolean;
}

/** The shared baseline, or null when fewer than two figures or all the same (nothing extra to show). */
export function incrementalSplit(figures: readonly { arm: ArmId; count: number }[]): Incremental | null {
	if (figures.length < 2) return null;
	let reference = figures[0];
	for (const f of figures) if (f.count < reference.count) reference = f;
	if (figures.every((f) => f.count === reference.count)) return null;
	return { baseline: reference.count, reference: reference.arm };
}

/** The row's arms in the fixed display order (conservative, vertebroplasty, kyphoplasty, sham). */
export function rowFigures(estimates: Partial<Record<ArmId, Estimate>>, options: RowOptions): RowFigures {
	const entries = ARMS.flatMap((arm) => (estimates[arm] ? [{ arm, entry: estimates[arm] }] : []));
	const figures = entries.flatMap(({ entry }) => (entry.status === 'figure' ? [entry] : []));
	const rescaled = rescaleAll(figures, options.of);
	const incremental = options.incremental ? incrementalSplit(rescaled.figures) : null;

	const arms = entries.map(({ arm, entry }): ArmFigure | ArmGap => {
		if (entry.status !== 'figure') return { kind: 'gap', arm, note: entry.note, notApplicable: entry.notApplicable ?? false };
		const { count, of, range } = rescaled.figures[figures.indexOf(entry)];
		return {
			kind: 'figure',
			arm,
			estimate: entry,
			drawn: range ? { count, of, range } : { count, of },
			baseline: incremental ? Math.min(incremental.baseline, count) : count
		};
	});

	return {
		arms,
		of: rescaled.of,
		hundredBlocker: hundredBlocker(figures),
		hasThousand: figures.some((f) => f.of === 1000),
		incremental,
		legend: [
			'affected',
			...(incremental ? (['extra'] as const) : []),
			'unaffected',
			...(rescaled.figures.some((f) => f.range) ? (['range'] as const) : [])
		],
		certainty: certaintyLines(figures),
		sources: [...new Set(figures.flatMap((f) => f.sources))]
	};
}

/** One line per distinct (certainty, design) pair, naming the arms it covers, in arm order. */
export function certaintyLines(figures: readonly FigureEstimate[]): CertaintyLine[] {
	const lines: CertaintyLine[] = [];
	for (const f of figures) {
		const line = lines.find((l) => l.certainty === f.certainty && l.design === f.design);
		if (line) line.arms.push(f.arm);
		else lines.push({ certainty: f.certainty, design: f.design, arms: [f.arm] });
	}
	return lines;
}
