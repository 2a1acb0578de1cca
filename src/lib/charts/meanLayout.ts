/**
 * Geometry of the mean-score chart: average scores (pain 0–10, disability …) per arm, before and
 * after or over time, on the scale's own range — never turned into "people out of 100".
 *
 * ```
 *  10 ┤                         y: the scale's own min…max, same for every arm
 *     │ ■7.8 ●╌╌╌╌╌╌╌╌╌          x: one column per time point, evenly spaced (1 day, 1 week and
 *   5 ┤ ●7.6 ■  ╲                    12 months would crush together on a true time axis)
 *     │          ●───────● ●3.9   arms: own marker shape and dash, nudged apart inside a column;
 *   0 ┼──────────┬───────┬           labels carry a small copy of the marker, sit before the first
 *            before   2 weeks        column and after the others, pushed apart vertically
 *                                 RTL: columns and axis mirror (time runs right to left)
 * ```
 * A single time point draws one dot per arm, spread across the plot.
 */
import { ascending, range as seq, ticks } from 'd3-array';
import { scalePoint } from 'd3-scale';
import type { ArmId, MeanPoint, MeanResult, TimeUnit } from '$lib/evidence/types';
import { round3, type Dir } from './iconLayout';

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

/** Arms differ by marker shape and line dash, not only by colour (they print in black and white). */
export const ARM_STYLE: Record<ArmId, { marker: Marker; dash: string }> = {
	conservative: { marker: 'circle', dash: '' },
	vertebroplasty: { marker: 'square', dash: '6 3' },
	kyphoplasty: { marker: 'triangle', dash: '2 2' },
	sham: { marker: 'diamond', dash: '8 3 2 3' }
};

/** Text size in the plot's own units; value labels in one column stay a full line of it apart. */
const MEAN_FONT_SIZE = 13;
export const MEAN_LABEL_GAP = Math.ceil(MEAN_FONT_SIZE * 1.35);

const DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 30.4375, year: 365.25 };

export const timeKey = (t: MeanPoint['time']): string => `${t.value}-${t.unit}`;
export const timeInDays = (t: MeanPoint['time']): number => t.value * DAYS[t.unit];

export interface MeanLayoutOptions {
	width?: number;
	height?: number;
	dir?: Dir;
	/** Minimum vertical distance between value labels in one column (one line of label text, with ascent and descent). */
	labelGap?: number;
}

interface LaidPoint {
	time: MeanPoint['time'];
	mean: number;
	ci?: { low: number; high: number };
	x: number;
	y: number;
	/** Whisker ends when a confidence interval exists. */
	ciY?: [number, number];
	marker: string;
	/**
	 * The value label; `key` is a small copy of the arm's marker drawn before the number, so each
	 * number is tied to its arm by shape, not by colour or position alone. Empty for single dots,
	 * whose label sits right above them.
	 */
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; key: string };
}

interface LaidSeries {
	arm: ArmId;
	marker: Marker;
	dash: string;
	/** Polyline through the points; empty for a single time point. */
	path: string;
	points: LaidPoint[];
}

export interface MeanLayout {
	width: number;
	height: number;
	fontSize: number;
	plot: { left: number; right: number; top: number; bottom: number };
	single: boolean;
	yTicks: { value: number; y: number }[];
	xTicks: { key: string; time: MeanPoint['time']; x: number }[];
	/** x where y-axis tick labels sit, and their anchor. */
	yLabel: { x: number; anchor: 'start' | 'end' };
	series: LaidSeries[];
}

/** A marker of about radius `r` centred on (x, y), as a compact path. */
export function markerPath(marker: Marker, x: number, y: number, r = 3.5): string {
	const f = round3;
	switch (marker) {
		case 'circle':
			return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${f(2 * r)} 0a${r} ${r} 0 1 0 ${f(-2 * r)} 0z`;
		case 'square': {
			const s = f(r * 0.9);
			return `M${f(x - s)} ${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}z`;
		}
		case 'triangle':
			return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.1)} ${f(y + r * 0.8)}L${f(x - r * 1.1)} ${f(y + r * 0.8)}z`;
		case 'diamond':
			return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}z`;
	}
}

/**
 * Pushes label positions apart so no two are closer than `gap`, keeping them inside [min, max] and
 * as near their wanted place as a simple two-pass sweep allows. Returns positions in input order.
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
	const order = seq(wanted.length).sort((a, b) => ascending(wanted[a], wanted[b]) || a - b);
	const placed = order.map((i) => wanted[i]);
	for (let k = 0; k < placed.length; k++) {
		placed[k] = Math.max(placed[k], min, k > 0 ? placed[k - 1] + gap : -Infinity);
	}
	for (let k = placed.length - 1; k >= 0; k--) {
		placed[k] = Math.min(placed[k], max, k < placed.length - 1 ? placed[k + 1] - gap : Infinity);
	}
	const out = new Array<number>(wanted.length);
	order.forEach((i, k) => (out[i] = round3(placed[k])));
	return out;
}

export function meanLayout(result: MeanResult, options: MeanLayoutOptions = {}): MeanLayout {
	const { width = 360, height = 224, dir = 'ltr', labelGap = MEAN_LABEL_GAP } = options;
	const inlineStart = 30;
	const inlineEnd = 36;
	const plot =
		dir === 'rtl'
			? { left: inlineEnd, right: width - inlineStart, top: 12, bottom: height - 36 }
			: { left: inlineStart, right: width - inlineEnd, top: 12, bottom: height - 36 };
	const toInlineEnd = dir === 'rtl' ? -1 : 1;

	// A straight proportion with d3-array's ticks: the same numbers as d3-scale's scaleLinear,
	// without pulling in d3-interpolate, d3-color and d3-format (about 8 KB gzip) for one line.
	const y = (value: number) => plot.bottom + ((value - result.min) / (result.max - result.min)) * (plot.top - plot.bottom);
	const yTicks = ticks(result.min, result.max, 5).map((value) => ({ value, y: round3(y(value)) }));

	const times = new Map<string, MeanPoint['time']>();
	for (const a of result.arms) for (const p of a.points) times.set(timeKey(p.time), p.time);
	const ordered = [...times.values()].sort((a, b) => ascending(timeInDays(a), timeInDays(b)));
	const single = ordered.length <= 1;
	const xRange: [number, number] = dir === 'rtl' ? [plot.right, plot.left] : [plot.left, plot.right];
	const arms = result.arms.map((a) => a.arm);

	// Columns per time point; in the single-point case the "columns" are the arms themselves.
	const column = scalePoint<string>()
		.domain(single ? arms : ordered.map(timeKey))
		.range(xRange)
		.padding(0.5);
	const nudge = 5;
	const xOf = (arm: ArmId, key: string, index: number) =>
		single
			? (column(arm) ?? 0)
			: (column(key) ?? 0) + (index - (arms.length - 1) / 2) * nudge * toInlineEnd;

	const series: LaidSeries[] = result.arms.map((a, index) => {
		const style = ARM_STYLE[a.arm];
		const points = [...a.points]
			.sort((p, q) => ascending(timeInDays(p.time), timeInDays(q.time)))
			.map((p): LaidPoint => {
				const px = round3(xOf(a.arm, timeKey(p.time), index));
				const py = round3(y(p.mean));
				return {
					time: p.time,
					mean: p.mean,
					...(p.ci ? { ci: p.ci, ciY: [round3(y(p.ci.low)), round3(y(p.ci.high))] as [number, number] } : {}),
					x: px,
					y: py,
					marker: markerPath(style.marker, px, py),
					label: { x: px, y: round3(py - 9), anchor: 'middle', key: '' }
				};
			});
		const path = points.length > 1 ? `M${points.map((p) => `${p.x} ${p.y}`).join('L')}` : '';
		return { arm: a.arm, marker: style.marker, dash: style.dash, path, points };
	});

	if (!single) {
		// Value labels sit beside the column, dodged vertically. The first column's labels go on its
		// inline-start side (free space before the lines start); the others on the inline-end side.
		const spread = ((arms.length - 1) / 2) * nudge;
		ordered.forEach((time, columnIndex) => {
			const key = timeKey(time);
			const side = (columnIndex === 0 && ordered.length > 1 ? -1 : 1) * toInlineEnd; // +1 = right
			const edge = (column(key) ?? 0) + side * (spread + 6);
			const here = series.flatMap((s) =>
				s.points.filter((p) => timeKey(p.time) === key).map((p) => ({ p, marker: s.marker }))
			);
			const ys = dodge(
				here.map(({ p }) => p.y + 4), // text baseline a little below the marker centre
				labelGap,
				plot.top + 8,
				plot.bottom
			);
			here.forEach(({ p, marker }, i) => {
				p.label = {
					x: round3(edge + side * 7),
					y: ys[i],
					anchor: side > 0 ? 'start' : 'end',
					key: markerPath(marker, edge + side * 2.5, ys[i] - 4, 2.5)
				};
			});
		});
	}

	return {
		width,
		height,
		fontSize: MEAN_FONT_SIZE,
		plot,
		single,
		yTicks,
		xTicks: single
			? ordered.map((time) => ({ key: timeKey(time), time, x: round3((plot.left + plot.right) / 2) }))
			: ordered.map((time) => ({ key: timeKey(time), time, x: round3(column(timeKey(time)) ?? 0) })),
		yLabel: dir === 'rtl' ? { x: plot.right + 5, anchor: 'start' } : { x: plot.left - 5, anchor: 'end' },
		series
	};
}
