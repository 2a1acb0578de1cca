import questions from '../../../content/knowledge.json';
import { evidence } from '$lib/evidence';
import type { FigureEstimate } from '$lib/evidence/types';

/**
 * The knowledge check (content/knowledge.json). Each question's feedback quotes one figure from
 * the evidence files, so the check teaches the same numbers the outcomes page shows.
 */
export interface KnowledgeQuestion {
	id: string;
	choices: string[];
	correct: string;
	/** Estimate id quoted in the feedback, or null when the fact is a statement (e.g. "never tested"). */
	fact: string | null;
}

export const KNOWLEDGE: readonly KnowledgeQuestion[] = questions;

export function factFor(question: KnowledgeQuestion): FigureEstimate | null {
	const estimate = evidence.estimates.find((e) => e.id === question.fact);
	return estimate?.status === 'figure' ? estimate : null;
}

/** Questions must point at real figures and have their right answer among the choices. */
export function knowledgeProblems(list: readonly KnowledgeQuestion[] = KNOWLEDGE): string[] {
	const problems: string[] = [];
	for (const q of list) {
		if (!q.choices.includes(q.correct)) problems.push(`content/knowledge.json › ${q.id} › correct: "${q.correct}" is not one of the choices`);
		if (q.fact !== null && !factFor(q)) problems.push(`content/knowledge.json › ${q.id} › fact: no displayable figure "${q.fact}"`);
	}
	return problems;
}
