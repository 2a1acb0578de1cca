import * as v from 'valibot';
import { OPTIONS } from '$lib/evidence/types';
import { isLocale } from '$lib/i18n/locales';
import { MAX_PAYLOAD_LENGTH } from './fragment';
import {
	AGE_ANSWERS,
	CAUSE_ANSWERS,
	emptyAnswers,
	type Answers,
	type SafetyItem,
	type SureItem,
	type ValueItem
} from './model';
import { encodeStored } from './storage';
import { decodeStored } from './decode';

/**
 * The hand-off payload: the whole session, compressed into the link's fragment as
 * `&answers={payload}` (DESIGN.md §4 Hand-off), so it reaches a phone without any server.
 *
 * payload = `{version}.{base64url(zlib-deflate(JSON))}`. The version sits outside the
 * compressed part so a link from a newer aid is recognised without being read; zlib (not raw
 * deflate) carries an Adler-32 checksum, so a truncated or altered link fails to decompress
 * instead of loading something else. The JSON uses one-letter keys and one character per
 * answer to keep the QR code small; what it decodes to must pass the very rules stored
 * answers pass (`decodeStored`), so a link can never load what storage would refuse.
 */
export const HANDOFF_VERSION = 1;

/** Stop inflating past this: a real session is a few kilobytes, a tampered one could be a bomb. */
const MAX_JSON_BYTES = 64 * 1024;

/** The order of the one-character answers in version 1. Fixed here: a new item means a new version. */
const V1_SAFETY = ['legWeakness', 'bladderBowel', 'fever', 'highEnergy'] as const satisfies readonly SafetyItem[];
const V1_VALUES = ['fastRelief', 'avoidProcedure', 'avoidRareHarm', 'cost', 'posture', 'hospitalTime'] as const satisfies readonly ValueItem[];
const V1_SURE = ['sure', 'understand', 'risksBenefits', 'support'] as const satisfies readonly SureItem[];
export const V1_ITEMS = { safety: V1_SAFETY, values: V1_VALUES, sure: V1_SURE };

export type HandoffProblem = 'too-long' | 'future-version' | 'damaged' | 'invalid';

export type HandoffResult =
	/** `language`: the one the link opens in, the patient's (the second language when one is set). */
	| { ok: true; answers: Answers; language: string }
	| { ok: false; problem: HandoffProblem };

const locale = v.pipe(v.string(), v.check((code: string) => isLocale(code)));
const Wire = v.strictObject({
	/** The page language the session was in (the clinician's, in a bilingual consultation). */
	l: locale,
	/** The second language, the patient's, when one is set. */
	o: v.optional(locale),
	c: v.optional(v.picklist(CAUSE_ANSWERS)),
	a: v.optional(v.picklist(AGE_ANSWERS)),
	f: v.optional(v.pipe(v.string(), v.regex(/^[yn-]{4}$/))),
	/** 1: continued past a safety "yes" deliberately. */
	g: v.optional(v.literal(1)),
	r: v.optional(v.pipe(v.string(), v.regex(/^[0-4-]{6}$/))),
	p: v.optional(v.picklist([...OPTIONS, 'unsure'] as const)),
	u: v.optional(v.pipe(v.string(), v.regex(/^[yn-]{4}$/))),
	k: v.optional(v.record(v.string(), v.string())),
	q: v.optional(v.array(v.string())),
	w: v.optional(v.array(v.string())),
	n: v.optional(v.string())
});
type Wire = v.InferOutput<typeof Wire>;

const flag = (value: boolean | null) => (value === null ? '-' : value ? 'y' : 'n');
const unflag = (char: string) => (char === '-' ? null : char === 'y');
const allNull = (text: string) => /^-*$/.test(text);

function toWire(answers: Answers, language: string): Wire {
	const wire: Wire = { l: language };
	if (answers.second && answers.second !== language) wire.o = answers.second;
	if (answers.situation.cause) wire.c = answers.situation.cause;
	if (answers.situation.age) wire.a = answers.situation.age;
	const safety = V1_SAFETY.map((item) => flag(answers.safety.answers[item])).join('');
	if (!allNull(safety)) wire.f = safety;
	if (answers.safety.continuedAnyway) wire.g = 1;
	const ratings = V1_VALUES.map((item) => answers.values[item] ?? '-').join('');
	if (!allNull(ratings)) wire.r = ratings;
	if (answers.leaning) wire.p = answers.leaning;
	const sure = V1_SURE.map((item) => flag(answers.sure[item])).join('');
	if (!allNull(sure)) wire.u = sure;
	if (Object.keys(answers.knowledge).length) wire.k = answers.knowledge;
	if (answers.questions.picked.length) wire.q = answers.questions.picked;
	if (answers.questions.own.length) wire.w = answers.questions.own;
	if (answers.notes) wire.n = answers.notes;
	return wire;
}

function fromWire(wire: Wire): Answers {
	const answers = emptyAnswers();
	answers.language = wire.l;
	answers.second = wire.o ?? null;
	answers.situation = { cause: wire.c ?? null, age: wire.a ?? null };
	V1_SAFETY.forEach((item, i) => (answers.safety.answers[item] = unflag(wire.f?.[i] ?? '-')));
	answers.safety.continuedAnyway = wire.g === 1;
	V1_VALUES.forEach((item, i) => {
		const char = wire.r?.[i] ?? '-';
		answers.values[item] = char === '-' ? null : Number(char);
	});
	answers.leaning = wire.p ?? null;
	V1_SURE.forEach((item, i) => (answers.sure[item] = unflag(wire.u?.[i] ?? '-')));
	answers.knowledge = { ...(wire.k ?? {}) };
	answers.questions = { picked: [...(wire.q ?? [])], own: [...(wire.w ?? [])] };
	answers.notes = wire.n ?? '';
	return answers;
}

/** The session as a payload; `language` is the page language it was made in. */
export async function encodeHandoff(answers: Answers, language: string): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(toWire(answers, language)));
	const compressed = await collect(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate')), Infinity);
	return `${HANDOFF_VERSION}.${toBase64Url(compressed!)}`;
}

/** Total: whatever the payload holds, it resolves to answers or to the one problem to tell the person. */
export async function decodeHandoff(payload: unknown): Promise<HandoffResult> {
	if (typeof payload !== 'string') return { ok: false, problem: 'damaged' };
	if (payload.length > MAX_PAYLOAD_LENGTH) return { ok: false, problem: 'too-long' };
	const match = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(payload);
	if (!match) return { ok: false, problem: 'damaged' };
	const version = Number(match[1]);
	if (version > HANDOFF_VERSION) return { ok: false, problem: 'future-version' };
	if (version !== HANDOFF_VERSION) return { ok: false, problem: 'damaged' };
	const bytes = fromBase64Url(match[2]);
	if (!bytes) return { ok: false, problem: 'damaged' };
	let json: string;
	try {
		const inflated = await collect(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')), MAX_JSON_BYTES);
		if (!inflated) return { ok: false, problem: 'too-long' };
		json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
	} catch {
		return { ok: false, problem: 'damaged' };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return { ok: false, problem: 'damaged' };
	}
	const wire = v.safeParse(Wire, parsed);
	if (!wire.success) return { ok: false, problem: 'invalid' };
	const answers = fromWire(wire.output);
	// The same rules as saved answers: anything storage would drop or cut makes the whole link invalid.
	const stored = decodeStored(encodeStored(answers));
	if (stored.notice !== 'none') return { ok: false, problem: 'invalid' };
	return { ok: true, answers: stored.answers, language: wire.output.o ?? wire.output.l };
}

/** Reads a stream to the end; null once it passes `limit` bytes. */
async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
	const chunks: Uint8Array[] = [];
	let length = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/** What a shortened hand-off left out, so the page can say so. */
export interface LeftOut {
	/** Characters of the notes left out (from the end). */
	notes: number;
	/** Own questions left out (from the end of the list). */
	ownQuestions: number;
}

/**
 * The longest hand-off whose link still `fits` (in a scannable QR code): everything when it can,
 * otherwise the notes cut from the end, then the person's own questions dropped from the end.
 * Everything else is a few dozen characters and always fits.
 */
export async function fitHandoff(
	answers: Answers,
	language: string,
	linkFor: (payload: string) => string,
	fits: (link: string) => boolean
): Promise<{ link: string; leftOut: LeftOut }> {
	const build = async (notes: string, own: string[]) =>
		linkFor(await encodeHandoff({ ...answers, notes, questions: { ...answers.questions, own } }, language));
	const own = answers.questions.own;
	const full = await build(answers.notes, own);
	if (fits(full)) return { link: full, leftOut: { notes: 0, ownQuestions: 0 } };

	// Code points, so a cut never splits a character in two.
	const chars = Array.from(answers.notes);
	let best: string | null = null;
	let low = 0;
	let high = chars.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const link = await build(chars.slice(0, mid).join(''), own);
		if (fits(link)) {
			best = link;
			low = mid + 1;
		} else high = mid - 1;
	}
	if (best) return { link: best, leftOut: { notes: chars.length - high, ownQuestions: 0 } };

	for (let kept = own.length - 1; kept >= 0; kept--) {
		const link = await build('', own.slice(0, kept));
		if (fits(link) || kept === 0) return { link, leftOut: { notes: chars.length, ownQuestions: own.length - kept } };
	}
	return { link: await build('', []), leftOut: { notes: chars.length, ownQuestions: 0 } };
}

/** What a hand-off brings, for the consent screen. */
export interface HandoffSummary {
	situation: Answers['situation'];
	safetyAnswered: number;
	ratings: number;
	leaning: Answers['leaning'];
	sureAnswered: number;
	knowledgeAnswered: number;
	questions: number;
	notes: boolean;
	/** The session's languages: its page language, then the second one when set. */
	languages: string[];
}

export function summariseHandoff(answers: Answers): HandoffSummary {
	const count = (values: unknown[]) => values.filter((value) => value !== null).length;
	return {
		situation: answers.situation,
		safetyAnswered: count(Object.values(answers.safety.answers)),
		ratings: count(Object.values(answers.values)),
		leaning: answers.leaning,
		sureAnswered: count(Object.values(answers.sure)),
		knowledgeAnswered: Object.keys(answers.knowledge).length,
		questions: answers.questions.picked.length + answers.questions.own.length,
		notes: answers.notes.trim() !== '',
		languages: [...new Set([answers.language, answers.second].filter((code): code is string => code !== null))]
	};
}
