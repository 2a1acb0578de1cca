/**
 * What every evidence chart starts from: the page-language translator (it changes with the language)
 * and what its `<figure>` states about its sources — design and device-maker funding (DESIGN.md §4).
 */
import { useI18n } from '$lib/i18n/context';
import type { Translator } from '$lib/i18n/translator';
import type { Design } from '$lib/evidence/types';
import { chartAttributes, chartFacts } from './chartFacts';

interface ChartSetup {
	readonly tr: Translator;
	/** Any source was paid for by a device maker (the notes say so in words). */
	readonly funded: boolean;
	/** To spread onto the chart's `<figure>`. */
	readonly attributes: ReturnType<typeof chartAttributes>;
}

/** Call during component setup, with a getter for the chart's evidence (its props may change). */
export function useChart(evidence: () => { sources: readonly string[]; design?: Design }): ChartSetup {
	const i18n = useI18n();
	const facts = $derived(chartFacts(evidence().sources, evidence().design));
	return {
		get tr() {
			return i18n.primary;
		},
		get funded() {
			return facts.funded;
		},
		get attributes() {
			return chartAttributes(facts);
		}
	};
}
