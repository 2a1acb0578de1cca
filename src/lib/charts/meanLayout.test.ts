import { describe, expect, it } from 'vitest';
import type { MeanResult } from '$lib/evidence/types';
import { ARM_STYLE, MEAN_LABEL_GAP, dodge, markerPath, meanLayout, timeInDays } from './meanLayout';
import { painMeans } from './test-support';

describe('meanLayout', () => {
	const layout = meanLayout(painMeans);

	it('uses the scale’s own range for every arm, with round ticks', () => {
		expect(layout.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
		expect(layout.yTicks[0].y).toBe(layout.plot.bottom);
		expect(layout.yTicks[5].y).toBe(layout.plot.top);
	});

	it('orders time points by real duration, evenly spaced', () => {
		expect(layout.xTicks.map((t) => t.key)).toEqual(['0-day', '2-week', '6-month']);
		const [a, b, c] = layout.xTicks.map((t) => t.x);
		expect(b - a).toBeCloseTo(c - b, 6);
		expect(a).toBeLessThan(b);
		expect(timeInDays({ value: 2, unit: 'week' })).toBe(14);
	});

	it('distinguishes arms by marker shape and dash, not only colour', () => {
		const styles = Object.values(ARM_STYLE);
		expect(new Set(styles.map((s) => s.marker)).size).toBe(styles.length);
		expect(new Set(styles.map((s) => s.dash)).size).toBe(styles.length);
		expect(layout.series.map((s) => s.marker)).toEqual(['square', 'diamond']);
		expect(layout.series[0].path).toMatch(/^M[\d. ]+L[\d. ]+L[\d. ]+$/);
	});

	it('places higher means higher up, and draws interval whiskers', () => {
		const vp = layout.series[0].points;
		expect(vp[0].y).toBeLessThan(vp[1].y); // 7.8 above 4.1
		expect(vp[1].ciY).toBeDefined();
		expect(vp[0].ciY).toBeUndefined();
	});

	it('keeps value labels in one column apart, each with its arm’s marker', () => {
		const before = layout.series.map((s) => s.points[0].label.y);
		expect(Math.abs(before[0] - before[1])).toBeGreaterThanOrEqual(MEAN_LABEL_GAP);
		for (const s of layout.series) for (const p of s.points) expect(p.label.key).toMatch(/^M.*z$/);
	});

	it('puts first-column labels before the column and the others after it', () => {
		const [first, second] = layout.series[0].points;
		expect(first.label.anchor).toBe('end');
		expect(first.label.x).toBeLessThan(first.x);
		expect(second.label.anchor).toBe('start');
		expect(second.label.x).toBeGreaterThan(second.x);
	});

	it('mirrors time for RTL: the first time point sits on the right', () => {
		const rtl = meanLayout(painMeans, { dir: 'rtl' });
		expect(rtl.xTicks[0].x).toBeGreaterThan(rtl.xTicks[2].x);
		expect(rtl.xTicks[0].x).toBeCloseTo(layout.width - layout.xTicks[0].x, 6);
		expect(rtl.series[0].points[0].label.anchor).toBe('start');
		expect(rtl.series[0].points[1].label.anchor).toBe('end');
		expect(rtl.yLabel.anchor).toBe('start');
		expect(rtl.yLabel.x).toBeGreaterThan(rtl.plot.right);
	});

	it('draws one labelled dot per arm for a single time point', () => {
		const single: MeanResult = {
			...painMeans,
			arms: [
				{ arm: 'conservative', points: [{ time: { value: 12, unit: 'month' }, mean: 5.1 }] },
				{ arm: 'vertebroplasty', points: [{ time: { value: 12, unit: 'month' }, mean: 3.9 }] }
			]
		};
		const l = meanLayout(single);
		expect(l.single).toBe(true);
		expect(l.series.every((s) => s.path === '')).toBe(true);
		const [a, b] = l.series.map((s) => s.points[0]);
		expect(a.x).toBeLessThan(b.x);
		expect(a.label).toMatchObject({ x: a.x, anchor: 'middle', key: '' });
		expect(l.xTicks).toHaveLength(1);
	});

	it('copes with an arm without points', () => {
		const empty: MeanResult = { ...painMeans, arms: [{ arm: 'sham', points: [] }] };
		expect(meanLayout(empty).xTicks).toEqual([]);
	});
});

describe('dodge', () => {
	it('pushes close labels apart and keeps them in bounds', () => {
		expect(dodge([50, 52], 10, 0, 100)).toEqual([50, 60]);
		expect(dodge([98, 99], 10, 0, 100)).toEqual([90, 100]);
		expect(dodge([52, 50], 10, 0, 100)).toEqual([60, 50]);
		expect(dodge([10, 50, 90], 10, 0, 100)).toEqual([10, 50, 90]);
	});
});

describe('markerPath', () => {
	it('draws each shape as one closed path', () => {
		for (const m of ['circle', 'square', 'triangle', 'diamond'] as const) {
			expect(markerPath(m, 10, 10)).toMatch(/^M.*z$/);
		}
		expect(markerPath('square', 10, 10, 2)).toBe('M8.2 8.2h3.6v3.6h-3.6z');
	});
});
