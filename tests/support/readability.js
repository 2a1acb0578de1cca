// Reading grade (Flesch–Kincaid) of the English text a patient reads on each page, from the
// locale files themselves. Placeholders are filled with typical words so sentences read whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { PLACEHOLDER, flatten } from '../../src/lib/i18n/tree.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'content', 'locales', 'en');

/** Which parts of the text each page shows (namespace:key prefix), for every page of `PAGES` (`start` is `''`). */
const PAGE_TEXT = {
	start: ['common:start', 'common:options'],
	situation: ['common:safety', 'common:situation'],
	options: ['common:optionsPage', 'common:grid'],
	outcomes: [
		'common:outcomes',
		'common:outcomesPage',
		'common:provenance',
		'evidence:outcomes',
		'evidence:notes',
		'evidence:disagreement',
		'evidence:certainty',
		'evidence:borrowed',
		'charts:legend',
		'charts:iconArray'
	],
	values: ['common:values'],
	check: ['common:check', 'common:knowledge', 'common:sure', 'common:questions'],
	summary: ['common:summary', 'common:clear'],
	together: ['common:together', 'common:bilingual'],
	about: ['common:about']
};

/** Typical values for placeholders, so "{{count}} out of {{of}} people" reads as a sentence. */
const FILL = { count: 'ten', of: 'a hundred', arm: 'vertebroplasty', time: 'two weeks', reference: 'conservative care' };

/** @param {string} ns @param {string} prefix */
function textsFor(ns, prefix) {
	/** @type {Record<string, unknown>} */
	const tree = JSON.parse(readFileSync(join(ROOT, `${ns}.json`), 'utf8'));
	let node = /** @type {unknown} */ (tree);
	for (const part of prefix.split('.')) node = node && typeof node === 'object' ? /** @type {Record<string, unknown>} */ (node)[part] : undefined;
	const texts = typeof node === 'string' ? [node] : node && typeof node === 'object' ? [...flatten(/** @type {import('../../src/lib/i18n/tree.ts').Tree} */ (node)).values()] : [];
	return texts.map((s) =>
		s.replace(PLACEHOLDER, (_, name) => /** @type {Record<string, string>} */ (FILL)[name] ?? 'this')
	);
}

/** @param {string[]} texts */
export function gradeOf(texts) {
	let sentence = 0;
	let word = 0;
	let syllables = 0;
	for (const text of texts) {
		const sentences = text.split(/[.!?:;]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s));
		sentence += Math.max(1, sentences.length);
		for (const w of text.match(/[\p{L}'’-]+/gu) ?? []) {
			word += 1;
			syllables += syllable(w);
		}
	}
	return word === 0 ? 0 : fleschKincaid({ sentence, word, syllable: syllables });
}

/** @returns {Record<string, number>} grade per page, one decimal */
export function gradesByPage() {
	return Object.fromEntries(
		Object.entries(PAGE_TEXT).map(([page, parts]) => {
			const texts = parts.flatMap((part) => {
				const [ns, prefix] = part.split(':');
				return textsFor(ns, prefix);
			});
			return [page, Math.round(gradeOf(texts) * 10) / 10];
		})
	);
}
