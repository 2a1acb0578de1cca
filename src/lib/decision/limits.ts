/**
 * How much a person can type, stated once: the interface counts against these limits and stops at
 * them, and storage trims saved answers to the same limits instead of throwing a list away.
 * Lengths are in UTF-16 code units, as the browser's `maxlength` counts them.
 */
export const LIMITS = {
	/** Questions a person writes themselves. */
	ownQuestions: 40,
	/** Length of one own question. */
	questionLength: 300,
	/** Length of the notes on the summary. */
	notesLength: 2000,
	/** Suggested questions picked (ids of suggestions; there are far fewer). */
	pickedQuestions: 40,
	/** Length of an id the app writes itself (suggestion, knowledge question or answer). */
	idLength: 60
} as const;

/** The text cut to `max`, never leaving half of a character that takes two code units. */
export function clipText(text: string, max: number): string {
	if (text.length <= max) return text;
	const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
	return text.slice(0, end);
}

/** The first `count` strings of a list, each clipped to `length`. */
export function clipList(list: readonly string[], count: number, length: number): string[] {
	return list.slice(0, count).map((item) => clipText(item, length));
}

export function charactersLeft(text: string, max: number): number {
	return Math.max(0, max - text.length);
}
