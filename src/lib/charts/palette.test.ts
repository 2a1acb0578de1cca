import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrast, luminance, PALETTE, type PaletteName } from './palette';

const WHITE = '#ffffff';
const css = readFileSync(new URL('./charts.css', import.meta.url), 'utf8');
/** The screen (not print) block of charts.css. */
const screen = css.slice(0, css.indexOf('@media print'));

const cssName: Record<PaletteName, string> = {
	affected: '--chart-affected',
	outline: '--chart-outline',
	extra: '--chart-extra',
	hatch: '--chart-hatch',
	range: '--chart-range',
	rangeEdge: '--chart-range-edge',
	ink: '--chart-ink',
	muted: '--chart-muted',
	grid: '--chart-grid',
	bar: '--chart-bar',
	conservative: '--chart-arm-conservative',
	vertebroplasty: '--chart-arm-vertebroplasty',
	kyphoplasty: '--chart-arm-kyphoplasty',
	sham: '--chart-arm-sham'
};

describe('palette', () => {
	it('matches the custom properties in charts.css', () => {
		for (const [name, property] of Object.entries(cssName) as [PaletteName, string][]) {
			expect(screen).toContain(`${property}: ${PALETTE[name]};`);
		}
		expect(screen).toContain(`--chart-extra-edge: ${PALETTE.extra};`);
	});

	it('gives every meaningful non-text colour at least 3:1 against white (WCAG 1.4.11)', () => {
		const nonText: PaletteName[] = ['affected', 'outline', 'extra', 'rangeEdge', 'bar', 'conservative', 'vertebroplasty', 'kyphoplasty', 'sham'];
		for (const name of nonText) expect(contrast(PALETTE[name], WHITE), name).toBeGreaterThanOrEqual(3);
	});

	it('gives text at least 4.5:1 against white', () => {
		expect(contrast(PALETTE.ink, WHITE)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(PALETTE.muted, WHITE)).toBeGreaterThanOrEqual(4.5);
		// Dark icons stay visible on the range tint, too.
		expect(contrast(PALETTE.affected, PALETTE.range)).toBeGreaterThanOrEqual(3);
		expect(contrast(PALETTE.rangeEdge, PALETTE.range)).toBeGreaterThanOrEqual(3);
	});

	it('stays distinct in greyscale: dark filled, mid hatched, white outline, light tint', () => {
		// Greyscale keeps luminance only, so the fills must be well apart by luminance alone.
		const grey = [PALETTE.affected, PALETTE.extra, PALETTE.range, WHITE].map(luminance);
		expect(grey).toEqual([...grey].sort((a, b) => a - b));
		expect(contrast(PALETTE.affected, PALETTE.extra)).toBeGreaterThanOrEqual(2);
		expect(contrast(PALETTE.extra, PALETTE.hatch)).toBeGreaterThanOrEqual(3);
		expect(contrast(PALETTE.extra, PALETTE.range)).toBeGreaterThanOrEqual(2.5);
	});

	it('prints in black and white', () => {
		const print = css.slice(css.indexOf('@media print'));
		expect(print).toContain('--chart-affected: #000000;');
		expect(print).toContain('--chart-extra: #ffffff;');
		expect(print).toContain('--chart-hatch: #000000;');
		expect(print).toContain('--chart-extra-edge: #000000;');
	});

	it('computes WCAG contrast', () => {
		expect(contrast('#000000', WHITE)).toBeCloseTo(21, 6);
		expect(contrast(WHITE, WHITE)).toBe(1);
	});
});
