/**
 * What a question card draws, from the selector's answer (`QuestionEvidence`): one denominator for
 * the whole card, and per option either an icon array with its comparator as the baseline, another
 * kind of evidence, or the stated gap. Pure: no DOM, no translation.
 */
import { selectQuestions, type OptionAnswer, type QuestionEvidence } from '$lib/evidence/questions';
import { OPTIONS, type ArmId, type FigureEstimate, type OptionId, type Outcome, type Situation } from '$lib/evidence/types';
import { scaleProportion, type Proportion } from '$lib/charts/denominator';
import type { Denominator } from '$lib/charts/iconLayout';

interface FigureColumn {
	kind: 'figure';
	option: OptionId;
	outcome: Outcome;
	estimate: FigureEstimate;
	/** The people affected, on the card's denominator. */
	count: number;
	/** What the icon array draws: count, denominator and range on the card's denominator. */
	drawn: Proportion;
	/** The study (comparison id) the figure comes from: its name is `evidence:comparisons.<id>.study`. */
	comparison: string;
	/** The comparator arm in the same study (e.g. sham), drawn as the array's baseline when it is lower. */
	comparator?: { arm: ArmId; estimate: FigureEstimate; count: number };
	/** The comparator's count on the card's denominator, when fewer people: the incremental array's baseline. */
	baseline?: number;
}

export type Column =
	| FigureColumn
	| { kind: 'evidence'; option: OptionId; answer: Extract<OptionAnswer, { kind: 'evidence' }> }
	| { kind: 'gap'; option: OptionId; notes: string[]; notApplicable: boolean };

export interface CardModel {
	/** The one denominator every array on the card is drawn on. */
	of: Denominator;
	columns: Column[];
	/** Figures on the card come from different studies: say so once, invite no subtraction. */
	mixedStudies: boolean;
}

function figureOf(answer: OptionAnswer, option: OptionId): FigureEstimate | null {
	if (answer.kind !== 'figure') return null;
	const estimate = answer.row.arms[option];
	return estimate?.status === 'figure' ? estimate : null;
}

/** 1000 when any figure on the card needs it (rare harms), else 100: never two denominators on a card. */
export function cardDenominator(evidence: QuestionEvidence): Denominator {
	const figures = OPTIONS.map((o) => figureOf(evidence.columns[o], o)).filter((f) => f !== null);
	return figures.some((f) => f.of === 1000 || scaleProportion(f, 100) === null) ? 1000 : 100;
}

/**
 * The deck's questions for a situation, selected once per situation: the evidence never changes
 * while the page is open, so switching back and forth between situations (the consultation's
 * "what if") redraws the visible card from answers already worked out. At most nine situations.
 */
const questionsBySituation = new Map<string, QuestionEvidence[]>();
export function deckQuestions(situation: Situation): QuestionEvidence[] {
	const key = `${situation.cause}|${situation.age}`;
	let questions = questionsBySituation.get(key);
	if (!questions) {
		questions = selectQuestions({ cause: situation.cause, age: situation.age });
		questionsBySituation.set(key, questions);
	}
	return questions;
}

/** One model per answer: the same answer (from `deckQuestions`) is never laid out twice. */
const models = new WeakMap<QuestionEvidence, CardModel>();
export function cardModel(evidence: QuestionEvidence): CardModel {
	let model = models.get(evidence);
	if (!model) {
		model = buildCardModel(evidence);
		models.set(evidence, model);
	}
	return model;
}

function buildCardModel(evidence: QuestionEvidence): CardModel {
	const of = cardDenominator(evidence);
	const columns = OPTIONS.map((option): Column => {
		const answer = evidence.columns[option];
		if (answer.kind === 'gap') return { kind: 'gap', option, notes: answer.notes, notApplicable: answer.notApplicable };
		if (answer.kind === 'evidence') return { kind: 'evidence', option, answer };
		const estimate = figureOf(answer, option);
		if (!estimate) return { kind: 'gap', option, notes: [], notApplicable: false };
		// cardDenominator picks a denominator every figure on the card reaches exactly.
		const own = scaleProportion(estimate, of) ?? estimate;
		const column: FigureColumn = {
			kind: 'figure',
			option,
			outcome: answer.outcome,
			estimate,
			count: own.count,
			drawn: { count: own.count, of: own.of, ...(own.range ? { range: own.range } : {}) },
			comparison: answer.row.comparison
		};
		const other = answer.comparator ? answer.row.arms[answer.comparator] : undefined;
		if (answer.comparator && other?.status === 'figure') {
			const drawn = scaleProportion(other, of);
			if (drawn) {
				column.comparator = { arm: answer.comparator, estimate: other, count: drawn.count };
				if (drawn.count < own.count) column.baseline = drawn.count;
			}
		}
		return column;
	});
	return { of, columns, mixedStudies: evidence.mixedStudies };
}

