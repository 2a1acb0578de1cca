import { error } from '@sveltejs/kit';
import { LOCALES } from '$lib/i18n/locales';
import { SITUATION_KEYS } from '$lib/evidence/questions';
import { isSituationKey, situationOfKey } from '$lib/components/outcomesModel';
import type { EntryGenerator, PageLoad } from './$types';

/**
 * The outcomes step for one situation, for browsers without JavaScript: the interactive page reads
 * the situation from the link's fragment, which a server never sees, so each situation has its own
 * static page (`#cause=cancer&age=acute` ↔ `outcomes/cancer-acute/`). No JavaScript is sent with it.
 */
export const csr = false;

export const entries: EntryGenerator = () => LOCALES.flatMap((l) => SITUATION_KEYS.map((situation) => ({ lang: l.code, situation })));

export const load: PageLoad = (event) => {
	if (!isSituationKey(event.params.situation)) error(404, 'unknown situation');
	return { situation: situationOfKey(event.params.situation) };
};
