import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { englishProblems, formatLocaleProblem, localeProblems, type LocaleProblem } from './completeness.ts';
import { DEFAULT_LOCALE, LOCALES, NAMESPACES } from './locales.ts';
import type { Tree } from './tree.ts';

export interface LocalesReport {
	problems: LocaleProblem[];
	/** Entries of `content/locales/` that are no language of `LOCALES` (a stray file, an unlisted folder): skipped. */
	ignored: string[];
}

/**
 * Every language of `LOCALES` against English, from the files on disk. A missing folder or file, or a
 * file that is not JSON, is one problem naming it; anything else in `content/locales/` is ignored.
 */
export function checkLocalesDir(rootDir: string): LocalesReport {
	const dir = join(rootDir, 'content', 'locales');
	const problems: LocaleProblem[] = [];
	const read = (lang: string, namespace: string): Tree | null => {
		const file = join(dir, lang, `${namespace}.json`);
		if (!existsSync(file)) {
			problems.push({ lang, namespace, key: '', message: 'is missing' });
			return null;
		}
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as Tree;
		} catch (error) {
			problems.push({ lang, namespace, key: '', message: `is not valid JSON (${(error as Error).message})` });
			return null;
		}
	};
	const langs = LOCALES.map((l) => l.code);
	const present = langs.filter((lang) => {
		const found = existsSync(join(dir, lang)) && statSync(join(dir, lang)).isDirectory();
		if (!found) problems.push({ lang, namespace: '', key: '', message: 'is missing: every language in LOCALES needs a folder' });
		return found;
	});
	for (const namespace of NAMESPACES) {
		const english = present.includes(DEFAULT_LOCALE) ? read(DEFAULT_LOCALE, namespace) : null;
		if (english) problems.push(...englishProblems(namespace, english));
		for (const lang of present.filter((l) => l !== DEFAULT_LOCALE)) {
			const translated = read(lang, namespace);
			if (english && translated) problems.push(...localeProblems(lang, namespace, english, translated));
		}
	}
	const ignored = existsSync(dir) ? readdirSync(dir).filter((entry) => !langs.includes(entry)) : [];
	return { problems, ignored };
}

/** The build fails on a missing, stale or broken translation, one line per problem. */
export function localeCheck(rootDir: string = process.cwd()): Plugin {
	return {
		name: 'sfc-locale-check',
		buildStart() {
			const { problems, ignored } = checkLocalesDir(rootDir);
			for (const entry of ignored)
				this.warn(`content/locales/${entry} is not a language in LOCALES (src/lib/i18n/locales.ts); ignored`);
			if (problems.length === 0) return;
			throw new Error(`${problems.length} translation problem(s):\n${problems.map(formatLocaleProblem).join('\n')}`);
		}
	};
}
