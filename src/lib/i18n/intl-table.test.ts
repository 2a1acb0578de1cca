import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIME_UNITS } from '$lib/evidence/types';
import { createFormatter } from './format';
import { readIntlTable } from './intl-table-build';
import { tablePlural } from './intl-table';
import { LOCALES } from './locales';

// The tables hold what pages write without `Intl`: every language must get a full one (or its pages
// pay for `Intl`'s locale data again), and each formatter must write exactly what `Intl` writes.
const CURRENCIES = ['USD', 'CAD', 'SEK', 'EUR'];

describe.each(LOCALES.map((l) => [l.code, l] as const))('%s', (_, locale) => {
	const table = readIntlTable(locale, CURRENCIES);
	const fast = createFormatter(locale, table);
	const intl = createFormatter(locale);

	it('has every part: numbers, ranges, amounts, durations, dates and lists', () => {
		expect(table.digits).toHaveLength(10);
		expect(table.range).not.toBeNull();
		expect(table.approximately).not.toBeNull();
		expect(Object.keys(table.currencies).sort()).toEqual([...CURRENCIES].sort());
		expect(Object.keys(table.currencyNames).sort()).toEqual([...CURRENCIES].sort());
		expect(Object.keys(table.durations)).toHaveLength(TIME_UNITS.length * 2);
		expect(table.dates?.months).toHaveLength(12);
		expect(table.list).not.toBeNull();
	});

	it('writes numbers, decimals, years and ranges as Intl does', () => {
		const numbers = fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 100));
		fc.assert(
			fc.property(numbers, fc.integer({ min: 0, max: 2 }), (n, digits) => {
				expect(fast.number(n, digits)).toBe(intl.number(n, digits));
				expect(fast.decimal(n, 1)).toBe(intl.decimal(n, 1));
				expect(fast.year(Math.abs(Math.round(n)))).toBe(intl.year(Math.abs(Math.round(n))));
			})
		);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (a, b) => {
				expect(fast.range(Math.min(a, b), Math.max(a, b))).toBe(intl.range(Math.min(a, b), Math.max(a, b)));
			})
		);
	});

	it('writes amounts, durations and dates as Intl does', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e8 }), fc.constantFrom(...CURRENCIES), (n, code) => {
				expect(fast.currency(n, code)).toBe(intl.currency(n, code));
				expect(fast.currencyName(code)).toBe(intl.currencyName(code));
			})
		);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(...TIME_UNITS), fc.constantFrom('long' as const, 'short' as const), (n, unit, width) => {
				expect(fast.duration(n, unit, width)).toBe(intl.duration(n, unit, width));
				expect(fast.durationAfterPreposition(n, unit)).toBe(intl.durationAfterPreposition(n, unit));
			})
		);
		fc.assert(
			fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) => {
				expect(fast.date(d.toISOString())).toBe(intl.date(d.toISOString()));
			})
		);
	});

	it('knows the plural category of every whole number it holds, as Intl does', () => {
		const plural = new Intl.PluralRules(locale.intl);
		expect(table.plurals.length).toBeGreaterThan(1000);
		for (let n = 0; n < table.plurals.length; n++) expect(tablePlural(table, n)).toBe(plural.select(n));
		expect(tablePlural(table, table.plurals.length)).toBeNull();
		expect(tablePlural(table, 1.5)).toBeNull();
	});

	it('writes lists as Intl does, whatever their words', () => {
		const word = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('Ignacio', 'hielo', 'hierba', 'India', 'Olga', 'hora', 'y', 'VERTOS IV', 'أ', '四'));
		fc.assert(
			fc.property(fc.array(word, { maxLength: 6 }), (items) => {
				expect(fast.list(items)).toBe(intl.list(items));
			})
		);
	});
});
