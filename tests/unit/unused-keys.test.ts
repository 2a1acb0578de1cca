import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evidence } from '../../src/lib/evidence';
import { keysUsed } from '../../src/lib/evidence/i18n-keys';
import { NAMESPACES } from '../../src/lib/i18n/locales';
import { flatten, type Tree } from '../../src/lib/i18n/tree';

/**
 * Every English key is used by some code or content, so translators never maintain a dead string.
 * Found in `src/`: string literals that are keys (`t('summary.title')`, `'glossary:term.vertebroplasty'` in a
 * list), and keys built in a template or an attribute (`` t(`values.items.${item}.label`) ``,
 * `key="grid.questions.{question}"`), each `${…}`/`{…}` standing for one key segment. A key written
 * without a namespace counts for every namespace (code hands evidence keys around bare). Keys the
 * content relies on come from `i18n-keys.ts`. Keys reached in any other way are declared below, once
 * per family, with the reason.
 */
const FAMILIES: { namespace: string; pattern: RegExp; why: string }[] = [
	{
		namespace: 'root',
		pattern: /^(root\.(title|intro)|notFound\.(title|body|chooseLanguage))$/,
		why: 'read as object fields (`RootText` in src/routes/root-text.ts) by `/` and the error page, not through t()'
	},
	{ namespace: 'common', pattern: /^values\.levels\.\d$/, why: 'one per rating level 0–VALUE_MAX (the digit is the level)' }
];

/**
 * Unused today, in pages that are being finished as this is written (the outcomes page, Together, the
 * printed summary): their owners use or delete them. Exact keys, so no new unused key can hide here;
 * take a key off this list when it is used or deleted.
 */
const PENDING = new Set([
	'common:together.intro',
	'common:summary.valueLine',
	'common:outcomesPage.questions.pain',
	'common:outcomesPage.questions.harms',
	'common:outcomesPage.questions.fractures',
	'common:outcomesPage.questions.posture',
	'common:outcomesPage.questions.cost',
	'common:outcomesPage.moreStudies_one',
	'common:outcomesPage.moreStudies_other',
	'common:outcomesPage.meansHeading',
	'common:outcomesPage.meansIntro',
	'common:outcomesPage.noCosts',
	'common:outcomesPage.gapLine',
	'evidence:questionsUi.noMoreStudies',
	'evidence:questionsUi.mixedStudies',
	'evidence:differenceChart.zero'
]);

const ROOT = join(import.meta.dirname, '..', '..');
const PLURAL_OR_CONTEXT = /_(zero|one|two|few|many|other|at|within)$/;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$|test-support\.ts$/.test(entry.name) ? [path] : [];
	});
}

const SEGMENT = '[\\w-]+';
const escape = (text: string) => text.replace(/[.*+?^()|[\]\\]/g, '\\$&');

/** What `src/` uses: exact `namespace:key`s (`*:` when written bare) and patterns for built keys. */
function codeUses(): { exact: Set<string>; built: RegExp[] } {
	const exact = new Set<string>();
	const built: RegExp[] = [];
	const add = (literal: string) => {
		const [namespace, key] = /^[\w-]+:/.test(literal) ? [literal.slice(0, literal.indexOf(':')), literal.slice(literal.indexOf(':') + 1)] : ['*', literal];
		exact.add(`${namespace}:${key}`);
	};
	const addBuilt = (template: string, hole: RegExp) => {
		const parts = template.split(hole);
		// A template that starts with a hole (`${field}.mean`) names no family.
		if (parts.length < 2 || !/^(?:[\w-]+:)?[\w-]+(?:\.[\w-]+)*[.:]$/.test(parts[0])) return;
		const body = parts.map(escape).join(SEGMENT);
		const namespaced = /^[\w-]+:/.test(template);
		built.push(new RegExp(`^${namespaced ? '' : '[\\w-]+:'}${body}$`));
	};
	for (const file of sourceFiles(join(ROOT, 'src'))) {
		const code = readFileSync(file, 'utf8');
		for (const [, literal] of code.matchAll(/['"`]((?:[\w-]+:)?[\w-]+(?:\.[\w-]+)*)['"`]/g)) add(literal);
		for (const [, template] of code.matchAll(/`((?:[\w-]+:)?[\w.-]*\$\{[^`]*)`/g)) addBuilt(template, /\$\{[^}]*\}/);
		for (const [, template] of code.matchAll(/\bkey="((?:[\w-]+:)?[\w.-]*\{[^"]*)"/g)) addBuilt(template, /\{[^}]*\}/);
	}
	return { exact, built };
}

function unusedKeys(): string[] {
	const { exact, built } = codeUses();
	for (const { key } of keysUsed(evidence)) exact.add(`evidence:${key}`);
	const used = (namespace: string, key: string) =>
		exact.has(`${namespace}:${key}`) ||
		exact.has(`*:${key}`) ||
		built.some((pattern) => pattern.test(`${namespace}:${key}`)) ||
		FAMILIES.some((f) => f.namespace === namespace && f.pattern.test(key));
	const unused: string[] = [];
	for (const namespace of NAMESPACES) {
		const english = JSON.parse(readFileSync(join(ROOT, 'content', 'locales', 'en', `${namespace}.json`), 'utf8')) as Tree;
		for (const key of flatten(english).keys()) {
			const base = key.replace(PLURAL_OR_CONTEXT, '');
			if (![key, base, base.replace(PLURAL_OR_CONTEXT, '')].some((k) => used(namespace, k))) unused.push(`${namespace}:${key}`);
		}
	}
	return unused;
}

describe('translation keys', () => {
	it('are all used by some code or content', () => {
		expect(unusedKeys().filter((key) => !PENDING.has(key))).toEqual([]);
	});

	it('lists as pending only keys that are still unused', () => {
		const unused = new Set(unusedKeys());
		expect([...PENDING].filter((key) => !unused.has(key))).toEqual([]);
	});

	it('finds the code that uses them (the scan is not empty)', () => {
		const { exact, built } = codeUses();
		expect(exact.size).toBeGreaterThan(200);
		expect(exact).toContain('*:summary.title');
		expect(exact).toContain('charts:legend.extraBetter');
		expect(built.some((pattern) => pattern.test('common:values.items.cost.label'))).toBe(true);
		expect(built.some((pattern) => pattern.test('common:grid.questions.cost'))).toBe(true);
		expect(built.some((pattern) => pattern.test('common:values.items.cost.unknown'))).toBe(false);
	});
});
