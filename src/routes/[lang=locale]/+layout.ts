import type { LayoutLoad } from './$types';
import { loadTranslator } from '$lib/i18n/translator';

export const load: LayoutLoad = async ({ params }) => {
	return { lang: params.lang, translator: await loadTranslator(params.lang) };
};
