import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, ready } from './fixtures';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/i18n/locales';
import { SITUATION_KEYS } from '../../src/lib/evidence/questions';

const BUILD = join(import.meta.dirname, '..', '..', 'build');
const LOCALE_DIR = join(import.meta.dirname, '..', '..', 'content', 'locales');

/** Every prerendered page (`…/index.html`). 404.html is the adapter's fallback shell, rendered in the browser. */
function prerenderedPages(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : prerenderedPages(path);
		return entry.name === 'index.html' ? [path] : [];
	});
}

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const unescape = (text: string) =>
	text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const locale = (lang: string, file: string) => JSON.parse(readFileSync(join(LOCALE_DIR, lang, file), 'utf8'));

test('every prerendered page has one meta description, in its own language (Lighthouse SEO)', () => {
	const pages = prerenderedPages();
	// The root page plus nine pages in every language, and the no-JavaScript outcomes page of each situation.
	expect(pages.length).toBe(1 + (9 + SITUATION_KEYS.length) * LOCALES.length);
	const problems: string[] = [];
	for (const file of pages) {
		const name = relative(BUILD, file).split(sep).join('/');
		const html = readFileSync(file, 'utf8');
		const lang = attribute(html, /<html lang="([^"]+)"/);
		const metas = html.match(/<meta name="description"[^>]*>/g) ?? [];
		const content = unescape(attribute(metas[0] ?? '', /content="([^"]*)"/) ?? '');
		const [folder, page] = name.split('/');
		// The page's own language: its folder's (the root page is in the default language).
		const expectedLang = name === 'index.html' ? DEFAULT_LOCALE : folder;
		const expected =
			name === 'index.html'
				? locale(DEFAULT_LOCALE, 'root.json').root.intro
				: locale(expectedLang, 'common.json').description[page === 'index.html' ? 'start' : page];
		if (lang !== expectedLang) problems.push(`${name}: <html lang="${lang}">, expected ${expectedLang}`);
		if (metas.length !== 1) problems.push(`${name}: ${metas.length} meta descriptions`);
		if (!content.trim()) problems.push(`${name}: empty description`);
		else if (content !== expected) problems.push(`${name}: description "${content}" is not this page's text in ${expectedLang}`);
	}
	expect(problems).toEqual([]);
});

test('the description follows a client-side navigation and a language switch', async ({ page }) => {
	const description = page.locator('head meta[name="description"]');
	await page.goto('/en/situation/');
	await ready(page);
	await expect(description).toHaveAttribute('content', locale('en', 'common.json').description.situation);
	await page.getByRole('link', { name: 'Next: The choices' }).click();
	await ready(page);
	await expect(page).toHaveURL(/\/en\/options\/$/);
	await expect(description).toHaveAttribute('content', locale('en', 'common.json').description.options);
	await page.locator('details.language > summary').click();
	await page.locator('details.language a[hreflang="fr"]').click();
	await ready(page);
	await expect(page).toHaveURL(/\/fr\/options\//);
	await expect(description).toHaveCount(1);
	await expect(description).toHaveAttribute('content', locale('fr', 'common.json').description.options);
});
