/**
 * The 100 ↔ 1000 denominator switch. Scaling must never round a number away: 100 → 1000 multiplies
 * by 10 (always exact for whole people); 1000 → 100 is only possible when every number divides by
 * 10. The switch applies to every arm of one outcome at once (same denominator across options).
 */
import type { Denominator } from './iconLayout';

export interface Proportion {
	count: number;
	of: Denominator;
	range?: { low: number; high: number };
}

export interface Rescaled<T extends Proportion> {
	of: Denominator;
	figures: (T & Proportion)[];
}

const isWhole = (value: number) => Math.abs(value - Math.round(value)) < 1e-9;

/** A figure on another denominator, or null when that would need rounding (e.g. 5 of 1000 → 0.5 of 100). */
export function scaleProportion(figure: Proportion, of: Denominator): Proportion | null {
	const factor = of / figure.of;
	const scale = (value: number) => {
		const scaled = value * factor;
		return isWhole(scaled) ? Math.round(scaled) : null;
	};
	const count = scale(figure.count);
	if (count === null) return null;
	if (!figure.range) return { count, of };
	const low = scale(figure.range.low);
	const high = scale(figure.range.high);
	if (low === null || high === null) return null;
	return { count, of, range: { low, high } };
}

/**
 * Puts every figure on one denominator: `wanted` if every figure can be expressed on it exactly,
 * otherwise 1000 (`hundredBlocker` names the figure that prevented 100). Throws for a figure that is
 * not a whole number of people even out of 1000: that is a content error, and the build should stop.
 */
export function rescaleAll<T extends Proportion>(figures: readonly T[], wanted: Denominator): Rescaled<T> {
	const attempt = (of: Denominator) => figures.map((f) => scaleProportion(f, of));
	let of = wanted;
	let scaled = attempt(of);
	if (of === 100 && scaled.includes(null)) {
		of = 1000;
		scaled = attempt(of);
	}
	const bad = scaled.findIndex((s) => s === null);
	if (bad >= 0) {
		const f = figures[bad];
		throw new Error(`Icon array: ${f.count} out of ${f.of} is not a whole number of people out of ${of}`);
	}
	return {
		of,
		figures: figures.map((f, i) => ({ ...f, ...(scaled[i] as Proportion) }))
	};
}

/**
 * The first figure that cannot be drawn out of 100 without rounding (its own count and
 * denominator), or null when the "out of 100" button may be used.
 */
export function hundredBlocker(figures: readonly Proportion[]): { count: number; of: Denominator } | null {
	const f = figures.find((figure) => scaleProportion(figure, 100) === null);
	return f ? { count: f.count, of: f.of } : null;
}
