import { describe, expect, it } from 'vitest';
import { certaintyLines, incrementalSplit, rowFigures } from './rowFigures';
import { figure, missing } from './test-support';

describe('incrementalSplit', () => {
	it('takes the smallest count as the shared baseline', () => {
		expect(
			incrementalSplit([
				{ arm: 'vertebroplasty', count: 44 },
				{ arm: 'sham', count: 21 }
			])
		).toEqual({ baseline: 21, reference: 'sham' });
	});
	it('breaks ties by arm order', () => {
		expect(
			incrementalSplit([
				{ arm: 'conservative', count: 16 },
				{ arm: 'vertebroplasty', count: 25 },
				{ arm: 'kyphoplasty', count: 16 }
			])
		).toEqual({ baseline: 16, reference: 'conservative' });
	});
	it('has nothing to split for one figure or equal counts', () => {
		expect(incrementalSplit([{ arm: 'sham', count: 21 }])).toBeNull();
		expect(
			incrementalSplit([
				{ arm: 'conservative', count: 21 },
				{ arm: 'sham', count: 21 }
			])
		).toBeNull();
	});
});

describe('rowFigures', () => {
	const vp = figure({ arm: 'vertebroplasty', count: 44, sources: ['VAPOUR'] });
	const sham = figure({ arm: 'sham', count: 21, sources: ['VAPOUR'] });
	const drawn = (m: ReturnType<typeof rowFigures>) => m.arms.map((a) => (a.kind === 'figure' ? a.drawn.count : null));

	it('always orders conservative, vertebroplasty, kyphoplasty, sham', () => {
		const m = rowFigures({ sham: missing('sham'), vertebroplasty: vp, conservative: missing('conservative') }, { of: 100, incremental: false });
		expect(m.arms.map((a) => a.arm)).toEqual(['conservative', 'vertebroplasty', 'sham']);
	});

	it('draws the incremental view within one comparison', () => {
		const m = rowFigures({ vertebroplasty: vp, sham }, { of: 100, incremental: true });
		expect(m.incremental).toEqual({ baseline: 21, reference: 'sham' });
		expect(m.arms).toMatchObject([
			{ kind: 'figure', arm: 'vertebroplasty', drawn: { count: 44, of: 100 }, baseline: 21 },
			{ kind: 'figure', arm: 'sham', drawn: { count: 21, of: 100 }, baseline: 21 }
		]);
		expect(m.sources).toEqual(['VAPOUR']);
		expect(m.legend).toEqual(['affected', 'extra', 'unaffected']);
	});

	it('draws plain arrays when the incremental view is off', () => {
		const m = rowFigures({ vertebroplasty: vp, sham }, { of: 100, incremental: false });
		expect(m.incremental).toBeNull();
		expect(m.arms.map((a) => (a.kind === 'figure' ? a.drawn.count - a.baseline : -1))).toEqual([0, 0]);
		expect(m.legend).toEqual(['affected', 'unaffected']);
	});

	it('explains the range in the legend when any arm has one', () => {
		const ranged = figure({ arm: 'vertebroplasty', count: 44, range: { low: 11, high: 44 } });
		const m = rowFigures({ vertebroplasty: ranged, sham }, { of: 1000, incremental: false });
		expect(m.legend).toEqual(['affected', 'unaffected', 'range']);
		expect(m.arms[0]).toMatchObject({ drawn: { count: 440, of: 1000, range: { low: 110, high: 440 } } });
	});

	it('keeps a column for a missing figure, with its note', () => {
		const m = rowFigures({ vertebroplasty: vp, kyphoplasty: missing('kyphoplasty') }, { of: 100, incremental: false });
		expect(m.arms).toMatchObject([
			{ kind: 'figure', arm: 'vertebroplasty' },
			{ kind: 'gap', arm: 'kyphoplasty', note: 'notes.no-sham-kp', notApplicable: false }
		]);
	});

	it('marks a gap where the outcome cannot happen with an option', () => {
		const m = rowFigures({ conservative: missing('conservative', 'notes.noCement', true) }, { of: 100, incremental: false });
		expect(m.arms[0]).toEqual({ kind: 'gap', arm: 'conservative', note: 'notes.noCement', notApplicable: true });
	});

	it('puts every arm on one denominator, switching 100 → 1000 exactly', () => {
		const m = rowFigures({ vertebroplasty: vp, sham }, { of: 1000, incremental: true });
		expect(m.of).toBe(1000);
		expect(m.arms.map((a) => (a.kind === 'figure' ? [a.drawn.count, a.drawn.of, a.baseline] : null))).toEqual([
			[440, 1000, 210],
			[210, 1000, 210]
		]);
	});

	it('refuses 1000 → 100 when a count does not divide by 10, for all arms at once', () => {
		const harms = {
			vertebroplasty: figure({ arm: 'vertebroplasty', count: 5, of: 1000 }),
			kyphoplasty: figure({ arm: 'kyphoplasty', count: 10, of: 1000 })
		};
		const m = rowFigures({ conservative: missing('conservative'), ...harms }, { of: 100, incremental: false });
		expect(m.of).toBe(1000);
		expect(m.hundredBlocker).toEqual({ count: 5, of: 1000 });
		expect(m.hasThousand).toBe(true);
		expect(drawn(m)).toEqual([null, 5, 10]);
	});

	it('allows 1000 → 100 when every count divides by 10', () => {
		const harms = {
			vertebroplasty: figure({ arm: 'vertebroplasty', count: 20, of: 1000 }),
			kyphoplasty: figure({ arm: 'kyphoplasty', count: 10, of: 1000 })
		};
		const m = rowFigures({ conservative: missing('conservative'), ...harms }, { of: 100, incremental: false });
		expect(m.of).toBe(100);
		expect(m.hundredBlocker).toBeNull();
		expect(drawn(m)).toEqual([null, 2, 1]);
	});
});

describe('certaintyLines', () => {
	it('gives one line per certainty and design, naming the arms', () => {
		const lines = certaintyLines([
			figure({ arm: 'conservative', count: 60, certainty: 'fairly-sure', design: 'observational' }),
			figure({ arm: 'vertebroplasty', count: 44 }),
			figure({ arm: 'sham', count: 21 })
		]);
		expect(lines).toEqual([
			{ certainty: 'fairly-sure', design: 'observational', arms: ['conservative'] },
			{ certainty: 'not-very-sure', design: 'sham-controlled', arms: ['vertebroplasty', 'sham'] }
		]);
	});
});
