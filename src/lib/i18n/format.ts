import type { LocaleInfo } from './locales';
import type { TimeUnit } from '$lib/evidence/types';

/**
 * Number, currency and duration formatting for one language, always through `Intl` with the
 * page's own locale tag (never the browser default, or text would change after hydration).
 */
export interface Formatter {
	number(value: number, maximumFractionDigits?: number): string;
	/** A year or an identifier-like number: the locale's digits, no thousands separator. */
	year(value: number): string;
	currency(value: number, currency: string): string;
	duration(value: number, unit: TimeUnit): string;
	range(low: number, high: number): string;
	date(iso: string): string;
	list(items: string[]): string;
}

export function createFormatter(locale: LocaleInfo): Formatter {
	const tag = locale.intl;
	const numbers = new Map<number, Intl.NumberFormat>();
	const numberFormat = (digits: number) => {
		let f = numbers.get(digits);
		if (!f) numbers.set(digits, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
		return f;
	};
	return {
		number: (value, digits = 1) => numberFormat(digits).format(value),
		year: (value) => new Intl.NumberFormat(tag, { useGrouping: false }).format(value),
		currency: (value, currency) =>
			new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value),
		duration: (value, unit) =>
			new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(value),
		range: (low, high) => numberFormat(1).formatRange(low, high),
		date: (iso) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)),
		list: (items) => new Intl.ListFormat(tag, { type: 'conjunction' }).format(items)
	};
}
