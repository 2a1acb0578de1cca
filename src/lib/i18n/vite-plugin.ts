import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { englishProblems, formatLocaleProblem, localeProblems, type LocaleProblem, type Tree } from './completeness.ts';

export const LOCALE_FILES = ['common', 'evidence', 'charts', 'glossary', 'handoff', 'root'] as const;

/** Every language against English, from the files on disk. */
export function checkLocalesDir(rootDir: string): LocaleProblem[] {
	const dir = join(rootDir, 'content', 'locales');
	const read = (lang: string, ns: string): Tree => {
		const file = join(dir, lang, `${ns}.json`);
		return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Tree) : {};
	};
	const problems: LocaleProblem[] = [];
	for (const ns of LOCALE_FILES) {
		const english = read('en', ns);
		problems.push(...englishProblems(ns, english));
		for (const lang of readdirSync(dir).filter((l) => l !== 'en')) problems.push(...localeProblems(lang, ns, english, read(lang, ns)));
	}
	return problems;
}

/** The build fails on a missing, stale or broken translation, one line per problem. */
export function localeCheck(rootDir: string = process.cwd()): Plugin {
	return {
		name: 'sfc-locale-check',
		buildStart() {
			const problems = checkLocalesDir(rootDir);
			if (problems.length === 0) return;
			const lines = problems.map(formatLocaleProblem);
			for (const line of lines) console.error(line);
			throw new Error(`${problems.length} translation problem(s):\n${lines.join('\n')}`);
		}
	};
}
