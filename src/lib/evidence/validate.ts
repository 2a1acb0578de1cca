import { checkCoverage } from './coverage.ts';
import { crossCheck } from './checks.ts';
import { checkQuestions } from './question-checks.ts';
import { CONTENT_FILES, EN_LOCALE_FILE, EVIDENCE_DIR, type ContentFile } from './files.ts';
import { checkI18n } from './i18n-keys.ts';
import { parseFiles } from './parse.ts';
import { problem, type Problem } from './problem.ts';

export { formatProblem, type Problem } from './problem.ts';

const isContentFile = (name: string): name is ContentFile => (CONTENT_FILES as readonly string[]).includes(name);

/**
 * Checks the evidence content as a whole. `files` maps each file name (`sources`, or
 * `sources.json`) to its parsed JSON; `enEvidenceLocale` is `content/locales/en/evidence.json`.
 * Returns every problem found (empty when all is well); it never throws on bad content.
 */
export function validateContent(files: Record<string, unknown>, enEvidenceLocale: Record<string, unknown>): Problem[] {
	const problems: Problem[] = [];
	const byName: Partial<Record<ContentFile, unknown>> = {};
	for (const [name, value] of Object.entries(files)) {
		const base = name.replace(/\.json$/, '');
		if (isContentFile(base)) byName[base] = value;
		else problems.push(problem(`${EVIDENCE_DIR}/${name}`, '', '', `unexpected file; the evidence files are ${CONTENT_FILES.join(', ')}`));
	}
	const parsed = parseFiles(byName);
	problems.push(...parsed.problems, ...crossCheck(parsed), ...checkQuestions(parsed), ...checkCoverage(parsed.bundle));
	if (typeof enEvidenceLocale !== 'object' || enEvidenceLocale === null || Array.isArray(enEvidenceLocale))
		problems.push(problem(EN_LOCALE_FILE, '', '', 'must be a JSON object of translation keys'));
	else problems.push(...checkI18n(parsed.bundle, enEvidenceLocale));
	return problems;
}
