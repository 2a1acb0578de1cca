import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Internal links go through `pageHref()` (`src/lib/decision/links.ts`, SvelteKit's `resolve()`), so
 * the site works under a sub-path. This finds any link or navigation in `src/` still written
 * root-relative by hand: `href="/…"`, `href={`/…`}`, `goto('/…')`, `after="/…"`, or a string that
 * starts a path with a language (`` `/${lang}/` ``, `"/{lang}/"`). `paths.ts` is the one place that
 * builds the bare page paths `resolve()` is given.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BUILDS_PATHS = new Set(['src/lib/decision/paths.ts']);

const PATTERNS: { name: string; pattern: RegExp }[] = [
	{ name: 'a root-relative attribute', pattern: /\b(?:href|after)\s*=\s*["'`]\/(?!\/)/ },
	{ name: 'a root-relative attribute expression', pattern: /\b(?:href|after)\s*=\s*\{\s*["'`]\/(?!\/)/ },
	{ name: 'a root-relative navigation', pattern: /\bgoto\(\s*["'`]\/(?!\/)/ },
	{ name: 'a hand-built language path', pattern: /["'`]\/\$?\{/ },
	{ name: 'an origin joined to a hand-built path', pattern: /origin\}\/|origin\s*\+\s*["'`]\// }
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : sourceFiles(path);
		return /\.(ts|svelte|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Comments may name a path (`/{lang}/`); blanked out line for line, so line numbers still match. */
function withoutComments(text: string): string {
	const blank = (comment: string) => comment.replace(/[^\n]/g, ' ');
	return text.replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\/|(?<![:"'`])\/\/[^\n]*/g, blank);
}

function findings(): string[] {
	const found: string[] = [];
	for (const path of sourceFiles(join(ROOT, 'src'))) {
		const name = relative(ROOT, path);
		if (BUILDS_PATHS.has(name)) continue;
		withoutComments(readFileSync(path, 'utf8'))
			.split('\n')
			.forEach((line, i) => {
				for (const { name: what, pattern } of PATTERNS) if (pattern.test(line)) found.push(`${name}:${i + 1}: ${what}: ${line.trim()}`);
			});
	}
	return found;
}

describe('internal links', () => {
	it('are built with resolve(), never hard-coded root-relative', () => {
		expect(findings()).toEqual([]);
	});

	it('the scan catches the hand-written forms', () => {
		const samples = ['<a href="/{lang}/about/">', '<a href={`/${lang}/`}>', "goto(`/${lang}/situation/`)", 'after="/{lang}/"', 'const home = `${target.origin}/${patient}/`;'];
		for (const sample of samples) expect(PATTERNS.some(({ pattern }) => pattern.test(sample)), sample).toBe(true);
		for (const fine of ['<a href="#main">', '<use href="#{uid}-row" />', '<a href={pageHref(lang)}>', '<a href="https://example.org/">', '<a href="//cdn.example">'])
			expect(PATTERNS.some(({ pattern }) => pattern.test(fine)), fine).toBe(false);
	});
});
