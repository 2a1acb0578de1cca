import * as v from 'valibot';
import { AGES, ARMS, OPTIONS, STRATA } from './types.ts';
import type { CostStudy, Estimate, Guideline, MeanResult, Outcome, Source } from './types.ts';
import { QUESTION_IDS, SITUATION_KEYS, type BottomLineEntry, type DifferenceResult } from './questions.ts';

/**
 * Valibot schemas for the content files. Objects are strict, so a misspelt field is reported
 * instead of silently ignored. Each schema describes one entry; files are lists of entries.
 * Cross-entry rules (ids resolve, counts match n/N, coverage) live in `checks.ts`.
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

const designSchema = v.picklist([
	'sham-controlled',
	'open-label-rct',
	'active-control-rct',
	'single-arm',
	'observational',
	'systematic-review',
	'guideline',
	'hta',
	'cost-study'
]);
const certaintySchema = v.picklist(['fairly-sure', 'not-very-sure', 'very-unsure']);
const populationSchema = v.picklist(['osteoporotic', 'cancer', 'mixed']);
const timeUnitSchema = v.picklist(['day', 'week', 'month', 'year']);
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
const borrowedFromSchema = v.strictObject({
	population: v.optional(populationSchema),
	age: v.optional(v.picklist([...AGES, 'mixed']))
});

export const sourceSchema = v.strictObject({
	id: sourceId,
	citation: text,
	year,
	pmid: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'must be digits only'))),
	doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d+\/\S+$/, 'must look like 10.1234/abc (no "doi:" prefix)'))),
	nct: v.optional(v.pipe(v.string(), v.regex(/^NCT\d{8}$/, 'must look like NCT01234567'))),
	urls: v.pipe(v.array(v.pipe(v.string(), v.url('must be a full URL'))), v.minLength(1, 'must list at least one URL')),
	design: designSchema,
	population: populationSchema,
	fractureAge: v.optional(text),
	nPerArm: v.optional(text),
	/** People in the study (randomised, or pooled), for "largest first" among equal designs. */
	participants: v.optional(v.pipe(wholeNumber, v.minValue(1, 'must be 1 or more'))),
	sponsor: text,
	conflicts: v.optional(text),
	industryFunded: v.boolean(),
	verified: v.boolean()
});

export const outcomeSchema = v.strictObject({
	id,
	kind: v.picklist(['benefit', 'harm', 'process']),
	question: v.picklist(['pain', 'harms', 'fractures', 'posture', 'cost']),
	denominator: v.picklist([100, 1000]),
	direction: v.picklist(['higher-better', 'higher-worse'])
});

const timeFrameSchema = v.strictObject({
	value: v.pipe(v.number(), v.minValue(0, 'must be 0 or more')),
	unit: timeUnitSchema,
	kind: v.picklist(['within', 'at']),
	label: v.optional(i18nKey)
});

const reportedSchema = v.strictObject({
	percent: v.optional(v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(100, 'must be 100 or less'))),
	n: v.optional(wholeNumber),
	N: v.optional(v.pipe(wholeNumber, v.minValue(1, 'must be 1 or more'))),
	basis: v.optional(v.picklist(['randomised', 'analysed', 'patients', 'levels', 'events']))
});

const estimateBase = {
	id,
	outcome: id,
	arm: armSchema,
	strata: strataSchema,
	comparison: id
};

const figureSchema = v.strictObject({
	...estimateBase,
	status: v.literal('figure'),
	count: wholeNumber,
	of: v.picklist([100, 1000]),
	reported: reportedSchema,
	range: v.optional(v.strictObject({ low: wholeNumber, high: wholeNumber })),
	timeFrame: timeFrameSchema,
	sources: sourceIdsSchema,
	design: designSchema,
	certainty: certaintySchema,
	borrowedFrom: v.optional(borrowedFromSchema),
	note: v.optional(i18nKey),
	verified: v.literal(true)
});

const missingSchema = v.strictObject({
	...estimateBase,
	status: v.literal('no-evidence'),
	note: i18nKey,
	notApplicable: v.optional(v.boolean())
});

export const estimateSchema = v.variant('status', [figureSchema, missingSchema]);

const meanPointSchema = v.strictObject({
	time: v.strictObject({ value: v.pipe(v.number(), v.minValue(0, 'must be 0 or more')), unit: timeUnitSchema }),
	mean: v.number(),
	ci: v.optional(v.strictObject({ low: v.number(), high: v.number() }))
});

export const meanSchema = v.strictObject({
	id,
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

export const costSchema = v.strictObject({
	id,
	sources: sourceIdsSchema,
	currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"')),
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

export const guidelineSchema = v.strictObject({
	id,
	body: text,
	year,
	sources: sourceIdsSchema,
	population: populationSchema,
	stance: i18nKey,
	strength: i18nKey
});

const differencePointSchema = v.strictObject({
	time: v.strictObject({ value: v.pipe(v.number(), v.minValue(0, 'must be 0 or more')), unit: timeUnitSchema }),
	difference: v.number(),
	low: v.number(),
	high: v.number()
});

export const differenceSchema = v.strictObject({
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

export const bottomLineSchema = v.strictObject({
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

// Compile-time guard: the schemas must produce exactly the public types in `types.ts`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchTypes = [
	Assert<Same<v.InferOutput<typeof sourceSchema>, Source>>,
	Assert<Same<v.InferOutput<typeof outcomeSchema>, Outcome>>,
	Assert<Same<v.InferOutput<typeof estimateSchema>, Estimate>>,
	Assert<Same<v.InferOutput<typeof meanSchema>, MeanResult>>,
	Assert<Same<v.InferOutput<typeof costSchema>, CostStudy>>,
	Assert<Same<v.InferOutput<typeof guidelineSchema>, Guideline>>,
	Assert<Same<v.InferOutput<typeof differenceSchema>, DifferenceResult>>,
	Assert<Same<v.InferOutput<typeof bottomLineSchema>, BottomLineEntry>>
];
