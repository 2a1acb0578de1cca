import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';

/**
 * Every word a person reads comes from i18next: no component may hold a literal word in its
 * markup or in a user-facing attribute. Symbols (·, —, arrows) and numbers in SVG are fine.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription']);
/** The product name and the language names are shown untranslated on purpose (root and 404 pages). */
const ALLOWED = new Set(['Spine Fracture Choice']);
const hasWord = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

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

function literals(node: unknown, found: string[]): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		for (const child of node) literals(child, found);
		return;
	}
	const n = node as Node;
	if (n.type === 'Text' && typeof n.data === 'string' && hasWord(n.data)) found.push(n.data.trim());
	if (n.type === 'Attribute') {
		// Only attributes a person reads or hears count; class names and URLs are not text.
		if (n.name && USER_FACING_ATTRIBUTES.has(n.name) && Array.isArray(n.value))
			for (const part of n.value as Node[]) if (part.type === 'Text' && hasWord(part.data ?? '')) found.push(`${n.name}="${part.data}"`);
		return;
	}
	// <style> and <script> contents, and expressions, are code.
	if (n.type === 'StyleSheet' || n.type === 'Script') return;
	for (const [key, value] of Object.entries(n)) if (key !== 'expression' && key !== 'metadata') literals(value, found);
}

describe('components hold no literal user-visible text', () => {
	for (const file of svelteFiles(SRC)) {
		it(relative(SRC, file), () => {
			const ast = parse(readFileSync(file, 'utf8'), { modern: true });
			const found: string[] = [];
			literals(ast.fragment, found);
			expect(found).toEqual([]);
		});
	}
});
