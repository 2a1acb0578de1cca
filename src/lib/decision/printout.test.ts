import { describe, expect, it } from 'vitest';
import { emptyAnswers } from './model';
import { safetyRecord } from './printout';

describe('safetyRecord', () => {
	it('is "not done" until every question has an answer', () => {
		const answers = emptyAnswers();
		expect(safetyRecord(answers).status).toBe('not-done');
		answers.safety.answers = { legWeakness: false, bladderBowel: false, fever: false, highEnergy: null };
		expect(safetyRecord(answers).status).toBe('not-done');
	});

	it('is "clear" when all four were answered no', () => {
		const answers = emptyAnswers();
		answers.safety.answers = { legWeakness: false, bladderBowel: false, fever: false, highEnergy: false };
		expect(safetyRecord(answers)).toEqual({ status: 'clear', flags: [] });
	});

	it('lists every "yes", even with other questions unanswered', () => {
		const answers = emptyAnswers();
		answers.safety.answers = { legWeakness: true, bladderBowel: null, fever: true, highEnergy: false };
		expect(safetyRecord(answers)).toEqual({ status: 'flagged', flags: ['legWeakness', 'fever'] });
	});
});
