/**
 * The evidence model's public types. Content files in `content/evidence/` are validated
 * against schemas that produce exactly these shapes (see `schema.ts`).
 *
 * Prose never lives in these files: anything a person reads is an i18n key into
 * `content/locales/<lang>/evidence.json`, so every language shows the same numbers.
 */

export const OPTIONS = ['conservative', 'vertebroplasty', 'kyphoplasty'] as const;
/** The three real choices. */
export type OptionId = (typeof OPTIONS)[number];
/** An arm in a trial: one of the options, or a sham (placebo) procedure. */
export const ARMS = [...OPTIONS, 'sham'] as const;
export type ArmId = (typeof ARMS)[number];

export const CAUSES = ['osteoporotic', 'cancer'] as const;
export type Cause = (typeof CAUSES)[number];
export const AGES = ['acute', 'chronic'] as const;
export type FractureAge = (typeof AGES)[number];
/** A fully known situation; the evidence is tailored to one of these four. */
export type Stratum = `${Cause}-${FractureAge}`;
export const STRATA: readonly Stratum[] = CAUSES.flatMap((c) => AGES.map((a) => `${c}-${a}` as Stratum));

/** What the person said; "unsure" is a real answer. */
export type CauseAnswer = Cause | 'unsure';
export type AgeAnswer = FractureAge | 'unsure';
export interface Situation {
	cause: CauseAnswer | null;
	age: AgeAnswer | null;
}

export type Design =
	| 'sham-controlled'
	| 'open-label-rct'
	| 'active-control-rct'
	| 'single-arm'
	| 'observational'
	| 'systematic-review'
	| 'guideline'
	| 'hta'
	| 'cost-study';

/** Plain-word certainty shown under every figure. */
export type Certainty = 'fairly-sure' | 'not-very-sure' | 'very-unsure';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';
export interface TimeFrame {
	value: number;
	unit: TimeUnit;
	/** "within" (event any time up to) or "at" (measured at that time point). */
	kind: 'within' | 'at';
	/**
	 * i18n key (evidence namespace, under `timeFrames.`) for a time the source states only in words,
	 * e.g. "during or soon after the procedure". When set, show it instead of the formatted value.
	 */
	label?: string;
}

export interface Source {
	id: string;
	citation: string;
	year: number;
	pmid?: string;
	doi?: string;
	nct?: string;
	urls: string[];
	design: Design;
	population: 'osteoporotic' | 'cancer' | 'mixed';
	/** The study's own definition, in the study's words (bibliographic, not translated). */
	fractureAge?: string;
	/** e.g. "VP 61 / sham 59". */
	nPerArm?: string;
	/** People in the study (randomised, or pooled), for "largest first" among equal designs. */
	participants?: number;
	/** Who paid, as verified; "not verified" when unknown. */
	sponsor: string;
	conflicts?: string;
	industryFunded: boolean;
	verified: boolean;
}

export type OutcomeKind = 'benefit' | 'harm' | 'process';
/** The patient question an outcome answers; the outcomes page is grouped by these. */
export type Question = 'pain' | 'harms' | 'fractures' | 'posture' | 'cost';

export interface Outcome {
	id: string;
	kind: OutcomeKind;
	question: Question;
	/** 100 for common events, 1000 for rare harms. */
	denominator: 100 | 1000;
	direction: 'higher-better' | 'higher-worse';
	/**
	 * i18n keys (evidence namespace): `outcomes.<id>.name`, `.event`, `.explain` and `.caption` exist for
	 * every outcome; `.question`, `.caption_at` and `.caption_within` are optional (i18next context).
	 */
}

export interface Reported {
	percent?: number;
	n?: number;
	N?: number;
	/** Whether N counts those randomised or those analysed. */
	basis?: 'randomised' | 'analysed' | 'patients' | 'levels' | 'events';
}

interface EstimateBase {
	id: string;
	outcome: string;
	arm: ArmId;
	/** The situations this entry is shown for. */
	strata: Stratum[];
	/**
	 * Entries with the same `comparison` come from one study or pooled analysis and are drawn
	 * side by side in one row (e.g. VAPOUR vertebroplasty vs VAPOUR sham).
	 */
	comparison: string;
}

export interface FigureEstimate extends EstimateBase {
	status: 'figure';
	/** People affected per `of`. */
	count: number;
	of: 100 | 1000;
	reported: Reported;
	range?: { low: number; high: number };
	timeFrame: TimeFrame;
	sources: string[];
	design: Design;
	certainty: Certainty;
	/** Set when the figure comes from another population or fracture age: what it comes from. */
	borrowedFrom?: { population?: 'osteoporotic' | 'cancer' | 'mixed'; age?: FractureAge | 'mixed' };
	/** Optional i18n key (evidence namespace) for a caveat shown with the figure. */
	note?: string;
	verified: true;
}

export interface MissingEstimate extends EstimateBase {
	status: 'no-evidence';
	/** i18n key explaining what is missing. */
	note: string;
	/** True when the outcome cannot happen with this option (no cement, so no cement leak). */
	notApplicable?: boolean;
}

export type Estimate = FigureEstimate | MissingEstimate;

export interface MeanPoint {
	/** 0 = before treatment. */
	time: { value: number; unit: TimeUnit };
	mean: number;
	ci?: { low: number; high: number };
}

export interface MeanResult {
	id: string;
	/** i18n key under `scales.`: what was measured (pain 0-10, disability RDQ 0-24 …). */
	scale: string;
	min: number;
	max: number;
	higherIs: 'better' | 'worse';
	strata: Stratum[];
	sources: string[];
	design: Design;
	certainty: Certainty;
	arms: { arm: ArmId; points: MeanPoint[] }[];
	/** As on FigureEstimate: set when the result comes from another population or fracture age. */
	borrowedFrom?: { population?: 'osteoporotic' | 'cancer' | 'mixed'; age?: FractureAge | 'mixed' };
	note?: string;
}

export interface CostStudy {
	id: string;
	sources: string[];
	/** ISO 4217, e.g. "USD", "CAD", "SEK". Never converted. */
	currency: string;
	/** Price year as reported, e.g. "2007–08"; "unstated" when the study gives none (i18n `priceYear.unstated`). */
	priceYear: string;
	/** i18n keys under `costs.<id>.setting` / `.included` describe setting and what is counted. */
	strata: Stratum[];
	amounts: { arm: OptionId; amount: number | null; label?: string }[];
	note?: string;
}

export interface Guideline {
	id: string;
	body: string;
	year: number;
	sources: string[];
	population: 'osteoporotic' | 'cancer' | 'mixed';
	/** i18n key for the one neutral sentence, and for the strength. */
	stance: string;
	strength: string;
}

/** One row of a comparison: the arms a study compared, each a figure or an honest gap. */
export interface ComparisonRow {
	comparison: string;
	outcome: string;
	arms: Partial<Record<ArmId, Estimate>>;
	/** The strata these figures were drawn from when the situation is "not sure". */
	strata: Stratum[];
}
