import type { LocaleInfo } from './locales';
import type { TimeUnit } from '$lib/evidence/types';
import {
	tableCurrency,
	tableDate,
	tableDuration,
	tableList,
	tableNumber,
	tableRange,
	tablePlural,
	EMPTY_TABLE,
	type DurationWidth,
	type IntlTable
} from './intl-table';
import { numberGrouping } from './intl-grouping';

/**
 * Number, currency, duration, date and list formatting for one language, in the words `Intl` gives
 * with the page's own locale tag (never the browser default, or text would change after hydration).
 * With the language's `IntlTable` (read off `Intl` at build time) most of it is written without
 * making an `Intl` formatter; what the table lacks goes to `Intl`, each formatter built once.
 */
export interface Formatter {
	number(value: number, maximumFractionDigits?: number): string;
	/** Exactly this many decimals ("3.0", "٣٫٠"), so values line up and read alike. */
	decimal(value: number, fractionDigits: number): string;
	/** A year or an identifier-like number: the locale's digits, no thousands separator. */
	year(value: number): string;
	currency(value: number, currency: string): string;
	/** The currency's name ("US dollars"), or its code when the language has none. */
	currencyName(currency: string): string;
	duration(value: number, unit: TimeUnit, width?: DurationWidth): string;
	/**
	 * A duration as it reads after a preposition ("within 2 weeks", "at 2 years"). Only Arabic changes:
	 * `Intl` gives the nominative dual (أسبوعان، سنتان), which after خلال or بعد must be أسبوعين، سنتين.
	 */
	durationAfterPreposition(value: number, unit: TimeUnit): string;
	range(low: number, high: number): string;
	date(iso: string): string;
	list(items: string[]): string;
}

function cached<F>(make: (key: string) => F): (key: string) => F {
	const made = new Map<string, F>();
	return (key) => {
		let f = made.get(key);
		if (!f) made.set(key, (f = make(key)));
		return f;
	};
}

export function createFormatter(locale: LocaleInfo, table: IntlTable = EMPTY_TABLE): Formatter {
	const tag = locale.intl;
	const useGrouping = numberGrouping(locale);
	const numbers = cached((digits) => new Intl.NumberFormat(tag, { maximumFractionDigits: Number(digits), useGrouping }));
	const decimals = cached((digits) => new Intl.NumberFormat(tag, { minimumFractionDigits: Number(digits), maximumFractionDigits: Number(digits), useGrouping }));
	const years = cached(() => new Intl.NumberFormat(tag, { useGrouping: false }));
	const currencies = cached((currency) => new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }));
	const durations = cached((key) => {
		const [unit, unitDisplay] = key.split(':');
		return new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: unitDisplay as DurationWidth });
	});
	const plurals = cached(() => new Intl.PluralRules(tag));
	const plural = (n: number) => tablePlural(table, n) ?? plurals('').select(n);
	const dates = cached(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
	const lists = cached(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
	const currencyNames = cached(() => new Intl.DisplayNames(tag, { type: 'currency' }));
	const duration = (value: number, unit: TimeUnit, width: DurationWidth = 'long') =>
		tableDuration(table, plural, value, unit, width) ?? durations(`${unit}:${width}`).format(value);
	return {
		number: (value, digits = 1) => tableNumber(table, value, digits) ?? numbers(String(digits)).format(value),
		decimal: (value, digits) => tableNumber(table, value, digits, digits) ?? decimals(String(digits)).format(value),
		year: (value) => tableNumber(table, value, 3, 0, Infinity) ?? years('').format(value),
		currency: (value, currency) => tableCurrency(table, value, currency) ?? currencies(currency).format(value),
		currencyName: (currency) => {
			if (table.currencyNames[currency]) return table.currencyNames[currency];
			try {
				return currencyNames('').of(currency) ?? currency;
			} catch {
				return currency;
			}
		},
		duration,
		durationAfterPreposition: (value, unit) => {
			const words = duration(value, unit);
			return locale.code === 'ar' && value === 2 ? words.replace(/ان$/u, 'ين') : words;
		},
		range: (low, high) => tableRange(table, low, high) ?? numbers('1').formatRange(low, high),
		date: (iso) => tableDate(table, iso) ?? dates('').format(new Date(iso)),
		list: (items) => tableList(table, items) ?? lists('').format(items)
	};
}
