/**
 * The chart palette (mirrored as `--chart-*` custom properties in `charts.css`; a test keeps the two
 * equal) and the WCAG contrast maths used to check it. Colour is never the only cue: affected =
 * dark filled, unaffected = white with an outline, extra = second hue + white hatching, range =
 * light tint behind the icons with a dotted edge. Blue/ochre is safe for the common colour-vision
 * deficiencies and avoids alarmist red/green.
 */
export const PALETTE = {
	/** People affected (and the shared baseline in the incremental view). */
	affected: '#1d3f66',
	/** Outline of people not affected; their fill is white. */
	outline: '#6b7684',
	/** Extra people helped or harmed: second hue, always with hatching. */
	extra: '#c46500',
	/** Stripes drawn over the extra hue. */
	hatch: '#ffffff',
	/** Tint behind the icons inside the uncertainty range (decorative; the dotted edge carries it). */
	range: '#dce8f4',
	/** Dotted edge of the range band. */
	rangeEdge: '#4d6f91',
	/** Chart text and axes. */
	ink: '#1a1a1a',
	muted: '#4a4f55',
	/** Grid lines (decorative). */
	grid: '#c9ced4',
	/** Cost bars: one neutral colour for every option (equal detail). */
	bar: '#1d4e89',
	/** Mean-chart arms; each also has its own marker shape and line dash. */
	conservative: '#1d3f66',
	vertebroplasty: '#c46500',
	kyphoplasty: '#5b3f8c',
	sham: '#5f6b78'
} as const;

export type PaletteName = keyof typeof PALETTE;

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
	const channel = (i: number) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two colours (1…21). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
