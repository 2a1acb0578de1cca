import * as v from 'valibot';
import {
	AGES,
	ARMS,
	BASES,
	CERTAINTIES,
	DENOMINATORS,
	DESIGNS,
	DIRECTIONS,
	OPTIONS,
	OUTCOME_KINDS,
	OUTCOME_QUESTIONS,
	POPULATIONS,
	STRATA,
	TIME_UNITS
} from './types.ts';
import { QUESTION_IDS, SITUATION_KEYS, type BottomLineEntry, type DifferenceResult } from './questions.ts';

/**
 * Valibot schemas for the content files. Objects are strict, so a misspelt field is reported
 * instead of silently ignored. Each schema describes one entry; files are lists of entries.
 * Cross-entry rules (ids resolve, counts match n/N, coverage) live in `checks.ts`. The public types
 * (`types.ts`) are what these schemas produce, so a field is described here once.
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must use lower-case letters, digits and single hyphens')
);
const sourceId = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'must be a source id from the dossier, e.g. "V2-fx"')
);
const i18nKey = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9_-]+)+$/, 'must be an i18n key such as "notes.example"')
);
const wholeNumber = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'));
const year = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1950, 'must be a year'), v.maxValue(2100, 'must be a year'));

function uniqueItems<T>(items: T[]): boolean {
	return new Set(items).size === items.length;
}

const designSchema = v.picklist(DESIGNS);
const certaintySchema = v.picklist(CERTAINTIES);
const populationSchema = v.picklist(POPULATIONS);
const timeUnitSchema = v.picklist(TIME_UNITS);
const denominatorSchema = v.picklist(DENOMINATORS);
const armSchema = v.picklist(ARMS);
const strataSchema = v.pipe(
	v.array(v.picklist(STRATA)),
	v.minLength(1, 'must list at least one situation'),
	v.check(uniqueItems, 'lists the same situation twice')
);
const sourceIdsSchema = v.pipe(
	v.array(sourceId),
	v.minLength(1, 'must cite at least one source'),
	v.check(uniqueItems, 'cites the same source twice')
);
/** Set when a figure comes from another population or fracture age: what it comes from. */
const borrowedFromSchema = v.strictObject({
	population: v.optional(populationSchema),
	age: v.optional(v.picklist([...AGES, 'mixed']))
});

const sourceSchema = v.strictObject({
	id: sourceId,
	citation: text,
	year,
	pmid: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'must be digits only'))),
	doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d+\/\S+$/, 'must look like 10.1234/abc (no "doi:" prefix)'))),
	nct: v.optional(v.pipe(v.string(), v.regex(/^NCT\d{8}$/, 'must look like NCT01234567'))),
	urls: v.pipe(v.array(v.pipe(v.string(), v.url('must be a full URL'))), v.minLength(1, 'must list at least one URL')),
	design: designSchema,
	population: populationSchema,
	/** The study's own definition, in the study's words (bibliographic, not translated). */
	fractureAge: v.optional(text),
	/** e.g. "VP 61 / sham 59". */
	nPerArm: v.optional(text),
	/** People in the study (randomised, or pooled), for "largest first" among equal designs. */
	participants: v.optional(v.pipe(wholeNumber, v.minValue(1, 'must be 1 or more'))),
	/** Who paid, as verified; "not verified" when unknown. */
	sponsor: text,
	conflicts: v.optional(text),
	industryFunded: v.boolean(),
	verified: v.boolean()
});

const outcomeSchema = v.strictObject({
	id,
	kind: v.picklist(OUTCOME_KINDS),
	question: v.picklist(OUTCOME_QUESTIONS),
	denominator: denominatorSchema,
	direction: v.picklist(DIRECTIONS)
	// i18n keys (evidence namespace): `outcomes.<id>.name`, `.event`, `.explain` and `.caption` exist for
	// every outcome; `.question`, `.caption_at` and `.caption_within` are optional (i18next context).
});

const timeFrameSchema = v.strictObject({
	value: v.pipe(v.number(), v.minValue(0, 'must be 0 or more')),
	unit: timeUnitSchema,
	/** "within" (event any time up to) or "at" (measured at that time point). */
	kind: v.picklist(['within', 'at']),
	/**
	 * i18n key (evidence namespace, under `timeFrames.`) for a time the source states only in words,
	 * e.g. "during or soon after the procedure". When set, show it instead of the formatted value.
	 */
	label: v.optional(i18nKey)
});

const reportedSchema = v.strictObject({
	percent: v.optional(v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(100, 'must be 100 or less'))),
	n: v.optional(wholeNumber),
	N: v.optional(v.pipe(wholeNumber, v.minValue(1, 'must be 1 or more'))),
	/** Whether N counts those randomised or those analysed. */
	basis: v.optional(v.picklist(BASES))
});

const estimateBase = {
	id,
	outcome: id,
	arm: armSchema,
	/** The situations this entry is shown for. */
	strata: strataSchema,
	/**
	 * Entries with the same `comparison` come from one study or pooled analysis and are drawn
	 * side by side in one row (e.g. VAPOUR vertebroplasty vs VAPOUR sham).
	 */
	comparison: id
};

const figureSchema = v.strictObject({
	...estimateBase,
	status: v.literal('figure'),
	/** People affected per `of`. */
	count: wholeNumber,
	of: denominatorSchema,
	reported: reportedSchema,
	range: v.optional(v.strictObject({ low: wholeNumber, high: wholeNumber })),
	timeFrame: timeFrameSchema,
	sources: sourceIdsSchema,
	design: designSchema,
	certainty: certaintySchema,
	borrowedFrom: v.optional(borrowedFromSchema),
	/** Optional i18n key (evidence namespace) for a caveat shown with the figure. */
	note: v.optional(i18nKey),
	verified: v.literal(true)
});

const missingSchema = v.strictObject({
	...estimateBase,
	status: v.literal('no-evidence'),
	/** i18n key explaining what is missing. */
	note: i18nKey,
	/** True when the outcome cannot happen with this option (no cement, so no cement leak). */
	notApplicable: v.optional(v.boolean())
});

const estimateSchema = v.variant('status', [figureSchema, missingSchema]);

const meanPointSchema = v.strictObject({
	/** 0 = before treatment. */
	time: v.strictObject({ value: v.pipe(v.number(), v.minValue(0, 'must be 0 or more')), unit: timeUnitSchema }),
	mean: v.number(),
	ci: v.optional(v.strictObject({ low: v.number(), high: v.number() }))
});

const meanSchema = v.strictObject({
	id,
	/** i18n key under `scales.`: what was measured (pain 0-10, disability RDQ 0-24 …). */
	scale: id,
	min: v.number(),
	max: v.number(),
	higherIs: v.picklist(['better', 'worse']),
	strata: strataSchema,
	sources: sourceIdsSchema,
	design: designSchema,
	certainty: certaintySchema,
	arms: v.pipe(
		v.array(
			v.strictObject({
				arm: armSchema,
				points: v.pipe(v.array(meanPointSchema), v.minLength(1, 'must have at least one time point'))
			})
		),
		v.minLength(1, 'must have at least one arm')
	),
	borrowedFrom: v.optional(borrowedFromSchema),
	note: v.optional(i18nKey)
});

const costSchema = v.strictObject({
	id,
	sources: sourceIdsSchema,
	/** ISO 4217, e.g. "USD", "CAD", "SEK". Never converted. */
	currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"')),
	/** Price year as reported, e.g. "2007–08"; "unstated" when the study gives none (i18n `priceYear.unstated`). */
	priceYear: v.pipe(
		v.string(),
		v.regex(/^(?:\d{4}(?:[–/-]\d{2,4})?|unstated)$/, 'must be a year such as "2011", a span such as "2007–08", or "unstated"')
	),
	strata: strataSchema,
	amounts: v.pipe(
		v.array(
			v.strictObject({
				arm: v.picklist(OPTIONS),
				amount: v.nullable(v.pipe(v.number(), v.minValue(0, 'must be 0 or more'))),
				label: v.optional(i18nKey)
			})
		),
		v.minLength(1, 'must list an amount (or null) for each option')
	),
	note: v.optional(i18nKey)
});

const guidelineSchema = v.strictObject({
	id,
	body: text,
	year,
	sources: sourceIdsSchema,
	population: populationSchema,
	/** i18n key for the one neutral sentence, and for the strength. */
	stance: i18nKey,
	strength: i18nKey
});

const differencePointSchema = v.strictObject({
	time: v.strictObject({ value: v.pipe(v.number(), v.minValue(0, 'must be 0 or more')), unit: timeUnitSchema }),
	difference: v.number(),
	low: v.number(),
	high: v.number()
});

const differenceSchema = v.strictObject({
	id,
	scale: id,
	treatment: armSchema,
	comparator: armSchema,
	strata: strataSchema,
	sources: sourceIdsSchema,
	design: designSchema,
	certainty: certaintySchema,
	points: v.pipe(v.array(differencePointSchema), v.minLength(1, 'must have at least one time point')),
	note: v.optional(i18nKey),
	questions: v.pipe(v.array(v.picklist(QUESTION_IDS)), v.minLength(1, 'must name at least one question')),
	higherMeans: v.picklist(['treatment-better', 'comparator-better']),
	borrowedFrom: v.optional(borrowedFromSchema)
});

const perOption = <T extends v.GenericSchema>(schema: T) =>
	v.strictObject({ conservative: v.optional(schema), vertebroplasty: v.optional(schema), kyphoplasty: v.optional(schema) });

const bottomLineSchema = v.strictObject({
	id,
	question: v.picklist(QUESTION_IDS),
	situations: v.pipe(
		v.array(v.picklist(SITUATION_KEYS)),
		v.minLength(1, 'must list at least one situation'),
		v.check(uniqueItems, 'lists the same situation twice')
	),
	certainty: certaintySchema,
	text: i18nKey,
	entries: v.pipe(v.array(id), v.minLength(1, 'must cite at least one entry'), v.check(uniqueItems, 'cites the same entry twice')),
	sources: v.optional(sourceIdsSchema),
	namesHarms: v.optional(v.boolean()),
	headline: v.optional(perOption(id)),
	gaps: v.optional(perOption(i18nKey))
});

export const ENTRY_SCHEMAS = {
	sources: sourceSchema,
	outcomes: outcomeSchema,
	estimates: estimateSchema,
	means: meanSchema,
	costs: costSchema,
	guidelines: guidelineSchema,
	differences: differenceSchema,
	'bottom-lines': bottomLineSchema
} as const;

/**
 * @public — compile-time guard, read by no code: the two shapes `questions.ts` still writes out by hand
 * must stay exactly what their schemas produce. (Every other content type is derived in `types.ts`.)
 */
export type SchemasMatchTypes = [
	Assert<Same<v.InferOutput<typeof differenceSchema>, DifferenceResult>>,
	Assert<Same<v.InferOutput<typeof bottomLineSchema>, BottomLineEntry>>
];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
