import type { TimeUnit } from '$lib/evidence/types';

/**
 * One language's way of writing numbers, amounts, durations, dates and lists, read off `Intl` at build
 * time (`readIntlTable` in intl-table-build.ts) and shipped as a few hundred bytes of data, so a page
 * writes them without making an `Intl` formatter. The first `Intl.NumberFormat`, `DateTimeFormat`,
 * `ListFormat` or `DisplayNames` a page makes loads that kind's locale data: 20–90 ms each in this
 * Chromium, four times that on the slow phone Lighthouse models, which was most of every page's
 * blocking time. Every entry was checked against `Intl` when it was read (an entry that did not match
 * on every sample is left out, and `Intl` writes that case), so the words are exactly `Intl`'s.
 */
export interface IntlTable {
	/** The ten digits, 0 to 9. */
	digits: string;
	decimal: string;
	group: string;
	/** Integer digits from which the aid's numbers group thousands (4: "1,000"; 5: "1000" but "10,000"). */
	groupFrom: number;
	/** The same as `Intl` groups by default, for amounts and durations (Chinese text groups numbers from 5). */
	intlGroupFrom: number;
	/** Written before a negative number ("-", or Arabic's letter mark and minus). */
	minus: string;
	/** A range: before, between, after ("1–3"); and an approximate value when both ends read alike ("~2"). */
	range: [string, string, string] | null;
	approximately: [string, string] | null;
	/** Whole amounts by currency code: the words before and after the number. */
	currencies: Record<string, [string, string]>;
	/** The currency's name in the language ("US dollars"). */
	currencyNames: Record<string, string>;
	/**
	 * Durations by `unit:long|short` and plural category: the words before and after the number, or the
	 * whole phrase when the language writes none (Arabic "شهر", "شهران").
	 */
	durations: Record<string, Partial<Record<Intl.LDMLPluralRule, [string, string] | string>>>;
	/** Long dates in UTC: the month names and the order of parts (`d`, `m`, `y`, or `'` then literal words). */
	dates: { months: string[]; parts: string[] } | null;
	/** Conjunction lists: two items, and the joins of three or more (first, middle, last). */
	list: { pair: string; start: string; middle: string; end: string } | null;
	/** Beginnings of a last item for which the language changes the join (Spanish "y" → "e" before "i", "hi"): `Intl` writes those. */
	listAsIntl: string[];
	/**
	 * The plural category of each whole number from 0, one letter each (`PLURAL_LETTERS`), so a
	 * duration needs no `Intl.PluralRules`: on a page that makes no other `Intl` object, that one
	 * paid for loading the locale's data (16–26 ms in this Chromium, in Together's hydration).
	 */
	plurals: string;
}

const PLURAL_LETTERS: Record<Intl.LDMLPluralRule, string> = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
const PLURAL_OF_LETTER = Object.fromEntries(Object.entries(PLURAL_LETTERS).map(([rule, letter]) => [letter, rule])) as Record<string, Intl.LDMLPluralRule>;

/** `plurals` for the whole numbers 0 … count − 1, read off `Intl` (at build time). */
export function pluralLetters(select: (n: number) => Intl.LDMLPluralRule, count: number): string {
	return Array.from({ length: count }, (_, n) => PLURAL_LETTERS[select(n)]).join('');
}

/** The plural category of a whole number the table holds, or null (then `Intl` says). */
export function tablePlural(table: IntlTable, n: number): Intl.LDMLPluralRule | null {
	return Number.isInteger(n) && n >= 0 && n < table.plurals.length ? PLURAL_OF_LETTER[table.plurals[n]] : null;
}

export type DurationWidth = 'long' | 'short';

/** A table with nothing in it: every formatter then asks `Intl` (tests, and a language without a table). */
export const EMPTY_TABLE: IntlTable = {
	digits: '',
	decimal: '',
	group: '',
	groupFrom: 4,
	intlGroupFrom: 4,
	minus: '',
	range: null,
	approximately: null,
	currencies: {},
	currencyNames: {},
	durations: {},
	dates: null,
	list: null,
	listAsIntl: [],
	plurals: ''
};

const DIGIT_PLACES = /^(\d+)(?:\.(\d+))?$/;

/** Adds one to a string of decimal digits ("199" → "200"). */
function increment(digits: string): string {
	let out = '';
	let carry = true;
	for (let i = digits.length - 1; i >= 0; i--) {
		const d: number = Number(digits[i]) + (carry ? 1 : 0);
		carry = d === 10;
		out = String(d % 10) + out;
	}
	return carry ? '1' + out : out;
}

/**
 * `value` as `Intl.NumberFormat` writes it with these fraction digits (rounding half away from zero on
 * the shortest decimal form, as ICU does); `null` for what the table cannot write (NaN, ±Infinity,
 * exponent forms), which `Intl` then writes.
 */
export function tableNumber(
	table: IntlTable,
	value: number,
	maxFraction: number,
	minFraction = 0,
	groupFrom = table.groupFrom
): string | null {
	if (!table.digits || !Number.isFinite(value)) return null;
	const parts = DIGIT_PLACES.exec(String(Math.abs(value)));
	if (!parts) return null;
	let whole = parts[1];
	let fraction = parts[2] ?? '';
	if (fraction.length > maxFraction) {
		const roundUp = Number(fraction[maxFraction]) >= 5;
		fraction = fraction.slice(0, maxFraction);
		if (roundUp) {
			const joined = increment(whole + fraction);
			whole = joined.slice(0, joined.length - fraction.length) || '0';
			fraction = joined.slice(joined.length - fraction.length);
		}
	}
	fraction = fraction.replace(/0+$/, '');
	while (fraction.length < minFraction) fraction += '0';
	const negative = value < 0 || Object.is(value, -0);
	const write = (s: string) => s.replace(/\d/g, (d) => table.digits[Number(d)]);
	let integer = write(whole);
	if (whole.length >= groupFrom) {
		const groups: string[] = [];
		for (let end = integer.length; end > 0; end -= 3) groups.unshift(integer.slice(Math.max(0, end - 3), end));
		integer = groups.join(table.group);
	}
	return (negative ? table.minus : '') + integer + (fraction ? table.decimal + write(fraction) : '');
}

/** A range of one-decimal numbers from zero up; `null` for negative ends (`Intl` spaces those) or without a pattern. */
export function tableRange(table: IntlTable, low: number, high: number): string | null {
	if (!(low >= 0 && high >= 0) || Object.is(low, -0) || Object.is(high, -0)) return null;
	const a = tableNumber(table, low, 1);
	const b = tableNumber(table, high, 1);
	if (a === null || b === null) return null;
	if (a === b) return table.approximately ? table.approximately[0] + a + table.approximately[1] : null;
	return table.range ? table.range[0] + a + table.range[1] + b + table.range[2] : null;
}

export function tableCurrency(table: IntlTable, value: number, code: string): string | null {
	const pattern = table.currencies[code];
	if (!pattern || value < 0 || Object.is(value, -0)) return null;
	const number = tableNumber(table, value, 0, 0, table.intlGroupFrom);
	return number === null ? null : pattern[0] + number + pattern[1];
}

/** A whole number of days, weeks, months or years, with the language's plural form for it. */
export function tableDuration(
	table: IntlTable,
	plural: (n: number) => Intl.LDMLPluralRule,
	value: number,
	unit: TimeUnit,
	width: DurationWidth
): string | null {
	if (!Number.isInteger(value) || value < 0) return null;
	const pattern = table.durations[`${unit}:${width}`]?.[plural(value)];
	if (pattern === undefined) return null;
	if (typeof pattern === 'string') return pattern;
	const number = tableNumber(table, value, 0, 0, table.intlGroupFrom);
	return number === null ? null : pattern[0] + number + pattern[1];
}

/** A date (`YYYY-MM-DD` or any ISO time) in the long style, in UTC. */
export function tableDate(table: IntlTable, iso: string): string | null {
	if (!table.dates) return null;
	const date = new Date(iso);
	if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1000) return null;
	const { months, parts } = table.dates;
	const words: Record<string, string | null> = {
		d: tableNumber(table, date.getUTCDate(), 0),
		m: months[date.getUTCMonth()],
		y: tableNumber(table, date.getUTCFullYear(), 0, 0, Infinity)
	};
	let out = '';
	for (const part of parts) {
		const word = part in words ? words[part] : part.slice(1);
		if (word === null) return null;
		out += word;
	}
	return out;
}

/** A conjunction list ("A, B and C"); `null` where the language changes the join for the last item. */
export function tableList(table: IntlTable, items: readonly string[]): string | null {
	const list = table.list;
	if (!list) return null;
	const last = items[items.length - 1] ?? '';
	if (table.listAsIntl.some((start) => last.startsWith(start))) return null;
	if (items.length <= 1) return items[0] ?? '';
	if (items.length === 2) return items[0] + list.pair + items[1];
	let out = items[0] + list.start + items[1];
	for (let i = 2; i < items.length - 1; i++) out += list.middle + items[i];
	return out + list.end + last;
}
