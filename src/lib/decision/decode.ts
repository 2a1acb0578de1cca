import * as v from 'valibot';
import { OPTIONS } from '$lib/evidence/types';
import { isLocale } from '$lib/i18n/locales';
import {
	AGE_ANSWERS,
	CAUSE_ANSWERS,
	SAFETY_ITEMS,
	SURE_ITEMS,
	VALUE_ITEMS,
	VALUE_MAX,
	emptyAnswers,
	type Answers
} from './model';
import { LIMITS, clipList, clipText } from './limits';
import { STORAGE_KEY, STORAGE_VERSION, browserStore, type KeyValueStore, type LoadNotice } from './storage';

/**
 * Reading saved answers back: every field checked (valibot), each falling back on its own. Only
 * loaded when there is something stored to read (see `storage.ts`).
 */
const nullableFlag = v.fallback(v.nullable(v.boolean()), null);
const flags = <K extends string>(keys: readonly K[]) => {
	const schema = v.object(Object.fromEntries(keys.map((k) => [k, nullableFlag])) as Record<K, typeof nullableFlag>);
	return v.fallback(schema, () => Object.fromEntries(keys.map((k) => [k, null])) as v.InferOutput<typeof schema>);
};
const isLocaleCode = (code: string) => isLocale(code);
const text = (length: number) => v.pipe(v.string(), v.maxLength(length));
const textList = (count: number, length: number) => v.fallback(v.pipe(v.array(text(length)), v.maxLength(count)), () => []);
const id = text(LIMITS.idLength);
const rating = v.fallback(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(VALUE_MAX))), null);

/** Each field falls back on its own, so one bad field does not cost the others. */
const AnswersSchema = v.object({
	situation: v.fallback(
		v.object({
			cause: v.fallback(v.nullable(v.picklist(CAUSE_ANSWERS)), null),
			age: v.fallback(v.nullable(v.picklist(AGE_ANSWERS)), null)
		}),
		() => ({ cause: null, age: null })
	),
	mode: v.fallback(v.picklist(['home', 'together'] as const), 'home'),
	safety: v.fallback(
		v.object({ answers: flags(SAFETY_ITEMS), continuedAnyway: v.fallback(v.boolean(), false) }),
		() => emptyAnswers().safety
	),
	values: v.fallback(
		v.object(Object.fromEntries(VALUE_ITEMS.map((k) => [k, rating])) as Record<(typeof VALUE_ITEMS)[number], typeof rating>),
		() => emptyAnswers().values
	),
	leaning: v.fallback(v.nullable(v.picklist([...OPTIONS, 'unsure'] as const)), null),
	knowledge: v.fallback(v.record(id, id), () => ({})),
	sure: flags(SURE_ITEMS),
	questions: v.fallback(
		v.object({
			picked: textList(LIMITS.pickedQuestions, LIMITS.idLength),
			own: textList(LIMITS.ownQuestions, LIMITS.questionLength)
		}),
		() => ({ picked: [], own: [] })
	),
	notes: v.fallback(text(LIMITS.notesLength), ''),
	second: v.fallback(v.nullable(v.pipe(v.string(), v.check(isLocaleCode))), null),
	language: v.fallback(v.nullable(v.pipe(v.string(), v.check(isLocaleCode))), null)
});

const Envelope = v.object({ version: v.number(), answers: v.unknown() });

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function decodeStored(raw: string | null | undefined): { answers: Answers; notice: LoadNotice } {
	if (raw === null || raw === undefined) return { answers: emptyAnswers(), notice: 'none' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { answers: emptyAnswers(), notice: 'corrupt' };
	}
	const envelope = v.safeParse(Envelope, parsed);
	if (!envelope.success || !isPlainObject(envelope.output.answers)) return { answers: emptyAnswers(), notice: 'corrupt' };
	if (envelope.output.version !== STORAGE_VERSION) return { answers: emptyAnswers(), notice: 'old-version' };
	const { stored, trimmed } = trimToLimits(envelope.output.answers);
	const result = v.safeParse(AnswersSchema, stored);
	if (!result.success) return { answers: emptyAnswers(), notice: 'corrupt' };
	// Re-encoding must give back what was stored; otherwise a fallback replaced something.
	const salvaged = result.output as Answers;
	const intact = JSON.stringify(normalise(stored)) === JSON.stringify(normalise(salvaged));
	return { answers: salvaged, notice: !intact ? 'partly-corrupt' : trimmed ? 'trimmed' : 'none' };
}

/**
 * Cuts over-long free text to `LIMITS` before validation, so that one question too many (saved by an
 * older version, or edited by hand) costs that question, not the whole list.
 */
function trimToLimits(stored: Record<string, unknown>): { stored: Record<string, unknown>; trimmed: boolean } {
	let trimmed = false;
	const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
	const list = (value: unknown, count: number, length: number) => {
		if (!strings(value)) return value;
		const clipped = clipList(value, count, length);
		if (clipped.length !== value.length || clipped.some((item, i) => item !== value[i])) trimmed = true;
		return clipped;
	};
	const out = { ...stored };
	if (isPlainObject(stored.questions)) {
		const { own, picked } = stored.questions;
		out.questions = {
			...stored.questions,
			...(own === undefined ? {} : { own: list(own, LIMITS.ownQuestions, LIMITS.questionLength) }),
			...(picked === undefined ? {} : { picked: list(picked, LIMITS.pickedQuestions, LIMITS.idLength) })
		};
	}
	if (typeof stored.notes === 'string') {
		out.notes = clipText(stored.notes, LIMITS.notesLength);
		if (out.notes !== stored.notes) trimmed = true;
	}
	return { stored: out, trimmed };
}

/** Stable key order, so the intact check compares content, not property order. */
function normalise(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(normalise);
	if (isPlainObject(value)) {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, normalise(value[k])])
		);
	}
	return value;
}


/** The language and way in saved last, so `/` can send a returning person straight back to them. */
export function rememberedStart(store: KeyValueStore | null = browserStore()): Pick<Answers, 'language' | 'mode'> {
	let raw: string | null = null;
	try {
		raw = store?.get(STORAGE_KEY) ?? null;
	} catch {
		raw = null;
	}
	const { language, mode } = decodeStored(raw).answers;
	return { language, mode };
}
