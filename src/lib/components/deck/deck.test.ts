/**
 * The deck's question card on a small typed fixture shaped like `selectQuestions` output: one
 * denominator per card, the comparator as the baseline of the option's array, the stated gap, the
 * bottom line first, every option present, and the bilingual view.
 */
import { describe, expect, it } from 'vitest';
import type { DifferenceResult, QuestionEvidence } from '$lib/evidence/questions';
import type { ComparisonRow } from '$lib/evidence/types';
import { embolism, figure, html, painRelief } from '$lib/charts/test-support';
import { cardDenominator, cardModel, deckQuestions } from './deckModel';
import { selectQuestions } from '$lib/evidence/questions';
import { differencePoint } from '$lib/evidence/questions';
import QuestionCard from './QuestionCard.svelte';

const vapourRow: ComparisonRow = {
	comparison: 'test-trial',
	outcome: 'pain-relief',
	arms: {
		vertebroplasty: figure({ arm: 'vertebroplasty', count: 44, sources: ['VAPOUR'] }),
		sham: figure({ arm: 'sham', count: 21, sources: ['VAPOUR'] })
	},
	strata: ['osteoporotic-acute']
};
const vertosRow: ComparisonRow = {
	comparison: 'other-trial',
	outcome: 'pain-relief',
	arms: { conservative: figure({ arm: 'conservative', count: 60, comparison: 'other-trial', design: 'open-label-rct', sources: ['VERTOS2'] }) },
	strata: ['osteoporotic-acute']
};

const painSoon: QuestionEvidence = {
	question: 'pain-soon',
	bottomLine: { id: 'bl-test', text: 'bottomLines.test', certainty: 'not-very-sure', entries: [] },
	items: [
		{ item: { kind: 'figures', outcome: painRelief, row: vapourRow }, design: 'sham-controlled', sources: ['VAPOUR'], industryFunded: false, visible: true }
	],
	columns: {
		conservative: { kind: 'figure', outcome: painRelief, row: vertosRow },
		vertebroplasty: { kind: 'figure', outcome: painRelief, row: vapourRow, comparator: 'sham' },
		kyphoplasty: { kind: 'gap', notes: ['notes.no-sham-kp'], notApplicable: false }
	},
	mixedStudies: true
};

const harmRow = (arm: 'vertebroplasty' | 'kyphoplasty', count: number, of: 100 | 1000): ComparisonRow => ({
	comparison: 'harm-trial',
	outcome: 'cement-embolism',
	arms: { [arm]: figure({ arm, count, of, outcome: 'cement-embolism', comparison: 'harm-trial' }) },
	strata: ['osteoporotic-acute']
});
const harms: QuestionEvidence = {
	question: 'harms',
	bottomLine: { id: 'bl-harm', text: 'bottomLines.harm', certainty: 'very-unsure', entries: [] },
	items: [],
	columns: {
		conservative: { kind: 'gap', notes: ['notes.noCement'], notApplicable: true },
		vertebroplasty: { kind: 'figure', outcome: embolism, row: harmRow('vertebroplasty', 5, 1000) },
		kyphoplasty: { kind: 'figure', outcome: embolism, row: harmRow('kyphoplasty', 2, 100) }
	},
	mixedStudies: false
};

const figureTags = (markup: string) =>
	[...markup.matchAll(/<figure[^>]*data-chart="icon-array"[^>]*>/g)].map((m) =>
		Object.fromEntries([...m[0].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
	);

describe('cardModel', () => {
	it('draws the comparator of the same study as the baseline of the option’s array', () => {
		const model = cardModel(painSoon);
		expect(model.of).toBe(100);
		const vp = model.columns[1];
		expect(vp.kind === 'figure' && vp.baseline).toBe(21);
		expect(vp.kind === 'figure' && vp.comparator?.arm).toBe('sham');
		expect(model.columns[0]).toMatchObject({ kind: 'figure', option: 'conservative' });
		expect(model.columns[0].kind === 'figure' && model.columns[0].baseline).toBeUndefined();
		expect(model.columns[2]).toEqual({ kind: 'gap', option: 'kyphoplasty', notes: ['notes.no-sham-kp'], notApplicable: false });
		expect(model.mixedStudies).toBe(true);
	});

	it('keeps one denominator per card: 1000 when any figure needs it', () => {
		expect(cardDenominator(harms)).toBe(1000);
		expect(cardDenominator(painSoon)).toBe(100);
	});

	it('names a comparator that did better without drawing it as a baseline', () => {
		const better = { ...vapourRow, arms: { ...vapourRow.arms, sham: figure({ arm: 'sham', count: 50 }) } };
		const model = cardModel({ ...painSoon, columns: { ...painSoon.columns, vertebroplasty: { kind: 'figure', outcome: painRelief, row: better, comparator: 'sham' } } });
		const vp = model.columns[1];
		expect(vp.kind === 'figure' && vp.baseline).toBeUndefined();
		expect(vp.kind === 'figure' && vp.comparator?.count).toBe(50);
	});
});

describe('deckQuestions', () => {
	it('selects each situation once: the same answers again, equal to a fresh selection', () => {
		const first = deckQuestions({ cause: 'osteoporotic', age: 'acute' });
		expect(deckQuestions({ cause: 'osteoporotic', age: 'acute' })).toBe(first);
		expect(first).toEqual(selectQuestions({ cause: 'osteoporotic', age: 'acute' }));
		expect(deckQuestions({ cause: 'cancer', age: 'acute' })).not.toBe(first);
	});
	it('lays out each answer once', () => {
		const [question] = deckQuestions({ cause: 'cancer', age: 'chronic' });
		expect(cardModel(question)).toBe(cardModel(question));
	});
});

describe('QuestionCard', () => {
	const markup = html(QuestionCard, { evidence: painSoon });

	it('is a question section whose first content after the heading is its bottom line', () => {
		expect(markup).toMatch(/<section[^>]*data-question="pain-soon"/);
		const between = markup.slice(markup.indexOf('</h2>'), markup.lastIndexOf('<', markup.indexOf('data-bottom-line')));
		// Only the (empty, voice-less) listen control and the heading row's closing tag in between: no text.
		expect(between.replace(/<!--[^]*?-->/g, '').replace(/<[^>]*>/g, '').trim()).toBe('');
		expect(markup).toMatch(/data-bottom-line="" data-certainty="not-very-sure"|data-certainty="not-very-sure"[^>]*data-bottom-line/);
	});

	it('shows all three options side by side, figure or stated gap, each with data-option', () => {
		const options = [...markup.matchAll(/<div class="column[^"]*" data-option="(\w+)" data-kind="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
		expect(options).toEqual(['conservative:figure', 'vertebroplasty:figure', 'kyphoplasty:gap']);
		expect(markup).toContain('No trial compared balloon kyphoplasty with a sham procedure.');
	});

	it('draws the sham arm inside the vertebroplasty column as the baseline, and says so in words', () => {
		const tags = figureTags(markup);
		expect(tags.map((t) => `${t['data-option']}|${t['data-count']}|${t['data-of']}`)).toEqual(['conservative|60|100', 'vertebroplasty|44|100']);
		expect(markup).toContain('That is 23 more out of 100 than with');
		expect(markup).toMatch(/class="extra[\s"]/);
	});

	it('says once that the columns come from different studies', () => {
		expect(markup.match(/deck\.mixedStudies/g)?.length).toBe(1);
	});

	it('draws every array of a card on one denominator', () => {
		const tags = figureTags(html(QuestionCard, { evidence: harms }));
		expect(tags.map((t) => t['data-of'])).toEqual(['1000', '1000']);
		expect(tags.map((t) => t['data-count'])).toEqual(['5', '20']);
	});

	it('in the bilingual view gives the second language its own lang and dir, next to the first', () => {
		const bi = html(QuestionCard, { evidence: painSoon }, 'en', 'ar');
		expect(bi).toMatch(/class="bi-second[^"]*" lang="ar" dir="rtl"/);
		expect(bi).toContain('لا يوجد رقم موثوق');
	});
});

describe('differencePoint', () => {
	const result = {
		points: [
			{ time: { value: 2, unit: 'week' }, difference: -1.1, low: -2, high: -0.2 },
			{ time: { value: 3, unit: 'month' }, difference: -0.8, low: -1.7, high: 0.1 },
			{ time: { value: 12, unit: 'month' }, difference: -0.3, low: -1.2, high: 0.6 }
		]
	} as unknown as DifferenceResult;
	it('shows "pain soon" at the earliest point within three months, never after twelve', () => {
		expect(differencePoint(result, 'pain-soon').time).toEqual({ value: 2, unit: 'week' });
	});
	it('shows "pain later" at the latest point', () => {
		expect(differencePoint(result, 'pain-later').time).toEqual({ value: 12, unit: 'month' });
	});
});
