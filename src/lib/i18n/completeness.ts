/**
 * Whether a language's text matches English: every key (plural forms per that language's CLDR
 * categories), no key English lacks, the same {{placeholders}}, no empty text and no digits
 * outside placeholders (numbers come from content, never from a translation). Pure: the caller
 * reads the files. Used by the build (vite plugin) and the unit tests.
 */
export type Tree = { [key: string]: string | Tree };

export interface LocaleProblem {
	lang: string;
	namespace: string;
	key: string;
	message: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Names that contain digits but are not figures (questionnaire names). */
const NAMES_WITH_DIGITS = /SF-36/g;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const digitsOutsidePlaceholders = (text: string): boolean =>
	/\p{Nd}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(NAMES_WITH_DIGITS, ''));

const categoriesOf = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

/** Problems with English itself: digits in the text. */
export function englishProblems(namespace: string, english: Tree): LocaleProblem[] {
	return [...flatten(english)]
		.filter(([, text]) => digitsOutsidePlaceholders(text))
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
		if (digitsOutsidePlaceholders(text)) add(key, 'has a digit outside {{placeholders}}');
	}
	return problems;
}

export function formatLocaleProblem(p: LocaleProblem): string {
	return `content/locales/${p.lang}/${p.namespace}.json › ${p.key}: ${p.message}`;
}
