import { flatten, hasDigit, placeholders, type Tree } from './tree.ts';

/**
 * Whether a language's text matches English: every key (plural forms per that language's CLDR
 * categories), no key English lacks, the same {{placeholders}}, no empty text and no digits
 * outside placeholders (numbers come from content, never from a translation). Pure: the caller
 * reads the files. Used by the build (vite plugin) and the unit tests.
 */
export interface LocaleProblem {
	lang: string;
	/** Empty when the language's whole folder is the problem. */
	namespace: string;
	/** Empty when the whole file is the problem. */
	key: string;
	message: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const categoriesOf = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

/** Problems with English itself: digits in the text. */
export function englishProblems(namespace: string, english: Tree): LocaleProblem[] {
	return [...flatten(english)]
		.filter(([, text]) => hasDigit(text))
		.map(([key]) => ({ lang: 'en', namespace, key, message: 'has a digit outside {{placeholders}}' }));
}

export function localeProblems(lang: string, namespace: string, english: Tree, translated: Tree): LocaleProblem[] {
	const en = flatten(english);
	const tr = flatten(translated);
	const categories = categoriesOf(lang);
	const problems: LocaleProblem[] = [];
	const add = (key: string, message: string) => problems.push({ lang, namespace, key, message });
	const base = (key: string) => key.replace(PLURAL_SUFFIX, '');
	const translatedBases = new Set([...tr.keys()].map(base));

	// Each English key, with plural keys expanded to this language's categories (once per sentence).
	const expected = new Map<string, { text: string; plural: boolean }>();
	for (const [key, text] of en) {
		if (!PLURAL_SUFFIX.test(key)) expected.set(key, { text, plural: false });
		else for (const c of categories) expected.set(key.replace(PLURAL_SUFFIX, `_${c}`), { text, plural: true });
	}
	for (const [key, { text, plural }] of expected) {
		// A language may give plural forms to a sentence English has one form of.
		if (!tr.has(key) && !(!plural && translatedBases.has(key))) add(key, 'is missing');
		else if (tr.has(key) && placeholders(text).join() !== placeholders(tr.get(key)!).join())
			add(key, `has placeholders {${placeholders(tr.get(key)!).join(', ')}} but English has {${placeholders(text).join(', ')}}`);
	}
	for (const [key, text] of tr) {
		const match = key.match(PLURAL_SUFFIX);
		const known = en.has(key) || (match !== null && categories.includes(match[1]) && (en.has(base(key)) || [...en.keys()].some((k) => base(k) === base(key))));
		if (!known) add(key, 'is not in English (a stale or misspelt key)');
		if (text.trim() === '') add(key, 'is empty');
		if (hasDigit(text)) add(key, 'has a digit outside {{placeholders}}');
	}
	return problems;
}

/** One line naming the folder, file or key: `content/locales/ar/common.json › notice.dismiss: is missing`. */
export function formatLocaleProblem(p: LocaleProblem): string {
	const where = `content/locales/${p.lang}/${p.namespace ? `${p.namespace}.json` : ''}`;
	return p.key ? `${where} › ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}
