import { describe, expect, it } from 'vitest';
import { printedQuestions } from './printout.ts';
import { bottomLineFor, QUESTION_IDS, selectQuestions, situationKey } from './questions.ts';
import { core } from './core.ts';
import type { Situation } from './types.ts';

const SITUATIONS: Situation[] = [
	{ cause: 'osteoporotic', age: 'acute' },
	{ cause: 'osteoporotic', age: 'chronic' },
	{ cause: 'cancer', age: 'acute' },
	{ cause: 'cancer', age: 'chronic' },
	{ cause: 'unsure', age: 'unsure' }
];

/** "option:count/of design" per column, or "option:gap" / "option:<kind>". */
function columnsOf(situation: Situation, question: string): string[] {
	const q = printedQuestions(situation).find((p) => p.evidence.question === question)!;
	return Object.values(q.columns).map((c) => {
		const answer = q.evidence.columns[c.option];
		if (answer.kind === 'gap') return `${c.option}:gap`;
		if (answer.kind === 'evidence') return `${c.option}:${answer.item.kind} ${c.design}`;
		const e = answer.row.arms[c.option]!;
		return `${c.option}:${e.status === 'figure' ? `${e.count}/${e.of}` : '?'} ${c.design}`;
	});
}

describe('printedQuestions: the deck’s answers, with the study behind each column', () => {
	it('prints every question, in the deck’s order, with the deck’s bottom line and columns', () => {
		for (const situation of SITUATIONS) {
			const printed = printedQuestions(situation);
			const deck = selectQuestions(situation);
			expect(printed.map((p) => p.evidence.question)).toEqual([...QUESTION_IDS]);
			expect(printed.map((p) => p.evidence.bottomLine.id)).toEqual(deck.map((d) => d.bottomLine.id));
			expect(printed.map((p) => p.evidence.columns)).toEqual(deck.map((d) => d.columns));
		}
	});

	it('names the study behind every column that is not a gap, and none behind a gap', () => {
		for (const situation of SITUATIONS) {
			for (const q of printedQuestions(situation)) {
				for (const column of Object.values(q.columns)) {
					const gap = q.evidence.columns[column.option].kind === 'gap';
					expect(column.study === undefined, `${q.evidence.question} ${column.option}`).toBe(gap);
					if (!gap) expect(column.design).toBe(column.study!.design);
				}
			}
		}
	});

	it('osteoporotic, acute: the strongest study per option, the sham trial for vertebroplasty, conservative care with its own figure', () => {
		const situation: Situation = { cause: 'osteoporotic', age: 'acute' };
		expect(columnsOf(situation, 'fractures')).toEqual([
			'conservative:44/100 open-label-rct',
			'vertebroplasty:16/100 sham-controlled',
			'kyphoplasty:48/100 open-label-rct'
		]);
		expect(columnsOf(situation, 'harms')).toEqual(['conservative:gap', 'vertebroplasty:5/1000 open-label-rct', 'kyphoplasty:27/1000 open-label-rct']);
		expect(columnsOf(situation, 'pain-soon')).toEqual([
			'conservative:gap',
			'vertebroplasty:difference sham-controlled',
			'kyphoplasty:mean open-label-rct'
		]);
	});

	it('says who paid: VERTOS IV (a device maker) behind vertebroplasty’s new fractures, not behind conservative care’s', () => {
		const fractures = printedQuestions({ cause: 'osteoporotic', age: 'acute' }).find((q) => q.evidence.question === 'fractures')!;
		expect(fractures.columns.vertebroplasty.study?.sources).toContain('V4-fx');
		expect(fractures.columns.vertebroplasty.study?.industryFunded).toBe(true);
		expect(fractures.columns.conservative.certainty).toBe('not-very-sure');
	});

	it('conservative care has a figure wherever any study gave it one, unless the bottom line states why not', () => {
		for (const situation of SITUATIONS) {
			for (const q of printedQuestions(situation)) {
				const line = bottomLineFor(q.evidence.question, situationKey(situation), core.bottomLines);
				if (line?.gaps?.conservative) continue;
				const anyConservative = q.evidence.items.some((r) => r.item.kind === 'figures' && r.item.row.arms.conservative?.status === 'figure');
				if (anyConservative) expect(q.evidence.columns.conservative.kind, `${situation.cause}/${situation.age} ${q.evidence.question}`).toBe('figure');
			}
		}
	});
});
