import { describe, expect, it } from 'vitest';
import type { DifferenceResult } from '$lib/evidence/questions';
import { differenceLayout } from './differenceLayout';
import { painDifference } from './test-support';

describe('differenceLayout', () => {
	const layout = differenceLayout(painDifference);

	it('draws one row per time point, earliest first, whatever the file order', () => {
		expect(layout.rows.map((r) => r.key)).toEqual(['1-day', '1-month', '12-month']);
		const ys = layout.rows.map((r) => r.y);
		expect(ys[0]).toBeLessThan(ys[1]);
		expect(ys[1]).toBeLessThan(ys[2]);
		expect(layout.height).toBeGreaterThan(ys[2]);
	});

	it('puts the zero line inside a symmetric scale, so neither side looks bigger', () => {
		expect(layout.zeroX).toBeCloseTo((layout.plot.left + layout.plot.right) / 2, 6);
		const values = layout.ticks.map((t) => t.value);
		expect(values).toContain(0);
		expect(Math.min(...values)).toBe(-Math.max(...values));
	});

	it('keeps the treatment on the inline end: positive numbers run toward the comparator here', () => {
		// higherMeans: comparator-better, so a positive difference (more pain with treatment) lies left.
		const [day, , year] = layout.rows;
		expect(day.difference).toBeLessThan(0);
		expect(day.x).toBeGreaterThan(layout.zeroX);
		expect(year.x).toBeLessThan(layout.zeroX);
		const flipped = differenceLayout({ ...painDifference, higherMeans: 'treatment-better' });
		expect(flipped.rows[2].x).toBeGreaterThan(flipped.zeroX);
	});

	it('draws the 95% range around each difference', () => {
		for (const r of layout.rows) {
			expect(Math.min(r.lowX, r.highX)).toBeLessThanOrEqual(r.x);
			expect(Math.max(r.lowX, r.highX)).toBeGreaterThanOrEqual(r.x);
		}
	});

	it('calls a difference clear only when its range leaves zero, and says which group it favours', () => {
		expect(layout.rows.map((r) => [r.clear, r.favours])).toEqual([
			[false, null],
			[false, null],
			[true, 'comparator']
		]);
		const better: DifferenceResult = { ...painDifference, higherMeans: 'treatment-better' };
		expect(differenceLayout(better).rows[2].favours).toBe('treatment');
	});

	it('mirrors for RTL: time labels on the right, the treatment side on the left', () => {
		const rtl = differenceLayout(painDifference, { dir: 'rtl' });
		expect(rtl.timeLabel.anchor).toBe('start');
		expect(rtl.timeLabel.x).toBeGreaterThan(rtl.plot.right);
		expect(rtl.rows[0].x).toBeLessThan(rtl.zeroX);
		expect(rtl.rows[0].x).toBeCloseTo(layout.width - layout.rows[0].x, 6);
	});

	it('rounds geometry to 3 decimals at the source', () => {
		for (const r of layout.rows) for (const v of [r.x, r.lowX, r.highX, r.y]) expect(v).toBe(Math.round(v * 1000) / 1000);
	});
});
