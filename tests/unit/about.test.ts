import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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

/** IPDAS C6 and Q6: who develops and pays for the guide, and life with each option, in every language. */
describe('development, funding and daily life (content/about.json)', () => {
	const common = (code: string) => JSON.parse(readFileSync(`content/locales/${code}/common.json`, 'utf8'));

	it('names who develops the guide and who pays, with a text in every language', () => {
		for (const { code } of LOCALES) {
			const about = common(code).about;
			expect(about.development.by[aboutFacts.developedBy], code).toEqual(expect.any(String));
			expect(about.development.funding[aboutFacts.funding], code).toEqual(expect.any(String));
			expect(about.sections.living.body, code).toEqual(expect.any(String));
		}
	});

	it('describes home, driving and work for every option in every language', () => {
		for (const { code } of LOCALES)
			for (const option of ['conservative', 'vertebroplasty', 'kyphoplasty'])
				expect(common(code).optionsPage.detail[option].daily, `${code} ${option}`).toEqual(expect.any(String));
	});
});
