import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import enCharts from '../../../content/locales/en/charts.json';
import arCharts from '../../../content/locales/ar/charts.json';
import { STRATA } from '$lib/evidence/types';
import { flatten, hasDigit, placeholders, type Tree } from '$lib/i18n/tree';
import {
	amountWords,
	borrowedLine,
	certaintyLine,
	currencyName,
	evidenceNote,
	extraSentence,
	figureSentence,
	gapTitle,
	groupLine,
	iconAria,
	outOfWords,
	pointTime,
	priceYear,
	rangeSentence,
	tickLines,
	timeWords
} from './text';
import { translator } from './test-support';

const en = Object.fromEntries(flatten(enCharts as Tree));
const ar = Object.fromEntries(flatten(arCharts as Tree));

describe('charts.json', () => {
	it('has the same keys in English and Arabic', () => {
		expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
	});

	it('keeps numbers out of translations (only interpolated)', () => {
		for (const [key, text] of [...Object.entries(en), ...Object.entries(ar)]) {
			expect(hasDigit(text), key).toBe(false);
		}
	});

	it('uses the same placeholders in every language', () => {
		for (const key of Object.keys(en)) expect(placeholders(ar[key]), key).toEqual(placeholders(en[key]));
	});

	it('has a group line for every stratum', () => {
		for (const s of STRATA) {
			expect(en[`groups.${s}`]).toBeTruthy();
			expect(en[`groupShort.${s}`]).toBeTruthy();
		}
	});

	it('defines every charts: key the components and text module use', () => {
		const dir = new URL('./', import.meta.url);
		const sources = readdirSync(dir)
			.filter((f) => (f.endsWith('.svelte') || f.endsWith('.ts')) && !f.includes('test'))
			.map((f) => readFileSync(new URL(f, dir), 'utf8'))
			.join('\n');
		const used = [...sources.matchAll(/'charts:([\w.-]+)'/g)].map((m) => m[1]);
		expect(used.length).toBeGreaterThan(30);
		for (const key of used) expect(en, key).toHaveProperty([key]);
		// Keys built from a prefix (charts:time.${kind}, groups, borrowed …)
		for (const key of ['time.within', 'time.at']) expect(en).toHaveProperty([key]);
	});
});

describe('sentences', () => {
	const enT = translator('en');
	const arT = translator('ar');

	it('says the number in words, in each language’s digits', () => {
		expect(outOfWords(enT, 44, 100)).toBe('44 out of 100 people');
		expect(outOfWords(arT, 44, 100)).toBe('٤٤ من كل ١٠٠ شخص');
		expect(outOfWords(enT, 5, 1000)).toBe('5 out of 1,000 people');
		expect(iconAria(enT, 44, 100)).toBe('Icon chart: 44 out of 100 people');
		expect(iconAria(enT, 44, 100, { low: 11, high: 44 })).toBe(
			'Icon chart: 44 out of 100 people, could be between 11 and 44'
		);
	});

	it('fills the outcome’s caption template with count, denominator, time and arm', () => {
		expect(figureSentence(enT, 'pain-relief', 'vertebroplasty', 44, 100, { value: 2, unit: 'week', kind: 'at' })).toBe(
			'44 out of 100 people had mild or no pain 2 weeks after vertebroplasty.'
		);
		expect(figureSentence(arT, 'pain-relief', 'sham', 21, 100, { value: 2, unit: 'week', kind: 'at' })).toContain('٢١ من كل ١٠٠');
	});

	it('falls back to a generic sentence when the outcome has no caption template', () => {
		expect(
			figureSentence(enT, 'cement-embolism', 'kyphoplasty', 5, 1000, { value: 12, unit: 'month', kind: 'within' })
		).toBe('Cement travelling to the lungs: 5 out of 1,000 people, within 12 months, with balloon kyphoplasty.');
	});

	it('states ranges, extras and time frames in words', () => {
		expect(rangeSentence(enT, { low: 11, high: 44 }, 100)).toBe('Could be between 11 and 44 out of 100.');
		expect(extraSentence(enT, 23, 100, 'sham')).toBe('That is 23 more out of 100 than with sham (pretend) procedure.');
		expect(timeWords(enT, { value: 12, unit: 'month', kind: 'within' })).toBe('within 12 months');
		expect(timeWords(arT, { value: 2, unit: 'week', kind: 'at' })).toMatch(/^بعد /);
	});

	it('names the group: one stratum, or several when the answer was "not sure"', () => {
		expect(groupLine(enT, ['osteoporotic-acute'])).toBe(
			'People like you: a recent fracture from osteoporosis (thin bones)'
		);
		expect(groupLine(enT, ['osteoporotic-acute', 'osteoporotic-chronic'])).toBe(
			'These figures cover several groups: a recent fracture from osteoporosis and an older fracture from osteoporosis'
		);
		expect(groupLine(enT, [])).toBe('');
	});

	it('labels borrowed figures with the evidence’s own sentences', () => {
		expect(borrowedLine(enT, undefined)).toBe('');
		expect(borrowedLine(enT, { population: 'osteoporotic' })).toBe(
			'This figure comes from people with osteoporosis, not from people with cancer.'
		);
		expect(borrowedLine(enT, { population: 'cancer', age: 'acute' })).toBe(
			'This figure comes from people with cancer. This figure comes from recent fractures, not from older ones.'
		);
	});

	it('names a gap: no reliable figure, or does not apply', () => {
		expect(gapTitle(enT)).toBe('No reliable figure');
		expect(gapTitle(enT, true)).toBe('Does not apply');
		expect(gapTitle(arT)).toBe('لا يوجد رقم موثوق');
	});

	it('uses the source’s own words for a time it states only in words', () => {
		const during = { value: 0, unit: 'day', kind: 'at', label: 'timeFrames.atProcedure' } as const;
		expect(timeWords(enT, during)).toBe('during or soon after the procedure');
		expect(figureSentence(enT, 'cement-leakage', 'vertebroplasty', 40, 100, during)).toBe(
			'40 out of 100 people in the vertebroplasty group had some cement leak outside the bone.'
		);
	});

	it('picks the caption for the kind of time frame (i18next context), falling back to the plain one', () => {
		expect(figureSentence(enT, 'pain-relief', 'sham', 21, 100, { value: 2, unit: 'week', kind: 'at' })).toBe(
			'21 out of 100 people had mild or no pain 2 weeks after sham (pretend) procedure.'
		);
		expect(figureSentence(enT, 'pain-relief', 'sham', 21, 100, { value: 2, unit: 'week', kind: 'within' })).toBe(
			'21 out of 100 people had mild or no pain by 2 weeks after sham (pretend) procedure.'
		);
	});

	it('says when the price year is not stated', () => {
		expect(priceYear(enT, 'unstated')).toBe('price year not stated');
		expect(priceYear(enT, '2007–08')).toBe('2007–08');
	});

	it('states certainty and design in plain words', () => {
		expect(certaintyLine(enT, 'not-very-sure', 'sham-controlled')).toBe(
			'How sure are we? Not very sure. Type of study: trial against a sham (pretend) procedure.'
		);
	});

	it('resolves note keys given in full (as the evidence files do) or as a bare notes key', () => {
		expect(evidenceNote(enT, 'notes.no-sham-kp')).toBe('No trial compared balloon kyphoplasty with a sham procedure.');
		expect(evidenceNote(enT, 'no-sham-kp')).toBe('No trial compared balloon kyphoplasty with a sham procedure.');
		expect(evidenceNote(enT, 'costLabels.outpatient')).toBe('outpatient');
	});

	it('formats money in the source currency, and says when there is no figure', () => {
		expect(amountWords(enT, 3319, 'USD')).toBe('$3,319');
		expect(amountWords(enT, null, 'USD')).toBe('No figure');
		expect(amountWords(enT, 110, 'DRG points')).toBe('110 DRG points');
		expect(currencyName(enT, 'CAD')).toBe('Canadian Dollar');
		expect(currencyName(enT, 'DRG points')).toBe('DRG points');
	});

	it('labels time points for the mean chart', () => {
		expect(pointTime(enT, { value: 0, unit: 'day' })).toBe('Before treatment');
		expect(pointTime(enT, { value: 2, unit: 'week' })).toBe('2 weeks');
		expect(pointTime(enT, { value: 6, unit: 'month' }, true)).toBe('6 mths');
		expect(pointTime(enT, { value: 0, unit: 'day' }, true)).toBe('Before');
	});

	it('breaks crowded axis labels onto two lines', () => {
		expect(tickLines('12 mths', false)).toEqual(['12 mths']);
		expect(tickLines('12 mths', true)).toEqual(['12', 'mths']);
		expect(tickLines('Before', true)).toEqual(['Before']);
		expect(tickLines('قبل العلاج', true)).toEqual(['قبل', 'العلاج']);
	});
});
