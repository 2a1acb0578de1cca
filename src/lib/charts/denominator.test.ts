import { describe, expect, it } from 'vitest';
import { hundredBlocker, rescaleAll, scaleProportion } from './denominator';

describe('scaleProportion', () => {
	it('multiplies exactly from 100 to 1000, ranges too', () => {
		expect(scaleProportion({ count: 44, of: 100, range: { low: 11, high: 44 } }, 1000)).toEqual({
			count: 440,
			of: 1000,
			range: { low: 110, high: 440 }
		});
		expect(scaleProportion({ count: 0, of: 100 }, 1000)).toEqual({ count: 0, of: 1000 });
	});

	it('divides from 1000 to 100 only when every number divides by 10', () => {
		expect(scaleProportion({ count: 30, of: 1000 }, 100)).toEqual({ count: 3, of: 100 });
		expect(scaleProportion({ count: 5, of: 1000 }, 100)).toBeNull();
		expect(scaleProportion({ count: 30, of: 1000, range: { low: 10, high: 45 } }, 100)).toBeNull();
	});

	it('leaves a figure on its own denominator unchanged', () => {
		expect(scaleProportion({ count: 7, of: 1000 }, 1000)).toEqual({ count: 7, of: 1000 });
	});
});

describe('rescaleAll', () => {
	it('uses the wanted denominator when every figure fits it', () => {
		const r = rescaleAll([{ count: 20, of: 1000 }, { count: 4, of: 100 }], 100);
		expect(r.of).toBe(100);
		expect(r.figures.map((f) => f.count)).toEqual([2, 4]);
	});

	it('keeps 1000 for every figure, and hundredBlocker says why, when one would need rounding', () => {
		const figures = [{ count: 5, of: 1000 as const }, { count: 2, of: 100 as const }];
		const r = rescaleAll(figures, 100);
		expect(r.of).toBe(1000);
		expect(hundredBlocker(figures)).toEqual({ count: 5, of: 1000 });
		expect(r.figures.map((f) => [f.count, f.of])).toEqual([
			[5, 1000],
			[20, 1000]
		]);
	});

	it('keeps the other fields of each figure', () => {
		const r = rescaleAll([{ id: 'a', count: 3, of: 100 as const }], 1000);
		expect(r.figures[0]).toEqual({ id: 'a', count: 30, of: 1000 });
	});

	it('refuses a figure that is not a whole number of people even out of 1000', () => {
		expect(() => rescaleAll([{ count: 0.25, of: 100 }], 100)).toThrow(/whole number/);
	});

	it('handles no figures at all', () => {
		expect(rescaleAll([], 100)).toEqual({ of: 100, figures: [] });
		expect(hundredBlocker([])).toBeNull();
	});
});

describe('hundredBlocker', () => {
	it('names the first figure that cannot go to 100', () => {
		expect(hundredBlocker([{ count: 10, of: 1000 }, { count: 5, of: 1000 }])).toEqual({ count: 5, of: 1000 });
		expect(hundredBlocker([{ count: 10, of: 1000 }, { count: 5, of: 100 }])).toBeNull();
	});
});
