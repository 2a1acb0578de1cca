import type { CauseAnswer, OptionId } from '$lib/evidence/types';

/**
 * Words, not only numbers, tailored to the cause the person gave: which option-grid answer to read
 * and whether the option cards add what differs for cancer. Only the cells that differ have a
 * cancer text (`grid.cancerAnswers`); the rest are the same for every cause.
 */
export const GRID_QUESTIONS = ['painEase', 'whatHappens', 'goWrong', 'straighter', 'recovery', 'newFractures', 'cost'] as const;
export type GridQuestion = (typeof GRID_QUESTIONS)[number];

const CANCER_GRID: ReadonlySet<GridQuestion> = new Set(['painEase', 'whatHappens', 'goWrong', 'newFractures']);

/** The i18n key (common namespace) of one option-grid cell for the person's cause. */
export function gridAnswerKey(question: GridQuestion, option: OptionId, cause: CauseAnswer | null): string {
	const variant = cause === 'cancer' && CANCER_GRID.has(question) ? 'cancerAnswers' : 'answers';
	return `grid.${variant}.${question}.${option}`;
}

/** The option cards say what differs for cancer unless the person said the cause is osteoporosis. */
export function showsCancerDetail(cause: CauseAnswer | null): boolean {
	return cause !== 'osteoporotic';
}
