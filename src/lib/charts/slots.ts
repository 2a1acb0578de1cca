/**
 * What a row of icon arrays shows: one slot per arm in the fixed order, each a figure (on the
 * row's shared denominator) or an honest "no reliable figure"; the incremental split; the
 * certainty lines. Used by both the comparison row (one study's arms) and the option slots (the
 * three options, always all three).
 */
import { ARMS, type ArmId, type Certainty, type Design, type Estimate, type FigureEstimate } from '$lib/evidence/types';
import { hundredBlocker, rescaleAll, type Blocked } from './denominator';
import type { Denominator } from './iconLayout';

interface FigureSlot {
	kind: 'figure';
	arm: ArmId;
	estimate: FigureEstimate;
	/** Drawn numbers, on the row's denominator. */
	count: number;
	of: Denominator;
	range?: { low: number; high: number };
	/** Incremental view: the first `baseline` affected are shared with the reference arm, the rest extra. */
	baseline: number;
	extra: number;
}

interface MissingSlot {
	kind: 'missing';
	arm: ArmId;
	/** i18n key (evidence namespace) explaining the gap; absent when no entry exists at all. */
	note?: string;
	/** The outcome cannot happen with this option ("does not apply" rather than "no reliable figure"). */
	notApplicable?: boolean;
}

type Slot = FigureSlot | MissingSlot;

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

export interface SlotsModel {
	slots: Slot[];
	of: Denominator;
	blocked: Blocked | null;
	/** The first figure that cannot be drawn out of 100 without rounding; null when all can. */
	hundredBlocker: { count: number; of: Denominator } | null;
	/** Any figure is stored out of 1000, i.e. a rare event worth a switch. */
	hasThousand: boolean;
	incremental: Incremental | null;
	certainty: CertaintyLine[];
	sources: string[];
}

export interface SlotOptions {
	/** The denominator the reader asked for; 100 may be refused (see `blocked`). */
	of: Denominator;
	/** Split counts into shared baseline + extra when the arms differ. */
	incremental: boolean;
}

/** Arms of a comparison in the fixed display order: conservative, vertebroplasty, kyphoplasty, sham. */
export function armsInOrder(estimates: Partial<Record<ArmId, Estimate>>): ArmId[] {
	return ARMS.filter((arm) => estimates[arm] !== undefined);
}

/** The shared baseline, or null when fewer than two figures or all the same (nothing extra to show). */
export function incrementalSplit(figures: readonly { arm: ArmId; count: number }[]): Incremental | null {
	if (figures.length < 2) return null;
	let reference = figures[0];
	for (const f of figures) if (f.count < reference.count) reference = f;
	if (figures.every((f) => f.count === reference.count)) return null;
	return { baseline: reference.count, reference: reference.arm };
}

export function buildSlots(
	arms: readonly ArmId[],
	estimates: Partial<Record<ArmId, Estimate>>,
	options: SlotOptions
): SlotsModel {
	const figures = arms
		.map((arm) => estimates[arm])
		.filter((e): e is FigureEstimate => e !== undefined && e.status === 'figure');
	const rescaled = rescaleAll(figures, options.of);
	const drawn = new Map(rescaled.figures.map((f) => [f.arm, f]));
	const incremental = options.incremental ? incrementalSplit(rescaled.figures) : null;

	const slots = arms.map((arm): Slot => {
		const figure = drawn.get(arm);
		if (figure) {
			const estimate = estimates[arm] as FigureEstimate;
			const baseline = incremental ? Math.min(incremental.baseline, figure.count) : figure.count;
			return {
				kind: 'figure',
				arm,
				estimate,
				count: figure.count,
				of: figure.of,
				...(figure.range ? { range: figure.range } : {}),
				baseline,
				extra: figure.count - baseline
			};
		}
		const missing = estimates[arm];
		if (!missing || missing.status !== 'no-evidence') return { kind: 'missing', arm };
		return { kind: 'missing', arm, note: missing.note, ...(missing.notApplicable ? { notApplicable: true } : {}) };
	});

	return {
		slots,
		of: rescaled.of,
		blocked: rescaled.blocked,
		hundredBlocker: hundredBlocker(figures),
		hasThousand: figures.some((f) => f.of === 1000),
		incremental,
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
