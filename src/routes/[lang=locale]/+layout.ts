import type { LayoutLoad } from './$types';
import { loadTranslator, textBundleOf } from '$lib/i18n/translator';

// The shell's text, then the page's own (cut at build time to the keys its code asks for): reading
// `route` makes this run again on each client-side navigation, which loads the next page's text.
export const load: LayoutLoad = async ({ params, route }) => {
	const translator = await loadTranslator(params.lang);
	await translator.needText(textBundleOf(route.id));
	return { lang: params.lang, translator };
};
