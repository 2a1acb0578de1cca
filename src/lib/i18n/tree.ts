/**
 * The house rules for locale text, in one place: how a locale file's nested keys flatten to dotted
 * keys, what a {{placeholder}} is, and what counts as a digit (numbers come from content and reach a
 * text only through interpolation). Used by the build checks, the unit tests and the readability grade.
 */
export type Tree = { [key: string]: string | Tree };

/** `{{ name }}`, as i18next interpolates it. */
export const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Names that contain digits but are not figures (questionnaire names). */
const NAMES_WITH_DIGITS = /SF-36/g;

/** Every text of a locale tree by its dotted key (`notice.storage.corrupt`), in file order. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

/** The placeholder names of a text, sorted, so two languages' texts can be compared. */
export function placeholders(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

/** True when a digit of any script (`3`, `٣`) stands in the text outside its placeholders. */
export function hasDigit(text: string): boolean {
	return /\p{Nd}/u.test(text.replace(PLACEHOLDER, '').replace(NAMES_WITH_DIGITS, ''));
}
