import type { I18nContext } from '$lib/i18n/context';
import type { Translator } from '$lib/i18n/translator';

/**
 * The hand-off texts are their own namespace, so pages without a hand-off never download them.
 * `HandoffCode` and `HandoffConsent` show nothing until `ready`: the namespace has loaded for the
 * page's current language (after a language switch, until the new one has loaded, it is false again).
 * Call during component init; the loading effect lives as long as the component.
 */
export function handoffTexts(i18n: I18nContext): { readonly ready: boolean } {
	let loadedFor = $state.raw<Translator | null>(null);
	$effect(() => {
		const translator = i18n.primary;
		translator.need(['handoff']).then(() => (loadedFor = translator));
	});
	return {
		get ready() {
			return loadedFor === i18n.primary;
		}
	};
}
