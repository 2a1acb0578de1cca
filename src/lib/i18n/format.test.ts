import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';
import { LOCALES, findLocale } from './locales';

describe('durations after a preposition', () => {
	const ar = createFormatter(findLocale('ar')!);
	const en = createFormatter(findLocale('en')!);

	it('puts the Arabic dual in its oblique form, so "خلال أسبوعين" reads right', () => {
		expect(ar.duration(2, 'week')).toBe('أسبوعان');
		expect(ar.durationAfterPreposition(2, 'week')).toBe('أسبوعين');
		expect(ar.durationAfterPreposition(2, 'year')).toBe('سنتين');
		expect(ar.durationAfterPreposition(2, 'month')).toBe('شهرين');
	});
	it('leaves every other number and language as Intl writes it', () => {
		expect(ar.durationAfterPreposition(12, 'month')).toBe(ar.duration(12, 'month'));
		expect(ar.durationAfterPreposition(1, 'year')).toBe('سنة');
		expect(en.durationAfterPreposition(2, 'week')).toBe('2 weeks');
	});
});

describe('numbers', () => {
	it('writes 1000 without a separator in Chinese, as patient text does', () => {
		expect(createFormatter(findLocale('zh-Hans')!).number(1000)).toBe('1000');
		expect(createFormatter(findLocale('en')!).number(1000)).toBe('1,000');
	});
	it('writes small whole numbers exactly as Intl does, in every locale', () => {
		for (const locale of LOCALES) {
			const format = createFormatter(locale);
			for (const digits of [0, 1, 2]) {
				const intl = new Intl.NumberFormat(locale.intl, { maximumFractionDigits: digits, useGrouping: locale.code === 'zh-Hans' ? 'min2' : 'auto' });
				for (let n = 0; n <= 1000; n++) expect(format.number(n, digits), `${locale.code} ${n}`).toBe(intl.format(n));
			}
			expect(format.number(2.5), locale.code).toBe(new Intl.NumberFormat(locale.intl, { maximumFractionDigits: 1 }).format(2.5));
			expect(format.number(-3), locale.code).toBe(new Intl.NumberFormat(locale.intl).format(-3));
		}
		expect(createFormatter(findLocale('ar')!).number(42)).toBe('٤٢');
	});
});
