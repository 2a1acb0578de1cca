import { describe, expect, it } from 'vitest';
import { LIMITS, charactersLeft, clipList, clipText } from './limits';

describe('limits', () => {
	it('clips text to its limit and leaves shorter text alone', () => {
		expect(clipText('abcdef', 4)).toBe('abcd');
		expect(clipText('abc', 4)).toBe('abc');
	});

	it('never cuts a two-unit character in half', () => {
		const text = 'ab😀';
		expect(clipText(text, 3)).toBe('ab');
		expect(clipText(text, 4)).toBe(text);
	});

	it('keeps the first items of a list, each clipped', () => {
		expect(clipList(['one', 'two', 'three'], 2, 2)).toEqual(['on', 'tw']);
	});

	it('counts characters left, never below zero', () => {
		expect(charactersLeft('abc', 10)).toBe(7);
		expect(charactersLeft('x'.repeat(12), 10)).toBe(0);
	});

	it('matches what the person can type', () => {
		expect(LIMITS.ownQuestions).toBeGreaterThanOrEqual(20);
		expect(LIMITS.questionLength).toBeLessThan(LIMITS.notesLength);
	});
});
