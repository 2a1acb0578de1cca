/**
 * What the printed summary shows of the evidence: the same answers as the Together deck
 * (`selectQuestions` decides which figure answers each question; this file ranks nothing), plus,
 * for each option's column, the study behind it, so the paper can name its design, how sure we
 * are and whether a device maker paid for it.
 */
import { selectQuestions, type QuestionBundle, type QuestionEvidence, type RankedItem } from './questions.ts';
import { OPTIONS, type Certainty, type Design, type OptionId, type Situation } from './types.ts';

interface PrintedColumn {
	option: OptionId;
	/** The ranked study behind the column; absent for a stated gap. */
	study?: RankedItem;
	design?: Design;
	certainty?: Certainty;
}

export interface PrintedQuestion {
	evidence: QuestionEvidence;
	columns: Record<OptionId, PrintedColumn>;
}

/** The ranked item a column was taken from: the same object, or the same study row for a figure. */
function studyBehind(evidence: QuestionEvidence, option: OptionId): RankedItem | undefined {
	const answer = evidence.columns[option];
	if (answer.kind === 'gap') return undefined;
	if (answer.kind === 'evidence') return evidence.items.find((r) => r.item === answer.item);
	return evidence.items.find(
		(r) => r.item.kind === 'figures' && r.item.row.comparison === answer.row.comparison && r.item.outcome.id === answer.outcome.id
	);
}

function certaintyOf(evidence: QuestionEvidence, option: OptionId): Certainty | undefined {
	const answer = evidence.columns[option];
	if (answer.kind === 'figure') {
		const own = answer.row.arms[option];
		return own?.status === 'figure' ? own.certainty : undefined;
	}
	if (answer.kind === 'evidence') {
		const item = answer.item;
		return item.kind === 'mean' || item.kind === 'difference' ? item.result.certainty : undefined;
	}
	return undefined;
}

/** Every question for the situation, in the deck's order, with the study behind each option's answer. */
export function printedQuestions(situation: Situation, bundle?: QuestionBundle): PrintedQuestion[] {
	return selectQuestions(situation, bundle).map((evidence) => {
		const columns = Object.fromEntries(
			OPTIONS.map((option) => {
				const study = studyBehind(evidence, option);
				const certainty = certaintyOf(evidence, option);
				return [option, { option, ...(study ? { study, design: study.design } : {}), ...(certainty ? { certainty } : {}) }];
			})
		) as Record<OptionId, PrintedColumn>;
		return { evidence, columns };
	});
}
