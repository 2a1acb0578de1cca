import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';

/**
 * Every word a person reads comes from i18next: no component may hold a literal word in its
 * markup or in a user-facing attribute. Numbers in SVG are fine.
 *
 * Nor may a component glue punctuation between translated pieces (`{a}: {b}.`, `({year})`, ` · `):
 * each language punctuates in its own way (Chinese ：。（）, French a space before the colon), so a
 * sentence built from pieces is one translation with {{placeholders}}. Marks hidden from everyone
 * (`aria-hidden`, e.g. a dash drawn for "no figure" with its words beside it) are decoration.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription']);
const hasWord = (text: string) => /\p{L}/u.test(text);
const hasPunctuation = (text: string) => /\p{P}/u.test(text);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return path.endsWith('.svelte') ? [path] : [];
	});
}

interface Node {
	type: string;
	data?: string;
	name?: string;
	value?: unknown;
	[key: string]: unknown;
}

function isAriaHidden(n: Node): boolean {
	const attributes = (n.attributes as Node[] | undefined) ?? [];
	return attributes.some(
		(a) => a.type === 'Attribute' && a.name === 'aria-hidden' && Array.isArray(a.value) && (a.value as Node[]).some((v) => v.data === 'true')
	);
}

/** A string literal written as an expression in markup, such as `{' '}` or `{': '}`. */
function literalExpression(n: Node): string | null {
	const expression = n.expression as Node | undefined;
	if (n.type !== 'ExpressionTag' || !expression) return null;
	if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
	if (expression.type === 'TemplateLiteral' && (expression.expressions as unknown[]).length === 0)
		return ((expression.quasis as Node[])[0].value as { cooked: string }).cooked;
	return null;
}

interface Found {
	words: string[];
	punctuation: string[];
}

function literals(node: unknown, found: Found, hidden = false): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		for (const child of node) literals(child, found, hidden);
		return;
	}
	const n = node as Node;
	if (n.type === 'Text' && typeof n.data === 'string') {
		if (hasWord(n.data)) found.words.push(n.data.trim());
		else if (!hidden && hasPunctuation(n.data)) found.punctuation.push(n.data.trim());
	}
	const literal = literalExpression(n);
	if (literal !== null && !hidden && (hasWord(literal) || hasPunctuation(literal))) found.punctuation.push(`{'${literal}'}`);
	if (n.type === 'Attribute') {
		// Only attributes a person reads or hears count; class names and URLs are not text.
		if (n.name && USER_FACING_ATTRIBUTES.has(n.name) && Array.isArray(n.value))
			for (const part of n.value as Node[])
				if (part.type === 'Text' && (hasWord(part.data ?? '') || hasPunctuation(part.data ?? ''))) found.words.push(`${n.name}="${part.data}"`);
		return;
	}
	// <style> and <script> contents, and expressions, are code.
	if (n.type === 'StyleSheet' || n.type === 'Script') return;
	const inHidden = hidden || isAriaHidden(n);
	for (const [key, value] of Object.entries(n)) if (key !== 'expression' && key !== 'metadata' && key !== 'attributes') literals(value, found, inHidden);
}

function scan(source: string): Found {
	const found: Found = { words: [], punctuation: [] };
	literals(parse(source, { modern: true }).fragment, found);
	return found;
}

describe('the check itself', () => {
	it('finds glued punctuation, and leaves one translation with placeholders alone', () => {
		expect(scan("<p>{t('a')}: {t('b')}.</p>").punctuation).toEqual([':', '.']);
		expect(scan("<title>{t('a')} · {t('b')}</title>").punctuation).toEqual(['·']);
		expect(scan("<li>({year}){' '}{t('b')}</li>").punctuation).toEqual(['(', ')']);
		expect(scan("<p>{t('b')}{': '}</p>").punctuation).toEqual(["{': '}"]);
		expect(scan("<p>{t('line', { a: t('a'), b: t('b') })}</p>")).toEqual({ words: [], punctuation: [] });
		expect(scan('<span aria-hidden="true">—</span>').punctuation).toEqual([]);
		expect(scan('<p>Hello</p>').words).toEqual(['Hello']);
	});
});

describe('components hold no literal user-visible text', () => {
	for (const file of svelteFiles(SRC)) {
		it(relative(SRC, file), () => {
			const found = scan(readFileSync(file, 'utf8'));
			expect(found.words, 'literal words').toEqual([]);
			expect(found.punctuation, 'punctuation glued between translated pieces').toEqual([]);
		});
	}
});
