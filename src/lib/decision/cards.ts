/**
 * The cards of the Together deck (DESIGN.md §2): one per patient question, then what each option
 * involves and what matters to the person. The ids are public: `data-card` and `#card=` use them.
 */
export const CARD_IDS = ['pain-soon', 'pain-later', 'harms', 'fractures', 'posture', 'cost', 'involves', 'values'] as const;
export type CardId = (typeof CARD_IDS)[number];

export function isCardId(value: unknown): value is CardId {
	return (CARD_IDS as readonly unknown[]).includes(value);
}
