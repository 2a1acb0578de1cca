import type { Situation } from '$lib/evidence/types';
import { AGE_ANSWERS, CAUSE_ANSWERS } from './model';
import { isLocale } from '$lib/i18n/locales';
import { isCardId, type CardId } from './cards';

/**
 * The deep-link contract (DESIGN.md §4): `#cause=osteoporotic|cancer|unsure&age=acute|chronic|unsure`
 * plus `&second={lang}`, `&card={card id}` for the open card of the Together deck, and `&answers={payload}`
 * for a hand-off that carries the whole session (kept raw here: `handoff.ts` decodes it, and only after the
 * person agrees). Parsing is total: whatever the fragment holds, it returns the valid parts
 * and a list of problems to show, and never throws.
 */

export interface FragmentProblem {
	kind: 'unknown-key' | 'bad-value' | 'repeated-key' | 'too-long' | 'malformed';
	key: string;
	/** The offending value, shortened for display. */
	value: string;
}

export interface ParsedFragment {
	situation: Partial<Situation>;
	second?: string;
	card?: CardId;
	/** The hand-off payload, undecoded. */
	answers?: string;
	problems: FragmentProblem[];
}

/** Fragments longer than this (not counting a hand-off payload) are not read at all: no legitimate link is near it. */
export const MAX_FRAGMENT_LENGTH = 512;
/** A hand-off payload longer than this is refused (by `handoff.ts`, with its own notice); ours stay far below it. */
export const MAX_PAYLOAD_LENGTH = 4096;
const ANSWERS_KEY = 'answers';
const SHOWN_VALUE_LENGTH = 24;

function shorten(text: string): string {
	const chars = Array.from(text);
	return chars.length > SHOWN_VALUE_LENGTH ? chars.slice(0, SHOWN_VALUE_LENGTH).join('') + '…' : text;
}

function decode(text: string): string | null {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

export function parseFragment(hash: unknown): ParsedFragment {
	const result: ParsedFragment = { situation: {}, problems: [] };
	if (typeof hash !== 'string') return result;
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (body === '') return result;
	const parts = body.length > MAX_FRAGMENT_LENGTH + MAX_PAYLOAD_LENGTH + 16 ? null : body.split('&');
	const payloads = parts?.filter((part) => part.startsWith(`${ANSWERS_KEY}=`)) ?? [];
	const others = parts?.filter((part) => !part.startsWith(`${ANSWERS_KEY}=`)) ?? [];
	if (!parts || others.join('&').length > MAX_FRAGMENT_LENGTH) {
		result.problems.push({ kind: 'too-long', key: '', value: shorten(body) });
		return result;
	}
	if (payloads.length > 1) result.problems.push({ kind: 'repeated-key', key: ANSWERS_KEY, value: '' });
	if (payloads.length > 0) {
		const payload = decode(payloads[0].slice(ANSWERS_KEY.length + 1));
		if (payload === null) result.problems.push({ kind: 'malformed', key: ANSWERS_KEY, value: shorten(payloads[0]) });
		else result.answers = payload;
	}
	const seen = new Set<string>();
	for (const part of others) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const rawKey = eq === -1 ? part : part.slice(0, eq);
		const rawValue = eq === -1 ? '' : part.slice(eq + 1);
		const key = decode(rawKey);
		const value = decode(rawValue);
		if (key === null || value === null) {
			result.problems.push({ kind: 'malformed', key: shorten(rawKey), value: shorten(rawValue) });
			continue;
		}
		if (seen.has(key) && (key === 'cause' || key === 'age' || key === 'second' || key === 'card')) {
			result.problems.push({ kind: 'repeated-key', key, value: shorten(value) });
			continue;
		}
		seen.add(key);
		if (key === 'cause') {
			const cause = CAUSE_ANSWERS.find((c) => c === value);
			if (cause) result.situation.cause = cause;
			else result.problems.push({ kind: 'bad-value', key, value: shorten(value) });
		} else if (key === 'age') {
			const age = AGE_ANSWERS.find((a) => a === value);
			if (age) result.situation.age = age;
			else result.problems.push({ kind: 'bad-value', key, value: shorten(value) });
		} else if (key === 'second') {
			if (isLocale(value)) result.second = value;
			else result.problems.push({ kind: 'bad-value', key, value: shorten(value) });
		} else if (key === 'card') {
			if (isCardId(value)) result.card = value;
			else result.problems.push({ kind: 'bad-value', key, value: shorten(value) });
		} else {
			result.problems.push({ kind: 'unknown-key', key: shorten(key), value: shorten(value) });
		}
	}
	return result;
}

/**
 * The fragment for a situation, second language, the deck's open card and a hand-off payload still
 * waiting for the person's answer; empty when nothing is known.
 */
export function formatFragment(
	situation: Situation,
	second?: string | null,
	extras: { card?: CardId | null; answers?: string | null } = {}
): string {
	const { card, answers } = extras;
	const parts: string[] = [];
	if (situation.cause) parts.push(`cause=${situation.cause}`);
	if (situation.age) parts.push(`age=${situation.age}`);
	if (second) parts.push(`second=${encodeURIComponent(second)}`);
	if (card) parts.push(`card=${card}`);
	if (answers) parts.push(`${ANSWERS_KEY}=${encodeURIComponent(answers)}`);
	return parts.length ? `#${parts.join('&')}` : '';
}
