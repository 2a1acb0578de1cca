/**
 * The study design and device-maker funding every chart states (DESIGN.md §4: `data-design`,
 * `data-funded="industry"` and a words flag), looked up from its source ids so that every caller of a
 * chart component gets them without passing anything.
 */
import facts from 'virtual:sfc/source-facts';
import type { SourceFacts } from '$lib/evidence/source-facts-plugin';
import type { Design } from '$lib/evidence/types';

export interface ChartFacts {
	design: Design;
	/** Any of the chart's sources was paid for by a device maker. */
	funded: boolean;
}

/**
 * `design` is the chart's own (a figure, mean or difference records it); a cost chart has none and takes
 * its sources': a health-technology assessment when every source is one, otherwise a cost study.
 */
export function chartFacts(sources: readonly string[], design?: Design, known: SourceFacts = facts): ChartFacts {
	const own = sources.map((id) => known[id]).filter((f) => f !== undefined);
	return {
		design: design ?? (own.length > 0 && own.every((f) => f.design === 'hta') ? 'hta' : 'cost-study'),
		funded: own.some((f) => f.industryFunded)
	};
}

/** The contract attributes, to spread onto the chart's `<figure>`. */
export function chartAttributes(f: ChartFacts): { 'data-design': Design; 'data-funded': 'industry' | undefined } {
	// Always present (undefined removes it), so a re-rendered chart drops a flag it no longer has.
	return { 'data-design': f.design, 'data-funded': f.funded ? 'industry' : undefined };
}
