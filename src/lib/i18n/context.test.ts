import { describe, expect, it } from 'vitest';
import { viewLanguages } from './context';
import { findLocale } from './locales';
import type { Translator } from './translator';

const translator = (code: string) => ({ locale: findLocale(code)! }) as Translator;

describe('viewLanguages', () => {
	it('is the page language alone, with no lang or dir of its own', () => {
		const en = translator('en');
		expect(viewLanguages({ primary: en, second: null })).toEqual([{ tr: en, second: false, lang: undefined, dir: undefined }]);
	});
	it('adds the second language after the first, with its own lang and dir', () => {
		const en = translator('en');
		const ar = translator('ar');
		expect(viewLanguages({ primary: en, second: ar })).toEqual([
			{ tr: en, second: false, lang: undefined, dir: undefined },
			{ tr: ar, second: true, lang: 'ar', dir: 'rtl' }
		]);
	});
});
