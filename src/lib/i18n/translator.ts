import { createInstance, type TOptions } from 'i18next';
import { DEFAULT_LOCALE, NAMESPACES as FILES, findLocale, type LocaleInfo } from './locales';
import { createFormatter, type Formatter } from './format';

export type Resources = Record<string, Record<string, unknown>>;
export type Vars = Record<string, string | number>;

/** Everything a component needs to show text in one language. */
export interface Translator {
	locale: LocaleInfo;
	t(key: string, vars?: Vars): string;
	/** True when `key` exists in this language itself (not only through the English fallback). */
	has(key: string): boolean;
	format: Formatter;
	/** Keys asked for that this language lacks (recorded in development and tests only). */
	missing: Set<string>;
	/** Loads more namespaces (once); a page awaits this in its `load` before it renders. */
	need(namespaces: readonly Namespace[]): Promise<Translator>;
}

/** Lazy per-language chunks: only the active language is downloaded. */
const bundles = import.meta.glob<Record<string, unknown>>(['/content/locales/*/*.json', '!/content/locales/*/root.json'], {
	import: 'default'
});

/** What every page needs; pages that show evidence add `EVIDENCE_NAMESPACES` (see `Translator.need`). */
const BASE_NAMESPACES: readonly Namespace[] = ['common', 'glossary'];
export const EVIDENCE_NAMESPACES: readonly Namespace[] = ['evidence', 'charts'];
export type Namespace = Exclude<(typeof FILES)[number], 'root'>;
const NAMESPACES = FILES.filter((ns): ns is Namespace => ns !== 'root');

async function loadResources(lang: string, namespaces: readonly Namespace[] = NAMESPACES): Promise<Resources> {
	const resources: Resources = {};
	await Promise.all(
		namespaces.map(async (ns) => {
			const load = bundles[`/content/locales/${lang}/${ns}.json`];
			resources[ns] = load ? await load() : {};
		})
	);
	return resources;
}

/** Builds a translator from already loaded resources; synchronous so it can run during render. */
export function createTranslator(lang: string, own: Resources, fallback: Resources): Translator {
	const locale = findLocale(lang) ?? findLocale(DEFAULT_LOCALE)!;
	const missing = new Set<string>();
	const format = createFormatter(locale);
	const instance = createInstance();
	// i18next replaces `interpolation.format` with its own formatter module, so ours is a module too.
	instance.use({
		type: 'formatter',
		init() {},
		add() {},
		addCached() {},
		format: (value: unknown) => (typeof value === 'number' ? format.number(value) : value)
	});
	instance.init({
		lng: locale.code,
		fallbackLng: lang === DEFAULT_LOCALE || Object.keys(fallback).length === 0 ? false : DEFAULT_LOCALE,
		ns: [...NAMESPACES],
		defaultNS: 'common',
		resources: { [locale.code]: own, ...(lang === DEFAULT_LOCALE ? {} : { [DEFAULT_LOCALE]: fallback }) },
		// Numbers are passed raw (so `count` picks the right plural form) and written in the
		// language's own digits here; strings pass through untouched.
		interpolation: {
			escapeValue: false,
			alwaysFormat: true
		},
		initAsync: false,
		returnNull: false,
		saveMissing: false
	});
	const has = (key: string) => instance.exists(key, { lng: locale.code, fallbackLng: false } as TOptions);
	const loaded = new Set(Object.keys(own));
	const memo = new Map<string, string>();
	const translator: Translator = {
		locale,
		format,
		missing,
		has,
		async need(namespaces) {
			const wanted = namespaces.filter((ns) => !loaded.has(ns));
			if (wanted.length === 0) return translator;
			const needsFallback = Object.keys(fallback).length > 0;
			const [more, moreFallback] = await Promise.all([
				loadResources(locale.code, wanted),
				needsFallback ? loadResources(DEFAULT_LOCALE, wanted) : ({} as Resources)
			]);
			for (const ns of wanted) {
				instance.addResourceBundle(locale.code, ns, more[ns], true, true);
				if (needsFallback) instance.addResourceBundle(DEFAULT_LOCALE, ns, moreFallback[ns], true, true);
				loaded.add(ns);
			}
			memo.clear();
			return translator;
		},
		t(key, vars) {
			// Tracked for tests and development only: the lookup doubles the cost of every call.
			if (import.meta.env.DEV && !has(key)) missing.add(key);
			// A page asks for the same sentences many times (every caption, on render and again on
			// hydration); i18next's full pipeline per call is the costliest part of drawing a chart.
			const id = vars ? `${key}\u0000${JSON.stringify(vars)}` : key;
			let text = memo.get(id);
			if (text === undefined) {
				text = instance.t(key, vars as TOptions) as string;
				memo.set(id, text);
			}
			return text;
		}
	};
	return translator;
}

const cache = new Map<string, Promise<Translator>>();

export function loadTranslator(lang: string): Promise<Translator> {
	let pending = cache.get(lang);
	if (!pending) {
		// The build refuses incomplete translations (see vite-plugin.ts), so only development,
		// where a translation may lag behind, pays for English as a fallback.
		const needsFallback = lang !== DEFAULT_LOCALE && import.meta.env.DEV;
		pending = Promise.all([
			loadResources(lang, BASE_NAMESPACES),
			needsFallback ? loadResources(DEFAULT_LOCALE, BASE_NAMESPACES) : {}
		]).then(
			([own, fallback]) => createTranslator(lang, own, fallback)
		);
		cache.set(lang, pending);
	}
	return pending;
}
