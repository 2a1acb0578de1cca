import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { englishProblems, formatLocaleProblem, localeProblems, type LocaleProblem } from './completeness.ts';
import { DEFAULT_LOCALE, LOCALES, NAMESPACES } from './locales.ts';
import { bundleText, PAGE_NAMESPACES, planPageText, type PageTextPlan } from './page-text.ts';
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

const TEXT_ID = 'virtual:sfc/text';
const TEXT_RESOLVED = `\0${TEXT_ID}`;
const LANGUAGE_ID = 'virtual:sfc/text-language';
const LANGUAGE_PREFIX = `\0sfc-text-language/`;
const BUNDLE_PREFIX = `\0sfc-text/`;

/** Each language's page namespaces, read from disk. */
function readLanguage(rootDir: string, lang: string): Record<string, Tree> {
	return Object.fromEntries(
		PAGE_NAMESPACES.map((ns) => {
			const file = join(rootDir, 'content', 'locales', lang, `${ns}.json`);
			return [ns, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Tree) : {}];
		})
	);
}

/**
 * Serves `virtual:sfc/text`: `loadText(bundle, lang)` gives the resources of one bundle (`shell`, a
 * page: `start`, `outcomes`, …, or a part loaded later, see `withText`) in one language, each its own
 * chunk holding just the keys that code can ask for (see page-text.ts); the shell's sits in the
 * language's own module, beside its loaders. The build fails, naming page and key, when the code asks for a
 * key no bundle can hold. In development every bundle is the whole of each namespace, so edits show at once.
 */
export function pageText(rootDir: string = process.cwd()): Plugin {
	let building = false;
	let plan: PageTextPlan | null = null;
	const getPlan = () => (plan ??= planPageText(rootDir, readLanguage(rootDir, DEFAULT_LOCALE)));
	return {
		name: 'sfc-page-text',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		buildStart() {
			plan = null;
			if (!building) return;
			const { problems } = getPlan();
			if (problems.length > 0) throw new Error(`${problems.length} page text problem(s):\n${problems.join('\n')}`);
		},
		resolveId(id) {
			if (id === TEXT_ID) return TEXT_RESOLVED;
			if (id.startsWith(`${LANGUAGE_ID}/`)) return LANGUAGE_PREFIX + id.slice(LANGUAGE_ID.length + 1);
			if (id.startsWith(`${TEXT_ID}/`)) return BUNDLE_PREFIX + id.slice(TEXT_ID.length + 1);
			return undefined;
		},
		load(id, options) {
			// Every page carries one loader per language; a language's module carries its shell text (always
			// needed first) and one loader per bundle, so a new bundle costs the page a chunk name only once
			// its language is chosen, and pages sent without JavaScript cost the browser nothing.
			if (id === TEXT_RESOLVED)
				return [
					'const languages = {',
					...LOCALES.map(({ code }) => `\t${JSON.stringify(code)}: () => import(${JSON.stringify(`${LANGUAGE_ID}/${code}`)}),`),
					'};',
					'/** @param {string} bundle @param {string} lang */',
					'export const loadText = (bundle, lang) => { const load = languages[lang]; return load ? load().then((m) => m.loadText(bundle)) : Promise.resolve({}); };'
				].join('\n');
			if (id.startsWith(LANGUAGE_PREFIX)) {
				const lang = id.slice(LANGUAGE_PREFIX.length);
				const plan = getPlan();
				const bundles = Object.keys(plan.patterns).filter((bundle) => bundle !== 'shell' && (options?.ssr || !plan.serverOnly.includes(bundle)));
				return [
					`import shell from ${JSON.stringify(`${TEXT_ID}/shell/${lang}`)};`,
					'const loaders = {',
					...bundles.map((bundle) => `\t${JSON.stringify(bundle)}: () => import(${JSON.stringify(`${TEXT_ID}/${bundle}/${lang}`)}),`),
					'};',
					// A fresh copy each time: i18next merges later bundles into the resources it is given.
					'/** @param {string} bundle */',
					"export const loadText = (bundle) => bundle === 'shell' ? Promise.resolve(structuredClone(shell)) : loaders[bundle] ? loaders[bundle]().then((m) => m.default) : Promise.resolve({});"
				].join('\n');
			}
			if (!id.startsWith(BUNDLE_PREFIX)) return undefined;
			const [bundle, lang] = id.slice(BUNDLE_PREFIX.length).split('/');
			for (const ns of PAGE_NAMESPACES) this.addWatchFile(join(rootDir, 'content', 'locales', lang, `${ns}.json`));
			const trees = readLanguage(rootDir, lang);
			const resources = building ? bundleText(getPlan(), bundle, trees) : trees;
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(resources))});`;
		}
	};
}
