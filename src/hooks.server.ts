import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, findLocale } from '$lib/i18n/locales';
import { iconDefs } from '$lib/charts/personIcon';

/**
 * Writes the page's language and direction into the prerendered `<html>` itself, and the one
 * person-icon definition the page's icon arrays `<use>` (static HTML, so no JavaScript for it).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const locale = findLocale(event.params.lang) ?? findLocale(DEFAULT_LOCALE)!;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale.code).replace('%dir%', locale.dir).replace('%icondefs%', iconDefs())
	});
};
