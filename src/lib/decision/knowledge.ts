import questions from '../../../content/knowledge.json';
import estimates from '../../../content/evidence/estimates.json';
import type { CauseAnswer, Estimate, FigureEstimate } from '$lib/evidence/types';

/**
 * The knowledge check (content/knowledge.json). Each question's feedback quotes one figure from
 * the evidence files, so the check teaches the same numbers the outcomes page shows. Questions are
 * about the person's own situation (`causes`), and the right answer is not always the first choice.
 */
export interface KnowledgeQuestion {
	id: string;
	/** The causes (as the person answered) the question is asked for. */
	causes: CauseAnswer[];
	choices: string[];
	correct: string;
	/** Estimate id quoted in the feedback, or null when the fact is a statement (e.g. "never tested"). */
	fact: string | null;
}

export const KNOWLEDGE: readonly KnowledgeQuestion[] = questions as KnowledgeQuestion[];

/** The questions for the person's cause; no answer yet counts as "not sure" (it covers both causes). */
export function questionsFor(cause: CauseAnswer | null, list: readonly KnowledgeQuestion[] = KNOWLEDGE): KnowledgeQuestion[] {
	return list.filter((q) => q.causes.includes(cause ?? 'unsure'));
}

/** FNV-1a: a small, stable hash of the question id, so the order is the same on every visit. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** mulberry32: a seeded generator, so prerendered and hydrated pages agree on the order. */
function seeded(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The choices in a fixed per-question shuffled order (Fisher–Yates), so the right one is not always first. */
export function shuffledChoices(question: Pick<KnowledgeQuestion, 'id' | 'choices'>): string[] {
	const out = [...question.choices];
	const random = seeded(hash(`${question.id}:${question.choices.join('|')}`));
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

export function factFor(question: Pick<KnowledgeQuestion, 'fact'>): FigureEstimate | null {
	// In the browser build only the cited estimates are here (knowledge-facts-plugin.ts).
	const estimate = (estimates as Estimate[]).find((e) => e.id === question.fact);
	return estimate?.status === 'figure' ? estimate : null;
}

const CAUSES: readonly CauseAnswer[] = ['osteoporotic', 'cancer', 'unsure'];

/** Questions must point at real figures and have their right answer among the choices. */
export function knowledgeProblems(list: readonly KnowledgeQuestion[] = KNOWLEDGE): string[] {
	const problems: string[] = [];
	for (const q of list) {
		if (!q.choices.includes(q.correct)) problems.push(`content/knowledge.json › ${q.id} › correct: "${q.correct}" is not one of the choices`);
		if (q.fact !== null && !factFor(q)) problems.push(`content/knowledge.json › ${q.id} › fact: no displayable figure "${q.fact}"`);
		for (const c of q.causes) if (!CAUSES.includes(c)) problems.push(`content/knowledge.json › ${q.id} › causes: unknown cause "${c}"`);
	}
	return problems;
}
