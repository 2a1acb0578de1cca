import { TIME_UNITS } from '../evidence/types.ts';
import type { LocaleInfo } from './locales.ts';
import { numberGrouping } from './intl-grouping.ts';
import {
	tableCurrency,
	tableDate,
	tableDuration,
	tableList,
	tableNumber,
	tableRange,
	pluralLetters,
	EMPTY_TABLE,
	type DurationWidth,
	type IntlTable
} from './intl-table.ts';

// Reads one language's `IntlTable` off `Intl` (at build time, in Node) and keeps only what the table
// then writes exactly as `Intl` does on every sample: a part that differs anywhere is left out, and
// the page asks `Intl` for it.

const SAMPLE_NUMBERS = [
	...Array.from({ length: 1201 }, (_, i) => i),
	...[12345, 99999.95, 123456.789, 1234567, 98765432.1, 0.05, 0.15, 0.25, 0.45, 1.005, 1.05, 2.5, 3.14159, 9.95, 99.95, 0.001, 0.0004],
	...[-0, -0.04, -1, -2.5, -1234.5, -0.5]
];
const SAMPLE_DAYS = Array.from({ length: 366 * 3 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
/** Last items that could start any word: each first letter the language's join may depend on. */
const INITIALS = [...'abcdefghijklmnopqrstuvwxyzáéíóúàèìòùâêîôûyABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚ'];

const same = (a: () => string | null, b: () => string) => {
	const ours = a();
	return ours === null || ours === b();
};

/** Words before and after the number, from `formatToParts` of a sample. */
function around(parts: Intl.NumberFormatPart[], numberTypes: string[]): [string, string] {
	const first = parts.findIndex((p) => numberTypes.includes(p.type));
	const last = parts.findLastIndex((p) => numberTypes.includes(p.type));
	const join = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
	return [join(parts.slice(0, first)), join(parts.slice(last + 1))];
}
const NUMBER_PARTS = ['integer', 'group', 'decimal', 'fraction', 'minusSign'];

function readNumbers(locale: LocaleInfo) {
	const tag = locale.intl;
	const digits = Array.from({ length: 10 }, (_, d) => new Intl.NumberFormat(tag).format(d)).join('');
	const parts = new Intl.NumberFormat(tag, { useGrouping: 'always' }).formatToParts(-1234.5);
	const value = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	const groupFrom = (grouping: 'min2' | 'auto') =>
		new Intl.NumberFormat(tag, { useGrouping: grouping }).formatToParts(1000).some((p) => p.type === 'group') ? 4 : 5;
	return {
		digits,
		decimal: value('decimal'),
		group: value('group'),
		groupFrom: groupFrom(numberGrouping(locale)),
		intlGroupFrom: groupFrom('auto'),
		minus: parts.slice(0, parts.findIndex((p) => p.type === 'integer')).map((p) => p.value).join('')
	};
}

function readRange(locale: LocaleInfo, table: IntlTable): Pick<IntlTable, 'range' | 'approximately'> {
	const format = new Intl.NumberFormat(locale.intl, { maximumFractionDigits: 1, useGrouping: numberGrouping(locale) });
	const cut = (text: string, ...numbers: string[]) => {
		const out: string[] = [];
		let rest = text;
		for (const n of numbers) {
			const at = rest.indexOf(n);
			if (at < 0) return null;
			out.push(rest.slice(0, at));
			rest = rest.slice(at + n.length);
		}
		return [...out, rest];
	};
	const range = cut(format.formatRange(1, 3), format.format(1), format.format(3)) as [string, string, string] | null;
	const approximately = cut(format.formatRange(2, 2), format.format(2)) as [string, string] | null;
	const candidate = { ...table, range, approximately };
	const pairs = SAMPLE_NUMBERS.filter((n) => n >= 0).flatMap((low) => [low, low + 0.04, low + 2, low * 10].map((high) => [low, high]));
	const fits = pairs.every(([low, high]) => same(() => tableRange(candidate, low, high), () => format.formatRange(low, high)));
	return fits ? { range, approximately } : { range: null, approximately: null };
}

function readCurrencies(locale: LocaleInfo, table: IntlTable, codes: readonly string[]) {
	const currencies: IntlTable['currencies'] = {};
	const currencyNames: IntlTable['currencyNames'] = {};
	for (const code of codes) {
		let format: Intl.NumberFormat;
		try {
			format = new Intl.NumberFormat(locale.intl, { style: 'currency', currency: code, maximumFractionDigits: 0 });
		} catch {
			continue;
		}
		const candidate = { ...table, currencies: { [code]: around(format.formatToParts(12345), NUMBER_PARTS) } };
		if (SAMPLE_NUMBERS.every((n) => same(() => tableCurrency(candidate, n, code), () => format.format(n)))) currencies[code] = candidate.currencies[code];
		const name = new Intl.DisplayNames(locale.intl, { type: 'currency' }).of(code);
		if (name) currencyNames[code] = name;
	}
	return { currencies, currencyNames };
}

/** Whole numbers the tables are read and checked on: 0 … 1200 (a duration of up to 100 years in months). */
const PLURAL_SAMPLES = 1201;

function readDurations(locale: LocaleInfo, table: IntlTable): IntlTable['durations'] {
	const plural = new Intl.PluralRules(locale.intl);
	const samples = Array.from({ length: PLURAL_SAMPLES }, (_, i) => i);
	const durations: IntlTable['durations'] = {};
	for (const unit of TIME_UNITS)
		for (const width of ['long', 'short'] as DurationWidth[]) {
			const format = new Intl.NumberFormat(locale.intl, { style: 'unit', unit, unitDisplay: width });
			const byCategory: IntlTable['durations'][string] = {};
			for (const n of samples) {
				const category = plural.select(n);
				if (category in byCategory) continue;
				const parts = format.formatToParts(n);
				byCategory[category] = parts.some((p) => p.type === 'integer') ? around(parts, NUMBER_PARTS) : parts.map((p) => p.value).join('');
			}
			const key = `${unit}:${width}`;
			const candidate = { ...table, durations: { [key]: byCategory } };
			const fits = samples.every((n) => same(() => tableDuration(candidate, (k) => plural.select(k), n, unit, width), () => format.format(n)));
			if (fits) durations[key] = byCategory;
		}
	return durations;
}

function readDates(locale: LocaleInfo, table: IntlTable): IntlTable['dates'] {
	const format = new Intl.DateTimeFormat(locale.intl, { dateStyle: 'long', timeZone: 'UTC' });
	const months = Array.from({ length: 12 }, (_, m) => format.formatToParts(new Date(Date.UTC(2026, m, 15))).find((p) => p.type === 'month')?.value ?? '');
	const parts = format
		.formatToParts(new Date(Date.UTC(2026, 0, 15)))
		.map((p) => (p.type === 'day' ? 'd' : p.type === 'month' ? 'm' : p.type === 'year' ? 'y' : `'${p.value}`));
	const dates = { months, parts };
	const candidate = { ...table, dates };
	return SAMPLE_DAYS.every((iso) => same(() => tableDate(candidate, iso), () => format.format(new Date(iso)))) ? dates : null;
}

function readList(locale: LocaleInfo, table: IntlTable): Pick<IntlTable, 'list' | 'listAsIntl'> {
	const format = new Intl.ListFormat(locale.intl, { type: 'conjunction' });
	const marks = ['\u2460', '\u2461', '\u2462', '\u2463'];
	const between = (text: string) => marks.slice(1).map((m, i) => text.slice(text.indexOf(marks[i]) + 1, text.indexOf(m)));
	const [pair] = between(format.format(marks.slice(0, 2)));
	const [start, middle, end] = between(format.format(marks));
	const list = { pair, start, middle, end };
	const generic = { ...table, list, listAsIntl: [] };
	const changesJoin = (start: string) =>
		['', 'a', 'e', 'o', 'u', 'erba', 'la', 'elo', 'ra'].some((rest) => !same(() => tableList(generic, ['x', start + rest]), () => format.format(['x', start + rest])));
	// A first letter whose every second letter changes the join is kept whole; otherwise the two letters that do.
	const asIntl = INITIALS.flatMap((first) => {
		const pairs = INITIALS.filter((second) => changesJoin(first + second)).map((second) => first + second);
		return pairs.length === INITIALS.length || (changesJoin(first) && pairs.length === 0) ? [first] : pairs;
	});
	const candidate = { ...table, list, listAsIntl: asIntl };
	const words = ['Firanescu', 'VERTOS IV', 'los médicos', 'India', 'hielo', 'Óscar', 'un', 'deux', 'ثلاثة', '四'];
	const lists = [0, 1, 2, 3, 4, 5, 7].flatMap((n) => words.map((_, at) => Array.from({ length: n }, (_, i) => words[(at + i) % words.length])));
	return lists.every((items) => same(() => tableList(candidate, items), () => format.format(items)))
		? { list, listAsIntl: candidate.listAsIntl }
		: { list: null, listAsIntl: [] };
}

/** One language's table; `currencies` are the currency codes the content's costs use. */
export function readIntlTable(locale: LocaleInfo, currencies: readonly string[]): IntlTable {
	const plural = new Intl.PluralRules(locale.intl);
	const empty: IntlTable = { ...EMPTY_TABLE, ...readNumbers(locale), plurals: pluralLetters((n) => plural.select(n), PLURAL_SAMPLES) };
	const numbersFit = [0, 1, 2].every((digits) => {
		const format = new Intl.NumberFormat(locale.intl, { maximumFractionDigits: digits, useGrouping: numberGrouping(locale) });
		return SAMPLE_NUMBERS.every((n) => tableNumber(empty, n, digits) === format.format(n));
	});
	// Everything else writes its numbers with the same digits and marks: without them, the page asks `Intl`.
	if (!numbersFit) return { ...empty, digits: '' };
	return {
		...empty,
		...readRange(locale, empty),
		...readCurrencies(locale, empty, currencies),
		durations: readDurations(locale, empty),
		dates: readDates(locale, empty),
		...readList(locale, empty)
	};
}
