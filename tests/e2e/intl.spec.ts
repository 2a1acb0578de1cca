import { test, expect, PAGES, url, ready } from './fixtures';

// The first `Intl` number, date, list or name formatter a page makes loads that kind's locale data
// (20–90 ms each here, four times that on Lighthouse's slow phone). Pages write numbers, durations,
// amounts, dates and lists from their language's `IntlTable` instead (src/lib/i18n/intl-table.ts);
// only `Intl.PluralRules`, which i18next needs and which is cheap, may be made on a first view.
const WATCHED = ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames', 'RelativeTimeFormat', 'Collator'] as const;

/**
 * The one exception, by the language's grammar: Spanish writes "e" instead of "y" before a last item
 * that starts with "i" or "hi" (the outcomes page lists "… e INVEST"); the table leaves those joins to `Intl`.
 */
const EXPECTED: Record<string, string[]> = { 'es/outcomes': ['ListFormat'] };

for (const lang of ['en', 'ar', 'es'])
	test(`first views in ${lang} make no Intl formatter but plural rules`, async ({ page }) => {
		await page.addInitScript((names) => {
			const made: string[] = [];
			(window as unknown as { __intlMade: string[] }).__intlMade = made;
			const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
			for (const name of names)
				intl[name] = new Proxy(intl[name], {
					construct(target, args) {
						made.push(name);
						return new target(...args) as object;
					}
				});
			for (const method of ['toLocaleString', 'toLocaleDateString'] as const) {
				const proto = method === 'toLocaleString' ? Number.prototype : Date.prototype;
				const own = (proto as unknown as Record<string, (...a: unknown[]) => string>)[method];
				(proto as unknown as Record<string, (...a: unknown[]) => string>)[method] = function (this: unknown, ...a: unknown[]) {
					made.push(method);
					return own.apply(this, a);
				};
			}
		}, WATCHED);
		for (const path of PAGES) {
			await page.goto(url(lang, path));
			await ready(page);
			const made = await page.evaluate(() => (window as unknown as { __intlMade: string[] }).__intlMade);
			expect(made, `${lang}/${path || 'start'}`).toEqual(EXPECTED[`${lang}/${path}`] ?? []);
		}
	});
