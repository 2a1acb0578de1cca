import type { LocaleInfo } from './locales';
import type { TimeUnit } from '$lib/evidence/types';

/**
 * Number, currency and duration formatting for one language, always through `Intl` with the
 * page's own locale tag (never the browser default, or text would change after hydration).
 * Formatters are built once per option set: creating an `Intl` object costs far more than using one.
 */
export interface Formatter {
	number(value: number, maximumFractionDigits?: number): string;
	/** A year or an identifier-like number: the locale's digits, no thousands separator. */
	year(value: number): string;
	currency(value: number, currency: string): string;
	duration(value: number, unit: TimeUnit): string;
	/**
	 * A duration as it reads after a preposition ("within 2 weeks", "at 2 years"). Only Arabic changes:
	 * `Intl` gives the nominative dual (أسبوعان، سنتان), which after خلال or بعد must be أسبوعين، سنتين.
	 */
	durationAfterPreposition(value: number, unit: TimeUnit): string;
	range(low: number, high: number): string;
	date(iso: string): string;
	list(items: string[]): string;
}

/** The digits of the numbering systems the locales use (`-u-nu-…` in their tags). */
const DIGITS: Record<string, string> = { latn: '0123456789', arab: '٠١٢٣٤٥٦٧٨٩' };

/**
 * A small whole number (0–999: no separator, sign or decimals in any of our locales) written digit by
 * digit, exactly as `Intl` writes it (format.test.ts checks every one in every locale). The first
 * `Intl.NumberFormat` a page makes loads the locale's number data, a long moment under a slow CPU;
 * the step counter and the start page's "5 to 10 minutes" hydrate without it. `null` for anything else.
 */
function smallWhole(value: number, digits: string | undefined): string | null {
	if (!digits || !Number.isInteger(value) || value < 0 || value > 999) return null;
	let out = '';
	for (const d of String(value)) out += digits[Number(d)];
	return out;
}

function cached<F>(make: (key: string) => F): (key: string) => F {
	const made = new Map<string, F>();
	return (key) => {
		let f = made.get(key);
		if (!f) made.set(key, (f = make(key)));
		return f;
	};
}

export function createFormatter(locale: LocaleInfo): Formatter {
	const tag = locale.intl;
	// Chinese patient text writes 1000, not 1,000: group only from five digits on.
	const grouping = locale.code === 'zh-Hans' ? 'min2' : 'auto';
	const ownDigits = DIGITS[/-u-nu-(\w+)/.exec(tag)?.[1] ?? ''];
	const numbers = cached((digits) => new Intl.NumberFormat(tag, { maximumFractionDigits: Number(digits), useGrouping: grouping }));
	const years = cached(() => new Intl.NumberFormat(tag, { useGrouping: false }));
	const currencies = cached((currency) => new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }));
	const durations = cached((unit) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }));
	const dates = cached(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
	const lists = cached(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
	return {
		number: (value, digits = 1) => smallWhole(value, ownDigits) ?? numbers(String(digits)).format(value),
		year: (value) => years('').format(value),
		currency: (value, currency) => currencies(currency).format(value),
		duration: (value, unit) => durations(unit).format(value),
		durationAfterPreposition: (value, unit) => {
			const words = durations(unit).format(value);
			return locale.code === 'ar' && value === 2 ? words.replace(/ان$/u, 'ين') : words;
		},
		range: (low, high) => numbers('1').formatRange(low, high),
		date: (iso) => dates('').format(new Date(iso)),
		list: (items) => lists('').format(items)
	};
}
