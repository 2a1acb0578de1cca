/**
 * What the outcomes step draws for a situation, from the selectors' answers (`selectQuestions`,
 * `selectEvidence`): per question the evidence shown by default, the deck's columns, what every
 * figure of the answer shares (said once), the legend, and whether this question says "different
 * studies, different people" (once per page: on a phone six copies cost a screen). Pure: no DOM,
 * no translation. It sits beside `deck/deckModel.ts`, whose card model it reuses.
 */
import { SITUATION_KEYS, selectQuestions, type QuestionEvidence, type RankedItem, type SituationKey } from '$lib/evidence/questions';
import { selectEvidence } from '$lib/evidence/select';
import type { ArmId, Guideline, Outcome, Situation, Stratum } from '$lib/evidence/types';
import { cardModel, type CardModel } from './deck/deckModel';

export interface AnswerNotes {
	/** The outcome every figure counts, when all columns share it. */
	sharedOutcome: string | null;
	/** The group every figure applies to, when all columns share it. */
	sharedGroups: Stratum[] | null;
	/** The icon legend, when any array draws a comparator's baseline. */
	legend: { direction: Outcome['direction']; reference: ArmId | undefined } | null;
}

interface OutcomeQuestion extends QuestionEvidence, AnswerNotes {
	/** Shown by default, in rank order (every sham-controlled trial among them). */
	shown: RankedItem[];
	model: CardModel;
	/** Say "different studies, different people" here: the first question whose columns mix studies. */
	mixedNote: boolean;
}

export interface OutcomesModel {
	/** Which "not sure" notice opens the page, if any. */
	unsure: 'both' | 'cause' | 'age' | null;
	questions: OutcomeQuestion[];
	guidelines: Guideline[];
}

/** What every figure on the answer counts, and the group, said once when all columns share it (as on the deck card). */
export function answerNotes(model: CardModel): AnswerNotes {
	const figures = model.columns.flatMap((c) => (c.kind === 'figure' ? [c] : []));
	const outcomes = new Set(figures.map((c) => c.outcome.id));
	const groups = new Set(figures.map((c) => c.estimate.strata.join(',')));
	const baselines = figures.filter((c) => c.baseline !== undefined);
	const references = [...new Set(baselines.map((c) => c.comparator?.arm))];
	return {
		sharedOutcome: outcomes.size === 1 ? figures[0].outcome.id : null,
		sharedGroups: groups.size === 1 ? figures[0].estimate.strata : null,
		legend: baselines.length > 0 ? { direction: figures[0].outcome.direction, reference: references.length === 1 ? references[0] : undefined } : null
	};
}

export function outcomesModel(situation: Situation): OutcomesModel {
	const selected = selectEvidence(situation);
	const models = selectQuestions(situation).map((q) => ({ q, model: cardModel(q) }));
	const firstMixed = models.findIndex(({ model }) => model.mixedStudies);
	const questions = models.map(({ q, model }, i) => ({
		...q,
		shown: q.items.filter((item) => item.visible),
		model,
		...answerNotes(model),
		mixedNote: i === firstMixed
	}));
	// "You said you are not sure…": only for what the person said. Unanswered also shows every
	// situation's figures, and the situation line above already says "not answered".
	const saidCause = selected.unsureCause && situation.cause === 'unsure';
	const saidAge = selected.unsureAge && situation.age === 'unsure';
	const unsure = saidCause && saidAge ? 'both' : saidCause ? 'cause' : saidAge ? 'age' : null;
	return { unsure, questions, guidelines: selected.guidelines };
}

/** The situation a `SituationKey` names ("cancer-unsure" → cancer, not sure): the no-JavaScript pages' paths. */
export function situationOfKey(key: SituationKey): Situation {
	const [cause, age] = key.split('-') as [Situation['cause'], Situation['age']];
	return { cause, age };
}

export function isSituationKey(value: string): value is SituationKey {
	return (SITUATION_KEYS as readonly string[]).includes(value);
}
