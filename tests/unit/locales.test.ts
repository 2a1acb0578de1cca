import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/lib/i18n/locales';
import { NAMESPACES } from '../../src/lib/i18n/translator';

/**
 * Every locale has every English key (plural forms per that language's CLDR categories), no key
 * English lacks, the same {{placeholders}}, and no digits outside placeholders: numbers come from
 * content, never from a translation.
 */
const ROOT = join(import.meta.dirname, '..', '..', 'content', 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

function load(lang: string, ns: string): Map<string, string> {
	const file = join(ROOT, lang, `${ns}.json`);
	return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree) : new Map();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** Names that contain digits but are not figures (questionnaire names). */
const NAMES_WITH_DIGITS = /SF-36/g;
/** Digits of any script, outside {{placeholders}} and names. */
const digitsOutsidePlaceholders = (text: string) =>
	/\p{Nd}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(NAMES_WITH_DIGITS, ''));

/** Base keys (plural suffix removed) with the plural categories each needs in a language. */
function expectedKeys(english: Map<string, string>, lang: string): Map<string, string> {
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	const expected = new Map<string, string>();
	for (const [key, value] of english) {
		const match = key.match(PLURAL_SUFFIX);
		if (!match) expected.set(key, value);
		else for (const category of categories) expected.set(key.replace(PLURAL_SUFFIX, `_${category}`), value);
	}
	return expected;
}

describe('locales', () => {
	it('has a folder for every supported language and no folder for an unlisted one', () => {
		const folders = readdirSync(ROOT).sort();
		expect(folders).toEqual(LOCALES.map((l) => l.code).sort());
	});

	for (const ns of NAMESPACES) {
		const english = load('en', ns);

		it(`en/${ns}: no digits outside placeholders`, () => {
			const offending = [...english].filter(([, v]) => digitsOutsidePlaceholders(v)).map(([k]) => k);
			expect(offending).toEqual([]);
		});

		for (const { code } of LOCALES.filter((l) => l.code !== 'en')) {
			describe(`${code}/${ns}`, () => {
				const translated = load(code, ns);
				const expected = expectedKeys(english, code);

				it('has every English key', () => {
					const hasPluralForms = (k: string) => [...translated.keys()].some((t) => t.replace(PLURAL_SUFFIX, '') === k);
					expect([...expected.keys()].filter((k) => !translated.has(k) && !hasPluralForms(k))).toEqual([]);
				});

				it('has no key that English lacks', () => {
					// A language may add plural forms to a sentence English needs only one form of.
					const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
					const isExtraPlural = (k: string) => {
						const match = k.match(PLURAL_SUFFIX);
						return match !== null && categories.includes(match[1]) && english.has(k.replace(PLURAL_SUFFIX, ''));
					};
					expect([...translated.keys()].filter((k) => !expected.has(k) && !isExtraPlural(k))).toEqual([]);
				});

				it('keeps the same placeholders', () => {
					const mismatched = [...expected]
						.filter(([k]) => translated.has(k))
						.filter(([k, v]) => placeholders(v).join() !== placeholders(translated.get(k)!).join())
						.map(([k]) => k);
					expect(mismatched).toEqual([]);
				});

				it('has no digits outside placeholders and no empty text', () => {
					const bad = [...translated].filter(([, v]) => v.trim() === '' || digitsOutsidePlaceholders(v)).map(([k]) => k);
					expect(bad).toEqual([]);
				});
			});
		}
	}
});
