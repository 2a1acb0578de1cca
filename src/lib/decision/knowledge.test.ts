import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, factFor, knowledgeProblems, questionsFor, shuffledChoices } from './knowledge';

describe('knowledge check', () => {
	it('asks 3 to 5 questions for each cause, each quoting a real figure or a plain statement', () => {
		for (const cause of ['osteoporotic', 'cancer', 'unsure', null] as const) {
			const asked = questionsFor(cause);
			expect(asked.length, String(cause)).toBeGreaterThanOrEqual(3);
			expect(asked.length, String(cause)).toBeLessThanOrEqual(5);
		}
		expect(knowledgeProblems()).toEqual([]);
	});

	it('asks about the person’s own situation', () => {
		const ids = (cause: Parameters<typeof questionsFor>[0]) => questionsFor(cause).map((q) => q.id);
		expect(ids('osteoporotic')).toContain('naturalCourse');
		expect(ids('osteoporotic')).not.toContain('cancerCare');
		expect(ids('cancer')).toContain('cancerCare');
		expect(ids('cancer')).not.toContain('naturalCourse');
		expect(ids('unsure')).toEqual(expect.arrayContaining(['naturalCourse', 'cancerCare']));
		expect(ids(null)).toEqual(ids('unsure'));
	});

	it('quotes the same figures as the evidence files', () => {
		const natural = KNOWLEDGE.find((q) => q.id === 'naturalCourse')!;
		expect(factFor(natural)).toMatchObject({ arm: 'conservative', count: 60, of: 100 });
		const cancer = KNOWLEDGE.find((q) => q.id === 'cancerCare')!;
		expect(factFor(cancer)).toMatchObject({ arm: 'conservative', count: 61, of: 100, sources: ['RTOG0631'] });
	});

	it('shuffles each question’s choices the same way every time, keeping every choice', () => {
		for (const q of KNOWLEDGE) {
			const order = shuffledChoices(q);
			expect(order).toEqual(shuffledChoices({ id: q.id, choices: [...q.choices] }));
			expect([...order].sort()).toEqual([...q.choices].sort());
		}
	});

	it('does not always put the right answer first', () => {
		for (const cause of ['osteoporotic', 'cancer', 'unsure'] as const) {
			const asked = questionsFor(cause);
			const first = asked.filter((q) => shuffledChoices(q)[0] === q.correct).length;
			expect(first, cause).toBeLessThan(asked.length);
			expect(first, cause).toBeLessThanOrEqual(Math.ceil(asked.length / 2));
		}
	});

	it('names the file, entry and field of a broken question', () => {
		expect(knowledgeProblems([{ id: 'x', causes: ['osteoporotic', 'elsewhere' as 'unsure'], choices: ['a'], correct: 'b', fact: 'nope' }])).toEqual([
			'content/knowledge.json › x › correct: "b" is not one of the choices',
			'content/knowledge.json › x › fact: no displayable figure "nope"',
			'content/knowledge.json › x › causes: unknown cause "elsewhere"'
		]);
	});
});
