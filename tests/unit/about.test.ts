import { describe, expect, it } from 'vitest';
import { aboutFacts } from '../../src/lib/content/about';
import { LOCALES } from '../../src/lib/i18n/locales';

/** IPDAS C3/C4: a publication date and an update policy; `npm run release-check` refuses a release once the review is overdue. */
describe('publication facts (content/about.json)', () => {
	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

	it('has valid dates in order: published ≤ last reviewed < next review', () => {
		for (const iso of [aboutFacts.published, aboutFacts.lastReviewed, aboutFacts.nextReview]) expect(Number.isNaN(day(iso))).toBe(false);
		expect(day(aboutFacts.published)).toBeLessThanOrEqual(day(aboutFacts.lastReviewed));
		expect(day(aboutFacts.lastReviewed)).toBeLessThan(day(aboutFacts.nextReview));
	});

	it('promises a review at least once a year', () => {
		const year = 366 * 24 * 3600 * 1000;
		expect(day(aboutFacts.nextReview) - day(aboutFacts.lastReviewed)).toBeLessThanOrEqual(year);
	});

	it('states the translation review status of every language', () => {
		for (const { code } of LOCALES) expect(['original', 'reviewed', 'unreviewed']).toContain(aboutFacts.translations[code]?.status);
	});
});
