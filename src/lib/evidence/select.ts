import { evidence, type EvidenceBundle } from './index.ts';
import { AGES, CAUSES, OPTIONS, STRATA } from './types.ts';
import type {
	Cause,
	Certainty,
	ComparisonRow,
	CostStudy,
	Design,
	Estimate,
	FigureEstimate,
	FractureAge,
	Guideline,
	MeanResult,
	OptionId,
	Outcome,
	Situation,
	Source,
	Stratum
} from './types.ts';

export type Population = Source['population'];
export type BorrowedFrom = NonNullable<FigureEstimate['borrowedFrom']>;

export interface StrataSelection {
	/** The situations whose evidence applies, in the fixed STRATA order. */
	strata: Stratum[];
	/** Cause not given or "unsure": both causes are shown. */
	unsureCause: boolean;
	/** Fracture age not given or "unsure": both ages are shown. */
	unsureAge: boolean;
}

export interface OutcomeEvidence {
	outcome: Outcome;
	/** One row per study comparison that has at least one figure, in content order. */
	rows: ComparisonRow[];
	/** Every entry per option (figures and honest gaps), so an option without a row still says why. */
	byOption: Record<OptionId, Estimate[]>;
}

export interface SelectedEvidence extends StrataSelection {
	outcomes: OutcomeEvidence[];
	means: MeanResult[];
	costs: CostStudy[];
	guidelines: Guideline[];
}

const isCause = (x: unknown): x is Cause => (CAUSES as readonly unknown[]).includes(x);
const isAge = (x: unknown): x is FractureAge => (AGES as readonly unknown[]).includes(x);

/** The situations to show. Anything but a known cause or age (null, "unsure", a stale value) means both. */
export function strataFor(situation: Situation): StrataSelection {
	const cause = isCause(situation.cause) ? situation.cause : null;
	const age = isAge(situation.age) ? situation.age : null;
	const strata = STRATA.filter((s) => (!cause || s.startsWith(`${cause}-`)) && (!age || s.endsWith(`-${age}`)));
	return { strata, unsureCause: cause === null, unsureAge: age === null };
}

// Within one comparison and arm, several entries can apply when the situation is unsure: the
// study's own figure and copies borrowed for other situations. Show the study's own figure.
function preference(e: Estimate): number {
	if (e.status !== 'figure') return 2;
	return e.borrowedFrom ? 1 : 0;
}

function outcomeEvidence(outcome: Outcome, estimates: Estimate[], strata: Stratum[]): OutcomeEvidence {
	const groups = new Map<string, Estimate[]>();
	for (const e of estimates) groups.set(e.comparison, [...(groups.get(e.comparison) ?? []), e]);

	const rows: ComparisonRow[] = [];
	const byOption = Object.fromEntries(OPTIONS.map((o) => [o, [] as Estimate[]])) as Record<OptionId, Estimate[]>;
	for (const [comparison, group] of groups) {
		const hasFigure = group.some((e) => e.status === 'figure');
		const arms: ComparisonRow['arms'] = {};
		for (const e of group) {
			const current = arms[e.arm];
			if (!current || preference(e) < preference(current)) arms[e.arm] = e;
		}
		if (hasFigure) {
			const rowStrata = strata.filter((s) => group.some((e) => e.strata.includes(s)));
			rows.push({ comparison, outcome: outcome.id, arms, strata: rowStrata });
		}
		for (const option of OPTIONS) {
			// Gaps are all kept (each explains a different situation); figures only as drawn in the row.
			const chosen = arms[option];
			if (hasFigure && chosen?.status === 'figure') byOption[option].push(chosen);
			else byOption[option].push(...group.filter((e) => e.arm === option));
		}
	}
	return { outcome, rows, byOption };
}

/** The evidence for a situation, per outcome in content order, with means, costs and guidelines. */
export function selectEvidence(situation: Situation, bundle: EvidenceBundle = evidence): SelectedEvidence {
	const selection = strataFor(situation);
	const applies = (item: { strata: Stratum[] }) => item.strata.some((s) => selection.strata.includes(s));
	const causes = new Set(selection.strata.map((s) => s.slice(0, s.indexOf('-'))));
	const estimates = bundle.estimates.filter(applies);
	return {
		...selection,
		outcomes: bundle.outcomes.map((o) =>
			outcomeEvidence(
				o,
				estimates.filter((e) => e.outcome === o.id),
				selection.strata
			)
		),
		means: bundle.means.filter(applies),
		costs: bundle.costs.filter(applies),
		guidelines: bundle.guidelines.filter((g) => g.population === 'mixed' || causes.has(g.population))
	};
}

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

type Traceable = Estimate | MeanResult | CostStudy;

function populationOf(sources: Source[], strata: Stratum[], borrowed: BorrowedFrom | null): Population {
	if (borrowed?.population) return borrowed.population;
	const fromSources = new Set(sources.map((s) => s.population));
	if (fromSources.size === 1) return [...fromSources][0];
	if (fromSources.size > 1) return 'mixed';
	const fromStrata = new Set(strata.map((s) => (s.startsWith('cancer') ? 'cancer' : 'osteoporotic')));
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

/** Where a figure, mean or cost comes from, for its "about this number" panel. */
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

const CERTAINTIES: Certainty[] = ['fairly-sure', 'not-very-sure', 'very-unsure'];

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
