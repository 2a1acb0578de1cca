import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, factFor, knowledgeProblems } from './knowledge';

describe('knowledge check', () => {
	it('has 3 to 5 questions, each quoting a real figure or a plain statement', () => {
		expect(KNOWLEDGE.length).toBeGreaterThanOrEqual(3);
		expect(KNOWLEDGE.length).toBeLessThanOrEqual(5);
		expect(knowledgeProblems()).toEqual([]);
	});

	it('quotes the same figures as the evidence files', () => {
		const natural = KNOWLEDGE.find((q) => q.id === 'naturalCourse')!;
		expect(factFor(natural)).toMatchObject({ arm: 'conservative', count: 60, of: 100 });
	});

	it('names the file, entry and field of a broken question', () => {
		expect(knowledgeProblems([{ id: 'x', choices: ['a'], correct: 'b', fact: 'nope' }])).toEqual([
			'content/knowledge.json › x › correct: "b" is not one of the choices',
			'content/knowledge.json › x › fact: no displayable figure "nope"'
		]);
	});
});
