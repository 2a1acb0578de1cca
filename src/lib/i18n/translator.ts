// text-keys: callers (this is where `t` is defined; the keys are quoted where it is called)
import { createInstance, type TOptions } from 'i18next';
import { DEFAULT_LOCALE, NAMESPACES as FILES, findLocale, type LocaleInfo } from './locales';
import { createFormatter, type Formatter } from './format';
import { loadText } from 'virtual:sfc/text';
import { loadIntlTable } from 'virtual:sfc/intl';
import type { IntlTable } from './intl-table';

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
	/** Loads more namespaces (once): the hand-off text. */
	need(namespaces: readonly Namespace[]): Promise<Translator>;
	/** Loads a page's text bundle (once); the layout's `load` awaits it before the page renders. */
	needText(bundle: string): Promise<Translator>;
}

/** Hand-off text, loaded whole and only once a hand-off is drawn or received. */
const bundles = import.meta.glob<Record<string, unknown>>('/content/locales/*/handoff.json', { import: 'default' });

type Namespace = 'handoff';
const NAMESPACES = FILES.filter((ns) => ns !== 'root');

async function loadResources(lang: string, namespaces: readonly Namespace[]): Promise<Resources> {
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
export function createTranslator(lang: string, own: Resources, fallback: Resources, table?: IntlTable): Translator {
	const locale = findLocale(lang) ?? findLocale(DEFAULT_LOCALE)!;
	const missing = new Set<string>();
	const format = createFormatter(locale, table);
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
	const texts = new Set<string>(['shell']);
	const memo = new Map<string, string>();
	const needsFallback = Object.keys(fallback).length > 0;
	const add = (more: Resources, moreFallback: Resources) => {
		for (const [ns, tree] of Object.entries(more)) instance.addResourceBundle(locale.code, ns, tree, true, true);
		if (needsFallback) for (const [ns, tree] of Object.entries(moreFallback)) instance.addResourceBundle(DEFAULT_LOCALE, ns, tree, true, true);
		memo.clear();
	};
	/**
	 * A key the page's text lacks: the build's cut of the text missed a key the code asks for. Prerendering
	 * fails on it (naming page and key); in the browser it is a console error, which fails every browser test.
	 */
	const lacking = (key: string) => {
		if (import.meta.env.DEV) return;
		const message = `text key "${key}" is not in the ${locale.code} text of ${[...texts].join(' + ')} (declare it where it is asked for; see src/lib/i18n/page-text.ts)`;
		if (import.meta.env.SSR) throw new Error(message);
		console.error(message);
	};
	const translator: Translator = {
		locale,
		format,
		missing,
		has,
		async need(namespaces) {
			const wanted = namespaces.filter((ns) => !loaded.has(ns));
			if (wanted.length === 0) return translator;
			const [more, moreFallback] = await Promise.all([
				loadResources(locale.code, wanted),
				needsFallback ? loadResources(DEFAULT_LOCALE, wanted) : ({} as Resources)
			]);
			add(more, moreFallback);
			for (const ns of wanted) loaded.add(ns);
			return translator;
		},
		async needText(bundle) {
			if (texts.has(bundle)) return translator;
			const [more, moreFallback] = await Promise.all([
				loadText(bundle, locale.code),
				needsFallback ? loadText(bundle, DEFAULT_LOCALE) : ({} as Resources)
			]);
			add(more, moreFallback);
			texts.add(bundle);
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
				// i18next answers a missing key with the key itself (less its namespace): only then is the
				// lookup worth asking again, and a page's hundreds of found keys skip it.
				if ((text === key || text === key.slice(key.indexOf(':') + 1)) && !instance.exists(key, vars as TOptions)) lacking(key);
				memo.set(id, text);
			}
			return text;
		}
	};
	return translator;
}

const cache = new Map<string, Promise<Translator>>();

/** Parts (code loaded later with text of its own, see `withText`) asked for so far on this device. */
const partsAsked = new Set<string>();

/** Marks a part as in use: a translator made or switched to later (another language) loads its text too. */
export function askPart(part: string): void {
	partsAsked.add(part);
}

/** The text a translator needs before a page renders with it: the page's own, and every part already in use. */
export function needPageText(translator: Translator, bundle: string): Promise<unknown> {
	return Promise.all([translator.needText(bundle), ...[...partsAsked].map((part) => translator.needText(part))]);
}

/**
 * The translator of a language with the shell's text loaded. The browser keeps one per language; the
 * server makes one per page, so each prerendered page renders from exactly its own text (and fails if
 * it asks for a key outside it).
 */
export function loadTranslator(lang: string): Promise<Translator> {
	let pending = import.meta.env.SSR ? undefined : cache.get(lang);
	if (!pending) {
		// The build refuses incomplete translations (see vite-plugin.ts), so only development,
		// where a translation may lag behind, pays for English as a fallback.
		const needsFallback = lang !== DEFAULT_LOCALE && import.meta.env.DEV;
		pending = Promise.all([loadText('shell', lang), needsFallback ? loadText('shell', DEFAULT_LOCALE) : {}, loadIntlTable(lang)]).then(
			([own, fallback, table]) => createTranslator(lang, own, fallback, table)
		);
		cache.set(lang, pending);
	}
	return pending;
}
