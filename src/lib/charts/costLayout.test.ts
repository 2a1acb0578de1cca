import { describe, expect, it } from 'vitest';
import type { CostStudy } from '$lib/evidence/types';
import { costBars } from './costLayout';
import { hospitalCosts } from './test-support';

describe('costBars', () => {
	it('shows every option in order, with “no figure” rows for options without an amount', () => {
		const bars = costBars(hospitalCosts);
		expect(bars.map((b) => [b.arm, b.amount])).toEqual([
			['conservative', null],
			['vertebroplasty', 3319],
			['kyphoplasty', 8100]
		]);
		expect(bars[0].width).toBe(0);
	});

	it('scales lengths linearly from zero, the largest amount filling the box', () => {
		const [, vp, kp] = costBars(hospitalCosts);
		expect(kp.width).toBe(100);
		expect(vp.width).toBeCloseTo((3319 / 8100) * 100, 2);
		expect(vp.label).toBe('costLabels.outpatient');
	});

	it('grows bars from the right in RTL', () => {
		const [, vp, kp] = costBars(hospitalCosts, 'rtl');
		expect(kp.x).toBe(0);
		expect(vp.x + vp.width).toBeCloseTo(100, 6);
	});

	it('keeps several amounts for one option in source order, and a null amount as "no figure"', () => {
		const study: CostStudy = {
			...hospitalCosts,
			amounts: [
				{ arm: 'kyphoplasty', amount: 8100, label: 'outpatient' },
				{ arm: 'kyphoplasty', amount: 13187, label: 'inpatient' },
				{ arm: 'conservative', amount: null }
			]
		};
		const bars = costBars(study);
		expect(bars.map((b) => [b.arm, b.label ?? null, b.amount])).toEqual([
			['conservative', null, null],
			['vertebroplasty', null, null],
			['kyphoplasty', 'outpatient', 8100],
			['kyphoplasty', 'inpatient', 13187]
		]);
	});

	it('draws nothing when no amount is known', () => {
		const none: CostStudy = { ...hospitalCosts, amounts: [] };
		expect(costBars(none).every((b) => b.amount === null && b.width === 0)).toBe(true);
	});
});
