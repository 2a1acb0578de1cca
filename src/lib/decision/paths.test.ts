import { describe, expect, it } from 'vitest';
import { pageOfRoute, pagePath } from './paths';
import { PAGES } from './steps';

describe('pagePath', () => {
	it('builds the folder path of a page, with its trailing slash', () => {
		expect(pagePath('en')).toBe('/en/');
		expect(pagePath('zh-Hans', '')).toBe('/zh-Hans/');
		expect(pagePath('ar', 'summary')).toBe('/ar/summary/');
		expect(pagePath('es', 'together')).toBe('/es/together/');
	});
});

describe('pageOfRoute', () => {
	it('finds the page of every route under a language', () => {
		expect(pageOfRoute('/[lang=locale]')).toBe('');
		for (const page of PAGES.filter(Boolean)) expect(pageOfRoute(`/[lang=locale]/${page}`)).toBe(page);
	});

	it('is null outside the language routes (the root page, an error page, an unknown route)', () => {
		expect(pageOfRoute('/')).toBeNull();
		expect(pageOfRoute(null)).toBeNull();
		expect(pageOfRoute('/[lang=locale]/nowhere')).toBeNull();
	});
});
