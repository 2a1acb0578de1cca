import { describe, expect, it } from 'vitest';
import { WARN_DAYS, releaseProblems } from '../../tests/support/release-check.js';
import { aboutFacts } from '../../src/lib/content/about';
import pkg from '../../package.json';

/** The release-time check (IPDAS C3/C4: the update policy), tested with fixed days, never today's. */
describe('release check (npm run release-check)', () => {
	const about = { version: '1.2.0', nextReview: '2027-05-21' };

	it('passes well before the next evidence review', () => {
		expect(releaseProblems(about, '1.2.0', new Date('2027-01-10T12:00:00Z'))).toEqual({ problems: [], warnings: [] });
	});

	it(`warns within ${WARN_DAYS} days of the review, and fails on the due day and after`, () => {
		const soon = releaseProblems(about, '1.2.0', new Date('2027-05-01T08:00:00Z'));
		expect(soon.problems).toEqual([]);
		expect(soon.warnings).toEqual(['content/about.json › nextReview: the evidence review is due on 2027-05-21, in 20 days']);
		for (const day of ['2027-05-21T00:00:00Z', '2027-05-21T23:59:00Z', '2028-01-01T00:00:00Z']) {
			const late = releaseProblems(about, '1.2.0', new Date(day));
			expect(late.problems).toHaveLength(1);
			expect(late.problems[0]).toMatch(/was due on 2027-05-21/);
		}
	});

	it('fails on a review date that is not a date, and on a version that differs from package.json', () => {
		expect(releaseProblems({ ...about, nextReview: '21/05/2027' }, '1.2.0', new Date('2027-01-10')).problems[0]).toMatch(/is not a date/);
		expect(releaseProblems(about, '1.3.0', new Date('2027-01-10')).problems).toEqual([
			'content/about.json › version: "1.2.0" differs from package.json "1.3.0" (the About page shows it)'
		]);
	});

	it('agrees with the project as it is: about.json carries package.json’s version', () => {
		const { problems } = releaseProblems(aboutFacts, pkg.version, new Date(`${aboutFacts.lastReviewed}T12:00:00Z`));
		expect(problems).toEqual([]);
	});
});
