import type { Situation } from '$lib/evidence/types';
import { AGE_ANSWERS, CAUSE_ANSWERS } from './model';
import { isLocale } from '$lib/i18n/locales';
import { isCardId, type CardId } from './cards';

/**
 * The deep-link contract (DESIGN.md §4): `#cause=osteoporotic|cancer|unsure&age=acute|chronic|unsure`
 * plus `&second={lang}`, and `&card={card id}` for the open card of the Together deck. Parsing is total: whatever the fragment holds, it returns the valid parts
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
	problems: FragmentProblem[];
}

/** Fragments longer than this are not read at all: no legitimate link is near it. */
export const MAX_FRAGMENT_LENGTH = 512;
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
	if (body.length > MAX_FRAGMENT_LENGTH) {
		result.problems.push({ kind: 'too-long', key: '', value: shorten(body) });
		return result;
	}
	const seen = new Set<string>();
	for (const part of body.split('&')) {
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

/** The fragment for a situation (and second language, and the deck's card); empty when nothing is known. */
export function formatFragment(situation: Situation, second?: string | null, card?: CardId | null): string {
	const parts: string[] = [];
	if (situation.cause) parts.push(`cause=${situation.cause}`);
	if (situation.age) parts.push(`age=${situation.age}`);
	if (second) parts.push(`second=${encodeURIComponent(second)}`);
	if (card) parts.push(`card=${card}`);
	return parts.length ? `#${parts.join('&')}` : '';
}
