// `npm run release-check`: what must hold on the day a version is published, and only then. It is
// not part of `npm test`, because its answer depends on the calendar: CI must not turn red on the
// day the evidence review falls due when no code changed. Run it before tagging a release.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A release this close to the next evidence review is allowed, with a warning. */
export const WARN_DAYS = 60;
const DAY = 24 * 3600 * 1000;

/**
 * @param {{ version: string, nextReview: string }} about content/about.json
 * @param {string} packageVersion package.json's version
 * @param {Date} today
 * @returns {{ problems: string[], warnings: string[] }}
 */
export function releaseProblems(about, packageVersion, today) {
	const problems = [];
	const warnings = [];
	const due = Date.parse(`${about.nextReview}T00:00:00Z`);
	const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	if (Number.isNaN(due)) problems.push(`content/about.json › nextReview: "${about.nextReview}" is not a date (YYYY-MM-DD)`);
	else if (start >= due)
		problems.push(`content/about.json › nextReview: the evidence review was due on ${about.nextReview}; check the evidence, then update lastReviewed and nextReview`);
	else if (due - start <= WARN_DAYS * DAY)
		warnings.push(`content/about.json › nextReview: the evidence review is due on ${about.nextReview}, in ${Math.round((due - start) / DAY)} days`);
	if (about.version !== packageVersion)
		problems.push(`content/about.json › version: "${about.version}" differs from package.json "${packageVersion}" (the About page shows it)`);
	return { problems, warnings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = join(import.meta.dirname, '..', '..');
	const read = (/** @type {string} */ file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
	const { problems, warnings } = releaseProblems(read('content/about.json'), read('package.json').version, new Date());
	for (const line of warnings) console.warn(`warning: ${line}`);
	for (const line of problems) console.error(line);
	console.log(problems.length ? `Release check failed: ${problems.length} problem(s).` : 'Release check passed.');
	process.exit(problems.length ? 1 : 0);
}
