import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_LOCALE_FILE, EVIDENCE_DIR } from './files.ts';
import { problem, type Problem } from './problem.ts';
import { validateContent } from './validate.ts';

/** Node only: reads `content/evidence/*.json` and the English evidence locale under `rootDir`, then validates. */
export function validateContentDir(rootDir: string): Problem[] {
	const problems: Problem[] = [];
	const read = (relative: string): unknown => {
		if (!existsSync(join(rootDir, relative))) {
			problems.push(problem(relative, '', '', 'file is missing'));
			return undefined;
		}
		try {
			return JSON.parse(readFileSync(join(rootDir, relative), 'utf8')) as unknown;
		} catch (error) {
			const reason = error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : 'cannot be read';
			problems.push(problem(relative, '', '', reason));
			return undefined;
		}
	};
	const dir = join(rootDir, EVIDENCE_DIR);
	if (!existsSync(dir)) return [problem(EVIDENCE_DIR, '', '', 'folder is missing')];
	const files: Record<string, unknown> = {};
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
		files[name] = read(`${EVIDENCE_DIR}/${name}`);
	}
	const locale = read(EN_LOCALE_FILE);
	// A file that cannot be read would make every reference into it look broken; report that alone first.
	if (problems.length > 0) return problems;
	return validateContent(files, locale as Record<string, unknown>);
}
