import { describe, expect, it } from 'vitest';
import { gradeOf, gradesByPage } from '../support/readability.js';
import { PAGES } from '../../src/lib/decision/steps';

describe('reading level of the English patient text', () => {
	it('is at most grade 8 on every page (Flesch–Kincaid)', () => {
		const grades = gradesByPage();
		const tooHard = Object.entries(grades).filter(([, grade]) => grade > 8);
		expect(tooHard).toEqual([]);
		expect(Object.keys(grades)).toHaveLength(9);
		expect(Object.keys(grades).sort()).toEqual(PAGES.map((p) => p || 'start').sort());
	});

	it('scores hard text as hard, so the check can fail', () => {
		const academic =
			'Percutaneous vertebral augmentation demonstrated statistically significant improvements in disability questionnaire outcomes, notwithstanding methodological heterogeneity.';
		expect(gradeOf([academic])).toBeGreaterThan(12);
		expect(gradeOf(['The bone heals. Pain gets better.'])).toBeLessThan(4);
	});
});
