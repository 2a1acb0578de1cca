import { getContext, setContext } from 'svelte';
import type { Translator } from './translator';

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
