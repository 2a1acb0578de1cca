/**
 * A translated sentence sometimes holds a piece of markup (a bold value, a name in English). The
 * component passes `SLOT` as that placeholder's value, and `Slotted.svelte` puts the markup where
 * the translation placed it, so word order and punctuation stay in the translation.
 */
export const SLOT = '\u0000';

/** The text before and after the slot; `after` is null when the translation has no slot. */
export function splitAtSlot(text: string): { before: string; after: string | null } {
	const at = text.indexOf(SLOT);
	return at < 0 ? { before: text, after: null } : { before: text.slice(0, at), after: text.slice(at + SLOT.length) };
}
