import type { AgeAnswer, CauseAnswer, OptionId, Situation } from '$lib/evidence/types';

/** Everything a person answers. Stored under `sfc:v1`; every field is typed and validated on load. */

export const CAUSE_ANSWERS: readonly CauseAnswer[] = ['osteoporotic', 'cancer', 'unsure'];
export const AGE_ANSWERS: readonly AgeAnswer[] = ['acute', 'chronic', 'unsure'];

export const SAFETY_ITEMS = ['legWeakness', 'bladderBowel', 'fever', 'highEnergy'] as const;
export type SafetyItem = (typeof SAFETY_ITEMS)[number];

/** What may matter to a person; rated 0 (not at all) to 4 (very much). */
export const VALUE_ITEMS = ['fastRelief', 'avoidProcedure', 'avoidRareHarm', 'cost', 'posture', 'hospitalTime'] as const;
export type ValueItem = (typeof VALUE_ITEMS)[number];
export const VALUE_MAX = 4;

/** The SURE test (Légaré et al.): four yes/no items; 4 of 4 "yes" means no decisional conflict. */
export const SURE_ITEMS = ['sure', 'understand', 'risksBenefits', 'support'] as const;
export type SureItem = (typeof SURE_ITEMS)[number];

export type Mode = 'home' | 'together';
type Leaning = OptionId | 'unsure';

export interface Answers {
	situation: Situation;
	mode: Mode;
	safety: { answers: Record<SafetyItem, boolean | null>; continuedAnyway: boolean };
	values: Record<ValueItem, number | null>;
	leaning: Leaning | null;
	/** Knowledge question id → the answer id the person chose. */
	knowledge: Record<string, string>;
	sure: Record<SureItem, boolean | null>;
	questions: { picked: string[]; own: string[] };
	notes: string;
	/** Second language for the bilingual Together view. */
	second: string | null;
	/** The language last chosen, so `/` can send the person back to it. */
	language: string | null;
}

function record<K extends string, V>(keys: readonly K[], value: V): Record<K, V> {
	return Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>;
}

export function emptyAnswers(): Answers {
	return {
		situation: { cause: null, age: null },
		mode: 'home',
		safety: { answers: record(SAFETY_ITEMS, null), continuedAnyway: false },
		values: record(VALUE_ITEMS, null),
		leaning: null,
		knowledge: {},
		sure: record(SURE_ITEMS, null),
		questions: { picked: [], own: [] },
		notes: '',
		second: null,
		language: null
	};
}

export function safetyFlags(answers: Answers): SafetyItem[] {
	return SAFETY_ITEMS.filter((item) => answers.safety.answers[item] === true);
}


/**
 * Any "yes" on the safety screen stops tailoring until the person deliberately goes on
 * (DESIGN.md §1): the situation step hides its questions while this is true.
 */
export function safetyBlocks(answers: Answers): boolean {
	return safetyFlags(answers).length > 0 && !answers.safety.continuedAnyway;
}

/** The SURE verdict, once all four items are answered: 4 of 4 "yes" means no decisional conflict. */
type SureVerdict = 'incomplete' | 'allYes' | 'someNo';

export interface SureResult {
	yes: number;
	total: number;
	verdict: SureVerdict;
}

export function sureResult(answers: Answers): SureResult {
	const values = SURE_ITEMS.map((item) => answers.sure[item]);
	const yes = values.filter((v) => v === true).length;
	const answered = values.filter((v) => v !== null).length;
	const total = SURE_ITEMS.length;
	const verdict: SureVerdict = answered < total ? 'incomplete' : yes === total ? 'allYes' : 'someNo';
	return { yes, total, verdict };
}

/** The value items the person rated, in the fixed order; unrated ones are left out of the summary. */
export function ratedValues(answers: Answers): ValueItem[] {
	return VALUE_ITEMS.filter((item) => answers.values[item] !== null);
}

/** Every value item, most important first; unrated ones last, each group in the fixed order. */
export function byImportance(answers: Answers): ValueItem[] {
	return [...VALUE_ITEMS].sort((a, b) => (answers.values[b] ?? -1) - (answers.values[a] ?? -1));
}

/** The translation key that names the person's leaning (or says there is none yet). */
export function leaningKey(leaning: Answers['leaning']): string {
	if (leaning === null) return 'summary.noLeaning';
	if (leaning === 'unsure') return 'values.leaningUnsure';
	return `glossary:armTitle.${leaning}`;
}
