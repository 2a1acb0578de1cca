/**
 * Geometry of the difference chart: a trial's between-group difference in a score (treatment minus
 * comparator, as the source reports it) with its 95% range at each time point, against a zero line.
 * Never turned into "people out of 100".
 *
 * ```
 *   Less pain with sham        │        Less pain with vertebroplasty     ← words, outside the SVG
 *             1 day     ├──────●──┼───┤                rows: one per time point, earliest on top
 *            1 week        ├────●─┼──────┤             ●: the difference; ├─┤: its 95% range
 *          12 months           ├──┼───●──────┤          solid dot: the range leaves zero (a clear
 *                      1       0       -1                         difference); hollow: it crosses
 * ```
 * The treatment's side is always the inline end, so the option sits on the same side in every
 * difference chart: when the source's positive numbers favour the comparator (`higherMeans`), the
 * axis runs the other way instead of the numbers being changed. RTL mirrors the inline directions.
 */
import { ascending, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { DifferenceResult } from '$lib/evidence/questions';
import { round3, type Dir } from './iconLayout';
import { timeInDays, timeKey } from './meanLayout';

export interface DifferenceLayoutOptions {
	width?: number;
	dir?: Dir;
	/** Height of one time point's row. */
	rowHeight?: number;
	/** Room for the time labels on the inline-start side. */
	labelWidth?: number;
}

export interface LaidDifference {
	key: string;
	time: DifferenceResult['points'][number]['time'];
	difference: number;
	low: number;
	high: number;
	y: number;
	x: number;
	lowX: number;
	highX: number;
	/** The 95% range does not include zero. */
	clear: boolean;
	/** Which group had less pain by this point estimate, when the difference is clear. */
	favours: 'treatment' | 'comparator' | null;
}

export interface DifferenceLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	zeroX: number;
	ticks: { value: number; x: number }[];
	/** Where the time labels sit, and their anchor. */
	timeLabel: { x: number; anchor: 'start' | 'end' };
	rows: LaidDifference[];
}

export function differenceLayout(result: DifferenceResult, options: DifferenceLayoutOptions = {}): DifferenceLayout {
	const { width = 360, dir = 'ltr', rowHeight = 28, labelWidth = 78 } = options;
	const points = [...result.points].sort((a, b) => ascending(timeInDays(a.time), timeInDays(b.time)));
	const top = 6;
	const bottom = top + Math.max(1, points.length) * rowHeight;
	const plot =
		dir === 'rtl'
			? { left: 14, right: width - labelWidth, top, bottom }
			: { left: labelWidth, right: width - 14, top, bottom };

	// The zero line is always inside, and the scale is symmetric so that neither side looks bigger.
	const reach = Math.max(1, ...points.flatMap((p) => [Math.abs(p.low), Math.abs(p.high)]));
	// To the next half point: d3's nice() would double a ±2.01 range to ±4 and squeeze the ranges.
	const hi = Math.ceil(reach * 2) / 2;
	const lo = -hi;
	// Positive numbers point toward the group `higherMeans` names; the treatment's side is the inline end.
	const positiveToEnd = result.higherMeans === 'treatment-better';
	const endIsRight = dir === 'ltr';
	const positiveToRight = positiveToEnd === endIsRight;
	const [from, to] = positiveToRight ? [plot.left, plot.right] : [plot.right, plot.left];
	// A straight proportion (as in meanLayout), so no d3-interpolate for one line.
	const x = (v: number) => round3(from + ((v - lo) / (hi - lo)) * (to - from));

	const band = scaleBand<string>()
		.domain(points.map((p) => timeKey(p.time)))
		.range([plot.top, plot.bottom]);
	const rows = points.map((p): LaidDifference => {
		const clear = p.low > 0 || p.high < 0;
		const positiveFavours = result.higherMeans === 'treatment-better' ? 'treatment' : 'comparator';
		const negativeFavours = positiveFavours === 'treatment' ? 'comparator' : 'treatment';
		return {
			key: timeKey(p.time),
			time: p.time,
			difference: p.difference,
			low: p.low,
			high: p.high,
			y: round3((band(timeKey(p.time)) ?? 0) + band.bandwidth() / 2),
			x: x(p.difference),
			lowX: x(p.low),
			highX: x(p.high),
			clear,
			favours: clear ? (p.difference > 0 ? positiveFavours : negativeFavours) : null
		};
	});

	return {
		width,
		height: bottom + 22,
		plot,
		zeroX: x(0),
		ticks: ticks(lo, hi, 4).map((value) => ({ value, x: x(value) })),
		timeLabel: dir === 'rtl' ? { x: plot.right + 8, anchor: 'start' } : { x: plot.left - 8, anchor: 'end' },
		rows
	};
}
