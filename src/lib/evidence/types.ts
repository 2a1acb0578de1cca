import type * as v from 'valibot';
import type { ENTRY_SCHEMAS } from './schema.ts';

/**
 * The evidence model's enumerations and public types. Content files in `content/evidence/` are
 * validated by the schemas in `schema.ts`; the types here are what those schemas produce.
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

/** Study designs, as the dossier names them; also the `data-design` values of every chart. */
export const DESIGNS = [
	'sham-controlled',
	'open-label-rct',
	'active-control-rct',
	'single-arm',
	'observational',
	'systematic-review',
	'guideline',
	'hta',
	'cost-study'
] as const;
/** Plain-word certainty shown under every figure, surest first. */
export const CERTAINTIES = ['fairly-sure', 'not-very-sure', 'very-unsure'] as const;
export const POPULATIONS = ['osteoporotic', 'cancer', 'mixed'] as const;
export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const;
export const OUTCOME_KINDS = ['benefit', 'harm', 'process'] as const;
/** The patient question an outcome answers; the outcomes page is grouped by these. */
export const OUTCOME_QUESTIONS = ['pain', 'harms', 'fractures', 'posture', 'cost'] as const;
export const DIRECTIONS = ['higher-better', 'higher-worse'] as const;
/** What a reported N counts. */
export const BASES = ['randomised', 'analysed', 'patients', 'levels', 'events'] as const;
/** 100 for common events, 1000 for rare harms. */
export const DENOMINATORS = [100, 1000] as const;

export type Design = (typeof DESIGNS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Population = (typeof POPULATIONS)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];
export type Question = (typeof OUTCOME_QUESTIONS)[number];

/** The cause a stratum belongs to (`cancer-acute` → `cancer`). */
export function causeOf(stratum: Stratum): Cause {
	return stratum.slice(0, stratum.indexOf('-')) as Cause;
}

// The content shapes are the schemas' outputs (`schema.ts`, documented there field by field); a
// type-only import, so the browser never loads valibot.
type Entry<File extends keyof typeof ENTRY_SCHEMAS> = v.InferOutput<(typeof ENTRY_SCHEMAS)[File]>;
export type Source = Entry<'sources'>;
/** What a source's entry shows (About, provenance panels): the rest (arm sizes, fracture ages) is for checks. */
export type SourceShown = Pick<Source, 'id' | 'citation' | 'year' | 'doi' | 'nct' | 'pmid' | 'urls' | 'design' | 'population' | 'sponsor' | 'conflicts' | 'industryFunded'>;
export type Outcome = Entry<'outcomes'>;
export type Estimate = Entry<'estimates'>;
export type FigureEstimate = Extract<Estimate, { status: 'figure' }>;
export type MissingEstimate = Extract<Estimate, { status: 'no-evidence' }>;
/** Set on a figure taken from another population or fracture age: what it comes from. */
export type BorrowedFrom = NonNullable<FigureEstimate['borrowedFrom']>;
export type Reported = FigureEstimate['reported'];
export type TimeFrame = FigureEstimate['timeFrame'];
export type MeanResult = Entry<'means'>;
export type MeanPoint = MeanResult['arms'][number]['points'][number];
export type CostStudy = Entry<'costs'>;
export type Guideline = Entry<'guidelines'>;

/** One row of a comparison: the arms a study compared, each a figure or an honest gap. */
export interface ComparisonRow {
	comparison: string;
	outcome: string;
	arms: Partial<Record<ArmId, Estimate>>;
	/** The strata these figures were drawn from when the situation is "not sure". */
	strata: Stratum[];
}
