import { describe, expect, it } from 'vitest';
import { OPTIONS } from '$lib/evidence/types';
import { armsInOrder, buildSlots, certaintyLines, incrementalSplit } from './slots';
import { figure, missing } from './test-support';

describe('armsInOrder', () => {
	it('always orders conservative, vertebroplasty, kyphoplasty, sham', () => {
		const arms = armsInOrder({ sham: missing('sham'), vertebroplasty: figure({ arm: 'vertebroplasty', count: 1 }), conservative: missing('conservative') });
		expect(arms).toEqual(['conservative', 'vertebroplasty', 'sham']);
	});
});

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

describe('buildSlots', () => {
	const vp = figure({ arm: 'vertebroplasty', count: 44, sources: ['VAPOUR'] });
	const sham = figure({ arm: 'sham', count: 21, sources: ['VAPOUR'] });

	it('draws the incremental view within one comparison', () => {
		const m = buildSlots(['vertebroplasty', 'sham'], { vertebroplasty: vp, sham }, { of: 100, incremental: true });
		expect(m.incremental).toEqual({ baseline: 21, reference: 'sham' });
		expect(m.slots).toMatchObject([
			{ kind: 'figure', arm: 'vertebroplasty', count: 44, baseline: 21, extra: 23 },
			{ kind: 'figure', arm: 'sham', count: 21, baseline: 21, extra: 0 }
		]);
		expect(m.sources).toEqual(['VAPOUR']);
	});

	it('draws plain arrays when the incremental view is off', () => {
		const m = buildSlots(['vertebroplasty', 'sham'], { vertebroplasty: vp, sham }, { of: 100, incremental: false });
		expect(m.incremental).toBeNull();
		expect(m.slots.map((s) => (s.kind === 'figure' ? s.extra : -1))).toEqual([0, 0]);
	});

	it('keeps a slot for a missing figure, with its note, and for an option without any entry', () => {
		const m = buildSlots(OPTIONS, { vertebroplasty: vp, kyphoplasty: missing('kyphoplasty') }, { of: 100, incremental: false });
		expect(m.slots).toMatchObject([
			{ kind: 'missing', arm: 'conservative' },
			{ kind: 'figure', arm: 'vertebroplasty' },
			{ kind: 'missing', arm: 'kyphoplasty', note: 'notes.no-sham-kp' }
		]);
		expect(m.slots[0]).not.toHaveProperty('note');
	});

	it('marks a gap where the outcome cannot happen with an option', () => {
		const m = buildSlots(OPTIONS, { conservative: missing('conservative', 'notes.noCement', true) }, { of: 100, incremental: false });
		expect(m.slots[0]).toEqual({ kind: 'missing', arm: 'conservative', note: 'notes.noCement', notApplicable: true });
	});

	it('puts every arm on one denominator, switching 100 → 1000 exactly', () => {
		const m = buildSlots(['vertebroplasty', 'sham'], { vertebroplasty: vp, sham }, { of: 1000, incremental: true });
		expect(m.of).toBe(1000);
		expect(m.slots.map((s) => (s.kind === 'figure' ? [s.count, s.of, s.baseline] : null))).toEqual([
			[440, 1000, 210],
			[210, 1000, 210]
		]);
	});

	it('refuses 1000 → 100 when a count does not divide by 10, for all arms at once', () => {
		const harms = {
			vertebroplasty: figure({ arm: 'vertebroplasty', count: 5, of: 1000 }),
			kyphoplasty: figure({ arm: 'kyphoplasty', count: 10, of: 1000 })
		};
		const m = buildSlots(OPTIONS, harms, { of: 100, incremental: false });
		expect(m.of).toBe(1000);
		expect(m.blocked).toEqual({ wanted: 100, count: 5, of: 1000 });
		expect(m.hundredBlocker).toEqual({ count: 5, of: 1000 });
		expect(m.hasThousand).toBe(true);
		expect(m.slots.map((s) => (s.kind === 'figure' ? s.count : null))).toEqual([null, 5, 10]);
	});

	it('allows 1000 → 100 when every count divides by 10', () => {
		const harms = {
			vertebroplasty: figure({ arm: 'vertebroplasty', count: 20, of: 1000 }),
			kyphoplasty: figure({ arm: 'kyphoplasty', count: 10, of: 1000 })
		};
		const m = buildSlots(OPTIONS, harms, { of: 100, incremental: false });
		expect(m.of).toBe(100);
		expect(m.hundredBlocker).toBeNull();
		expect(m.slots.map((s) => (s.kind === 'figure' ? s.count : null))).toEqual([null, 2, 1]);
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
