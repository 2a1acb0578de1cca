import { withText, type I18nContext } from '$lib/i18n/context';

/**
 * A study's full chart (`OutcomeBlock`, with every chart kind and its sources) loads when someone
 * first opens one, with its text: the outcomes step shows each study in short until then. The
 * no-JavaScript pages import it directly, so it is in their server render (and their text).
 */
export const loadOutcomeBlock = (i18n: I18nContext) => withText(i18n, 'OutcomeBlock', () => import('./OutcomeBlock.svelte'));
