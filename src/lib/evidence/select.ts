import { core, type CoreBundle } from './core.ts';
import { AGES, CAUSES, OPTIONS, STRATA, causeOf } from './types.ts';
import type {
	Cause,
	ComparisonRow,
	CostStudy,
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
export function selectEvidence(situation: Situation, bundle: CoreBundle = core): SelectedEvidence {
	const selection = strataFor(situation);
	const applies = (item: { strata: Stratum[] }) => item.strata.some((s) => selection.strata.includes(s));
	const causes = new Set(selection.strata.map(causeOf));
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
