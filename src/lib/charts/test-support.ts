/**
 * Test support for the chart tests (not shipped: only `*.test.ts` import it): translators built
 * from the real glossary and chart texts plus a small inline evidence namespace, fixtures shaped
 * like the evidence model, and Observable-Plot-style SVG normalisation for snapshots.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { i18nContextMap, type I18nContext } from '$lib/i18n/context';
import { createTranslator, type Resources, type Translator } from '$lib/i18n/translator';
import { readIntlTable } from '$lib/i18n/intl-table-build';
import { findLocale } from '$lib/i18n/locales';
import type { CostStudy, FigureEstimate, MeanResult, MissingEstimate, Outcome } from '$lib/evidence/types';
import type { DifferenceResult } from '$lib/evidence/questions';
import enGlossary from '../../../content/locales/en/glossary.json';
import enCharts from '../../../content/locales/en/charts.json';
import arCharts from '../../../content/locales/ar/charts.json';

/** A stand-in for content/locales/<lang>/evidence.json, so snapshots do not move when content does. */
const enEvidence = {
	outcomes: {
		'pain-relief': {
			name: 'Mild or no pain',
			caption: '{{count}} out of {{of}} people had mild or no pain by {{time}} after {{arm}}.',
			caption_at: '{{count}} out of {{of}} people had mild or no pain {{time}} after {{arm}}.'
		},
		'cement-embolism': { name: 'Cement travelling to the lungs' },
		'cement-leakage': {
			name: 'Cement leak',
			caption: '{{count}} out of {{of}} people in the {{arm}} group had some cement leak outside the bone.'
		}
	},
	timeFrames: { atProcedure: 'during or soon after the procedure' },
	gap: { noEvidence: 'No reliable figure', notApplicable: 'Does not apply' },
	priceYear: { unstated: 'price year not stated' },
	borrowed: {
		population: {
			osteoporotic: 'This figure comes from people with osteoporosis, not from people with cancer.',
			cancer: 'This figure comes from people with cancer.',
			mixed: 'This figure comes from people with fractures from different causes.'
		},
		age: { acute: 'This figure comes from recent fractures, not from older ones.' }
	},
	certainty: {
		'fairly-sure': { label: 'Fairly sure' },
		'not-very-sure': { label: 'Not very sure' },
		'very-unsure': { label: 'Very unsure' }
	},
	design: {
		'sham-controlled': { label: 'trial against a sham (pretend) procedure' },
		'open-label-rct': { label: 'randomised trial, people knew their treatment' },
		observational: { label: 'observational study' },
		'cost-study': { label: 'cost study' }
	},
	scales: { 'pain-0-10': { name: 'Pain score (0 = no pain, 10 = worst pain)' } },
	questionsUi: { industry: 'Paid for by a device maker' },
	differenceChart: {
		zero: "No difference",
		better: "Less pain with {{arm}}",
		point: "{{time}}: {{value}} points, likely range {{low}} to {{high}}.",
		clear: "Clear difference at this time.",
		unclear: "No clear difference at this time.",
		time: "Time after treatment",
		difference: "Difference (points)",
		range: "Likely range",
		favours: "Points toward",
		summary: "Difference in pain between {{treatment}} and {{comparator}} ({{scale}}), with its likely range. A range that crosses the zero line means no clear difference."
	},
	costs: {
		'ajnr-2011': { setting: 'US hospitals', included: 'hospital costs of the procedure' }
	},
	costLabels: { outpatient: 'outpatient' },
	notes: {
		'no-sham-kp': 'No trial compared balloon kyphoplasty with a sham procedure.',
		noCement: 'No cement is used, so no cement can leak.'
	}
};

const arEvidence = {
	outcomes: {
		'pain-relief': {
			name: 'ألم خفيف أو لا ألم',
			caption: '{{count}} من كل {{of}} شخص كان ألمهم خفيفًا أو زال {{time}} بعد {{arm}}.'
		}
	},
	certainty: { 'not-very-sure': { label: 'لسنا متأكدين كثيرًا' } },
	gap: { noEvidence: 'لا يوجد رقم موثوق', notApplicable: 'لا ينطبق' },
	design: { 'sham-controlled': { label: 'تجربة مقارنة بإجراء وهمي' } }
};

const arGlossary = {
	arm: {
		conservative: 'الرعاية التحفظية',
		vertebroplasty: 'رأب الفقرة',
		kyphoplasty: 'رأب الحدبة بالبالون',
		sham: 'الإجراء الوهمي'
	},
	armTitle: {
		conservative: 'الرعاية التحفظية',
		vertebroplasty: 'رأب الفقرة',
		kyphoplasty: 'رأب الحدبة بالبالون',
		sham: 'الإجراء الوهمي'
	}
};

const en: Resources = { common: {}, evidence: enEvidence, glossary: enGlossary, charts: enCharts };
const ar: Resources = { common: {}, evidence: arEvidence, glossary: arGlossary, charts: arCharts };

/** Each language's number table, as the build makes it (so chart tests write numbers the way pages do). */
const tables = { en: readIntlTable(findLocale('en')!, ['USD', 'CAD', 'SEK']), ar: readIntlTable(findLocale('ar')!, ['USD', 'CAD', 'SEK']) };

export function translator(lang: 'en' | 'ar'): Translator {
	return lang === 'en' ? createTranslator('en', en, {}, tables.en) : createTranslator('ar', ar, en, tables.ar);
}

function context(lang: 'en' | 'ar', second: 'en' | 'ar' | null = null): I18nContext {
	return { primary: translator(lang), second: second ? translator(second) : null };
}

/**
 * Server-renders a component the way prerendering does. The component is taken as the function it
 * is, so its `interface Props` is inferred without Svelte's `Record<string, any>` constraint.
 */
export function html<P extends object>(
	component: (internals: never, props: P) => unknown,
	props: NoInfer<P>,
	lang: 'en' | 'ar' = 'en',
	second: 'en' | 'ar' | null = null
): string {
	return render(component as unknown as Component<Record<string, unknown>>, {
		props: props as Record<string, unknown>,
		context: i18nContextMap(context(lang, second))
	}).body;
}

/**
 * Snapshot normalisation (as Observable Plot does): numbers to at most 3 decimals, Svelte's
 * hydration comments and CSS hashes removed, one element per line so a diff is reviewable.
 */
export function normalise(markup: string): string {
	return markup
		.replace(/<!--[^]*?-->/g, '')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
		.replace(/>\s*</g, '>\n<')
		.trim();
}

/** The first `<svg>…</svg>` in some markup. */
export function firstSvg(markup: string): string {
	const match = markup.match(/<svg[^]*?<\/svg>/);
	if (!match) throw new Error('no <svg> in markup');
	return match[0];
}

// ---------------------------------------------------------------- fixtures

export const painRelief: Outcome = {
	id: 'pain-relief',
	kind: 'benefit',
	question: 'pain',
	denominator: 100,
	direction: 'higher-better'
};

export const embolism: Outcome = {
	id: 'cement-embolism',
	kind: 'harm',
	question: 'harms',
	denominator: 1000,
	direction: 'higher-worse'
};

export function figure(over: Partial<FigureEstimate> & Pick<FigureEstimate, 'arm' | 'count'>): FigureEstimate {
	return {
		id: `test-${over.arm}`,
		outcome: 'pain-relief',
		strata: ['osteoporotic-acute'],
		comparison: 'test-trial',
		status: 'figure',
		of: 100,
		reported: { percent: over.count },
		timeFrame: { value: 2, unit: 'week', kind: 'at' },
		sources: ['TEST'],
		design: 'sham-controlled',
		certainty: 'not-very-sure',
		verified: true,
		...over
	};
}

export function missing(arm: MissingEstimate['arm'], note = 'notes.no-sham-kp', notApplicable = false): MissingEstimate {
	return {
		id: `missing-${arm}`,
		outcome: 'pain-relief',
		arm,
		strata: ['osteoporotic-acute'],
		comparison: 'test-trial',
		status: 'no-evidence',
		note,
		...(notApplicable ? { notApplicable } : {})
	};
}

export const painMeans: MeanResult = {
	id: 'test-pain-means',
	scale: 'pain-0-10',
	min: 0,
	max: 10,
	higherIs: 'worse',
	strata: ['osteoporotic-acute'],
	sources: ['TEST'],
	design: 'sham-controlled',
	certainty: 'not-very-sure',
	arms: [
		{
			arm: 'vertebroplasty',
			points: [
				{ time: { value: 0, unit: 'day' }, mean: 7.8 },
				{ time: { value: 2, unit: 'week' }, mean: 4.1, ci: { low: 3.5, high: 4.7 } },
				{ time: { value: 6, unit: 'month' }, mean: 3 }
			]
		},
		{
			arm: 'sham',
			points: [
				{ time: { value: 0, unit: 'day' }, mean: 7.6 },
				{ time: { value: 2, unit: 'week' }, mean: 4.3, ci: { low: 3.6, high: 5 } },
				{ time: { value: 6, unit: 'month' }, mean: 3.2 }
			]
		}
	]
};

export const hospitalCosts: CostStudy = {
	id: 'ajnr-2011',
	sources: ['TEST-COST'],
	currency: 'USD',
	priceYear: '2007–08',
	strata: ['osteoporotic-acute'],
	amounts: [
		{ arm: 'vertebroplasty', amount: 3319, label: 'costLabels.outpatient' },
		{ arm: 'kyphoplasty', amount: 8100, label: 'costLabels.outpatient' }
	]
};

/** Shaped like VERTOS IV (three of its time points, out of order on purpose), with a made-up clear year. */
export const painDifference: DifferenceResult = {
	id: 'test-pain-difference',
	scale: 'pain-0-10',
	treatment: 'vertebroplasty',
	comparator: 'sham',
	strata: ['osteoporotic-acute'],
	sources: ['TEST'],
	design: 'sham-controlled',
	certainty: 'fairly-sure',
	points: [
		{ time: { value: 1, unit: 'month' }, difference: 0.41, low: -0.33, high: 1.15 },
		{ time: { value: 1, unit: 'day' }, difference: -0.43, low: -1.17, high: 0.31 },
		{ time: { value: 12, unit: 'month' }, difference: 1.02, low: 0.04, high: 2.01 }
	],
	questions: ['pain-soon', 'pain-later'],
	higherMeans: 'comparator-better'
};
