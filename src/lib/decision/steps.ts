/** The At-home journey, in order (DESIGN.md §2). Each is a route under `/{lang}/`. */
export const STEPS = ['situation', 'options', 'outcomes', 'values', 'check', 'summary'] as const;
export type Step = (typeof STEPS)[number];
/** Every page under `/{lang}/` (`''` is the start page): what the tests and the bench walk. */
export const PAGES = ['', ...STEPS, 'together', 'about'] as const;

export function neighbours(step: Step): { previous: Step | null; next: Step | null } {
	const i = STEPS.indexOf(step);
	return { previous: i > 0 ? STEPS[i - 1] : null, next: i < STEPS.length - 1 ? STEPS[i + 1] : null };
}
