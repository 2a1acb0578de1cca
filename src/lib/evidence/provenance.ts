import { evidence, type EvidenceBundle } from './index.ts';
import { CERTAINTIES, causeOf } from './types.ts';
import type { DifferenceResult } from './questions.ts';
import type { BorrowedFrom, Certainty, CostStudy, Design, Estimate, Guideline, MeanResult, Population, Source, Stratum } from './types.ts';

/**
 * Where a figure comes from, and what About lists. Kept apart from the selectors because it needs
 * the bibliography (sources.json), which pages load only when a provenance panel is opened.
 */

export interface Provenance {
	sources: Source[];
	/** Null for an honest gap (no study); "cost-study" for costs. */
	design: Design | null;
	certainty: Certainty | null;
	/** The patients the figure comes from. */
	population: Population;
	borrowedFrom: BorrowedFrom | null;
	industryFunded: boolean;
	/** i18n keys (evidence namespace) to show with the figure: its note, then any borrowing labels. */
	notes: string[];
}

/** Anything a chart draws. A difference result reads like a mean result here (scale, design, certainty). */
export type Traceable = Estimate | MeanResult | DifferenceResult | CostStudy;

function populationOf(sources: Source[], strata: Stratum[], borrowed: BorrowedFrom | null): Population {
	if (borrowed?.population) return borrowed.population;
	const fromSources = new Set(sources.map((s) => s.population));
	if (fromSources.size === 1) return [...fromSources][0];
	if (fromSources.size > 1) return 'mixed';
	const fromStrata = new Set<Population>(strata.map(causeOf));
	return fromStrata.size === 1 ? [...fromStrata][0] : 'mixed';
}

interface Described {
	ids: string[];
	design: Design | null;
	certainty: Certainty | null;
	borrowed: BorrowedFrom | null;
}

function describe(item: Traceable): Described {
	if ('status' in item) {
		return item.status === 'figure'
			? { ids: item.sources, design: item.design, certainty: item.certainty, borrowed: item.borrowedFrom ?? null }
			: { ids: [], design: null, certainty: null, borrowed: null };
	}
	if ('scale' in item)
		return { ids: item.sources, design: item.design, certainty: item.certainty, borrowed: item.borrowedFrom ?? null };
	return { ids: item.sources, design: 'cost-study', certainty: null, borrowed: null };
}

/** Where a figure, mean, difference or cost comes from, for its "about this number" panel. */
export function provenance(item: Traceable, bundle: EvidenceBundle = evidence): Provenance {
	const { ids, design, certainty, borrowed } = describe(item);
	const sources = ids.map((id) => bundle.sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
	const notes = [
		item.note,
		borrowed?.population ? `borrowed.population.${borrowed.population}` : undefined,
		borrowed?.age ? `borrowed.age.${borrowed.age}` : undefined
	].filter((k): k is string => k !== undefined);
	return {
		sources,
		design,
		certainty,
		population: populationOf(sources, item.strata, borrowed),
		borrowedFrom: borrowed,
		industryFunded: sources.some((s) => s.industryFunded),
		notes
	};
}

export interface AboutData {
	/** Every source, newest first, with citation, sponsor and conflicts. */
	sources: Source[];
	/** Sources paid for by industry, for the funding section. */
	industryFunded: Source[];
	certainty: { level: Certainty; label: string; explain: string }[];
	/** Only the study designs the content uses. */
	designs: { design: Design; label: string; explain: string }[];
	guidelines: Guideline[];
	/** How many figures and honest gaps the content holds. */
	counts: { sources: number; figures: number; gaps: number; means: number; costs: number };
}

/** What the About page lists: sources and sponsors, and the keys that explain certainty and design. */
export function aboutData(bundle: EvidenceBundle = evidence): AboutData {
	const sources = [...bundle.sources].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
	const used = new Set<Design>([
		...bundle.sources.map((s) => s.design),
		...bundle.estimates.flatMap((e) => (e.status === 'figure' ? [e.design] : [])),
		...bundle.means.map((m) => m.design)
	]);
	return {
		sources,
		industryFunded: sources.filter((s) => s.industryFunded),
		certainty: CERTAINTIES.map((level) => ({
			level,
			label: `certainty.${level}.label`,
			explain: `certainty.${level}.explain`
		})),
		designs: [...used].sort().map((design) => ({ design, label: `design.${design}.label`, explain: `design.${design}.explain` })),
		guidelines: [...bundle.guidelines].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
		counts: {
			sources: bundle.sources.length,
			figures: bundle.estimates.filter((e) => e.status === 'figure').length,
			gaps: bundle.estimates.filter((e) => e.status === 'no-evidence').length,
			means: bundle.means.length,
			costs: bundle.costs.length
		}
	};
}
