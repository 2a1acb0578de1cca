/**
 * Where two translated pieces sit side by side (a bold label and its value, one sentence after
 * another), the space between them belongs to the script: Chinese full-width punctuation (。，：？）)
 * already carries its own space, so nothing goes after it; every other script takes one space.
 */
const FULL_WIDTH_END = /[\u3000-\u303f\uff00-\uffef]$/u;

export function spaceAfter(text: string): string {
	return FULL_WIDTH_END.test(text) ? '' : ' ';
}

/** Sentences (each a whole translation) run together as one paragraph. */
export function joinSentences(sentences: readonly string[]): string {
	return sentences.filter(Boolean).reduce((text, next) => (text ? text + spaceAfter(text) + next : next), '');
}
