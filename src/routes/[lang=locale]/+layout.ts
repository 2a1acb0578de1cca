import type { LayoutLoad } from './$types';
import { browser } from '$app/environment';
import { loadTranslator, needPageText } from '$lib/i18n/translator';
import { textBundleOf } from '$lib/i18n/bundles';
import { session } from '$lib/decision/session.svelte';

// The shell's text, then the page's own (cut at build time to the keys its code asks for): reading
// `route` makes this run again on each client-side navigation, which loads the next page's text (and,
// in another language, the text of the parts already open).
// Before the first render the session also loads what reading saved answers needs, if any are saved.
export const load: LayoutLoad = async ({ params, route }) => {
	const translator = await loadTranslator(params.lang);
	await Promise.all([needPageText(translator, textBundleOf(route.id)), browser && !session.ready ? session.prepare() : null]);
	return { lang: params.lang, translator };
};
