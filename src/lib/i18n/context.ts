import { getContext, setContext, untrack } from 'svelte';
import { askPart, type Translator } from './translator';

const KEY = Symbol('i18n');

/** What components read: the page's language, and the second language in the bilingual view. */
export interface I18nContext {
	readonly primary: Translator;
	readonly second: Translator | null;
}

export function provideI18n(context: I18nContext): void {
	setContext(KEY, context);
}

/** The reactive translation context; reading `.primary.t` inside markup re-renders on language change. */
export function useI18n(): I18nContext {
	const context = getContext<I18nContext | undefined>(KEY);
	if (!context) throw new Error('useI18n() called outside the [lang] layout');
	return context;
}

/** For rendering a component outside the app (unit tests, snapshots): a context map to pass to `render`. */
export function i18nContextMap(context: I18nContext): Map<unknown, unknown> {
	return new Map<unknown, unknown>([[KEY, context]]);
}

/** One language of the view, with what its block carries: the second language its own `lang` and `dir`. */
export interface ViewLanguage {
	readonly tr: Translator;
	readonly second: boolean;
	readonly lang: string | undefined;
	readonly dir: 'ltr' | 'rtl' | undefined;
}

/**
 * The view's languages, the page's first, for text whose parts run on within each language (one
 * block per language) where `BiText` would pair every part on its own.
 */
export function viewLanguages(context: I18nContext): ViewLanguage[] {
	const first: ViewLanguage = { tr: context.primary, second: false, lang: undefined, dir: undefined };
	const other = context.second;
	return other ? [first, { tr: other, second: true, lang: other.locale.code, dir: other.locale.dir }] : [first];
}

/**
 * Loads a part (a component first needed after the page is shown) together with its own text, in each
 * language of the view. Written as `withText(i18n, 'Name', () => import('./Name.svelte'))`, so the build
 * (page-text.ts) finds it, gives its keys a bundle of their own and leaves them out of the page's text.
 * Read untracked: a later change of language loads the part's text before the view switches (the layout).
 */
export function withText<T>(context: I18nContext, part: string, load: () => Promise<T>): Promise<T> {
	askPart(part);
	const [primary, second] = untrack(() => [context.primary, context.second]);
	return Promise.all([load(), primary.needText(part), second?.needText(part)]).then(([module]) => module);
}
