import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HANDOFF_VERSION, V1_ITEMS, decodeHandoff, encodeHandoff, fitHandoff, summariseHandoff } from './handoff';
import { patientLanguage } from './handoff-link';
import { MAX_PAYLOAD_LENGTH } from './fragment';
import { AGE_ANSWERS, CAUSE_ANSWERS, SAFETY_ITEMS, SURE_ITEMS, VALUE_ITEMS, emptyAnswers, type Answers } from './model';
import { OPTIONS } from '$lib/evidence/types';
import { LOCALES } from '$lib/i18n/locales';

function fullSession(): Answers {
	const answers = emptyAnswers();
	answers.situation = { cause: 'cancer', age: 'acute' };
	answers.safety = { answers: { legWeakness: false, bladderBowel: false, fever: true, highEnergy: null }, continuedAnyway: true };
	answers.values = { fastRelief: 4, avoidProcedure: 0, avoidRareHarm: 3, cost: null, posture: 2, hospitalTime: 1 };
	answers.leaning = 'kyphoplasty';
	answers.knowledge = { healing: 'most', sham: 'similar' };
	answers.sure = { sure: true, understand: true, risksBenefits: false, support: null };
	answers.questions = { picked: ['healing', 'cost'], own: ['Can I still drive?', 'هل يمكنني القيادة؟'] };
	answers.notes = 'Ask about the brace.\nمتى أعود إلى العمل؟ 何时复查？ 🦴';
	answers.second = 'es';
	answers.language = 'en';
	answers.mode = 'together';
	return answers;
}

/** A payload whose JSON we write by hand, as someone tampering with a link would. */
async function payloadOf(json: string, version = HANDOFF_VERSION): Promise<string> {
	const stream = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream('deflate'));
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	const base64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	return `${version}.${base64}`;
}

describe('hand-off payload', () => {
	it('carries the whole session and both languages, and opens in the patient language (the second one)', async () => {
		const session = fullSession();
		const payload = await encodeHandoff(session, 'en');
		expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		const result = await decodeHandoff(payload);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.language).toBe('es');
		expect(patientLanguage(session, 'en')).toBe('es');
		expect(result.answers).toEqual({ ...session, mode: 'home' });
	});

	it('opens in the page language when no second language is set', async () => {
		const session = { ...fullSession(), second: null, language: 'ar' };
		const result = await decodeHandoff(await encodeHandoff(session, 'ar'));
		expect(result).toMatchObject({ ok: true, language: 'ar', answers: { second: null, language: 'ar' } });
	});

	it('round-trips an empty session', async () => {
		const result = await decodeHandoff(await encodeHandoff(emptyAnswers(), 'fr'));
		expect(result).toEqual({ ok: true, language: 'fr', answers: { ...emptyAnswers(), language: 'fr' } });
	});

	it('is short: a session without notes fits in a small QR code', async () => {
		const session = { ...fullSession(), notes: '', questions: { picked: ['healing', 'cost'], own: [] } };
		expect((await encodeHandoff(session, 'en')).length).toBeLessThan(200);
	});

	it('uses one fixed order per item list, covering every item of the model', () => {
		expect([...V1_ITEMS.safety].sort()).toEqual([...SAFETY_ITEMS].sort());
		expect([...V1_ITEMS.values].sort()).toEqual([...VALUE_ITEMS].sort());
		expect([...V1_ITEMS.sure].sort()).toEqual([...SURE_ITEMS].sort());
	});
});

describe('bad hand-off payloads: a problem, never answers', () => {
	it('refuses a truncated payload at every length', async () => {
		const payload = await encodeHandoff(fullSession(), 'en');
		for (let length = 0; length < payload.length; length++) {
			const result = await decodeHandoff(payload.slice(0, length));
			expect(result, `cut at ${length}`).toEqual({ ok: false, problem: 'damaged' });
		}
	});

	it('refuses a payload with any one character changed', async () => {
		const payload = await encodeHandoff(fullSession(), 'en');
		const alphabet = 'AbZ09-_';
		for (let i = 2; i < payload.length; i++) {
			const swapped = alphabet[(alphabet.indexOf(payload[i]) + 1) % alphabet.length] ?? 'A';
			const tampered = payload.slice(0, i) + (swapped === payload[i] ? 'B' : swapped) + payload.slice(i + 1);
			const result = await decodeHandoff(tampered);
			// The checksum catches it; at worst the values fail validation. It never loads.
			expect(result.ok, `changed at ${i}`).toBe(false);
		}
	});

	it('refuses a well-formed payload with values the aid does not accept', async () => {
		const bad = [
			'{"l":"xx"}',
			'{"c":"cancer"}',
			'{"l":"en","c":"broken"}',
			'{"l":"en","r":"9-----"}',
			'{"l":"en","r":"12"}',
			'{"l":"en","f":"yyyyy"}',
			'{"l":"en","p":"surgery"}',
			'{"l":"en","g":2}',
			'{"l":"en","extra":1}',
			'{"l":"en","__proto__":{"x":1}}',
			`{"l":"en","n":${JSON.stringify('x'.repeat(2001))}}`,
			`{"l":"en","w":${JSON.stringify(Array(41).fill('q'))}}`,
			`{"l":"en","k":{"${'k'.repeat(61)}":"a"}}`,
			'{"l":"en","q":[1]}',
			'[]',
			'null',
			'"text"'
		];
		for (const json of bad) expect(await decodeHandoff(await payloadOf(json)), json).toEqual({ ok: false, problem: 'invalid' });
	});

	it('says a payload from a newer version is from a newer version, without reading it', async () => {
		expect(await decodeHandoff(await payloadOf('{"l":"en"}', 2))).toEqual({ ok: false, problem: 'future-version' });
		expect(await decodeHandoff('17.anything')).toEqual({ ok: false, problem: 'future-version' });
	});

	it('refuses a payload that is too long, or that inflates to far too much', async () => {
		expect(await decodeHandoff('1.' + 'A'.repeat(MAX_PAYLOAD_LENGTH))).toEqual({ ok: false, problem: 'too-long' });
		const bomb = await payloadOf(JSON.stringify({ l: 'en', n: ' '.repeat(200_000) }));
		expect(bomb.length).toBeLessThan(MAX_PAYLOAD_LENGTH);
		expect(await decodeHandoff(bomb)).toEqual({ ok: false, problem: 'too-long' });
	});

	it('refuses what cannot be decoded', async () => {
		const deflatedNotJson = await payloadOf('{"l":"en"');
		const notUtf8 = await (async () => {
			const stream = new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]).stream().pipeThrough(new CompressionStream('deflate'));
			const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
			return '1.' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		})();
		for (const input of ['', '1', '1.', 'hello', '1.!!!!', '1.AAAA', '0.AAAA', 'v1.eJw', '1.eJw=', deflatedNotJson, notUtf8, null, 42, {}]) {
			expect(await decodeHandoff(input), String(input)).toEqual({ ok: false, problem: 'damaged' });
		}
	});
});

const text = fc.string({ unit: 'grapheme', maxLength: 80 });
const flag = fc.constantFrom(true, false, null);
const sessions: fc.Arbitrary<Answers> = fc.record({
	situation: fc.record({ cause: fc.constantFrom(...CAUSE_ANSWERS, null), age: fc.constantFrom(...AGE_ANSWERS, null) }),
	mode: fc.constant('home' as const),
	safety: fc.record({
		answers: fc.record(Object.fromEntries(SAFETY_ITEMS.map((k) => [k, flag])) as Record<(typeof SAFETY_ITEMS)[number], typeof flag>),
		continuedAnyway: fc.boolean()
	}),
	values: fc.record(
		Object.fromEntries(VALUE_ITEMS.map((k) => [k, fc.constantFrom(0, 1, 2, 3, 4, null)])) as Record<
			(typeof VALUE_ITEMS)[number],
			fc.Arbitrary<number | null>
		>
	),
	leaning: fc.constantFrom(...OPTIONS, 'unsure' as const, null),
	knowledge: fc.dictionary(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), { maxKeys: 5 }),
	sure: fc.record(Object.fromEntries(SURE_ITEMS.map((k) => [k, flag])) as Record<(typeof SURE_ITEMS)[number], typeof flag>),
	questions: fc.record({ picked: fc.array(text, { maxLength: 6 }), own: fc.array(text, { maxLength: 6 }) }),
	notes: fc.string({ unit: 'grapheme', maxLength: 400 }),
	second: fc.constantFrom(...LOCALES.map((l) => l.code), null),
	language: fc.constantFrom(...LOCALES.map((l) => l.code))
});

describe('hand-off fuzz', () => {
	it('round-trips any valid session (100 random sessions)', async () => {
		await fc.assert(
			fc.asyncProperty(sessions, async (session) => {
				const result = await decodeHandoff(await encodeHandoff(session, session.language!));
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const second = session.second === session.language ? null : session.second;
				expect(result.answers).toEqual({ ...session, second });
			}),
			{ numRuns: 100, seed: 11 }
		);
	}, 30_000);

	it('never throws and never loads anything from random or mangled input (300 inputs)', async () => {
		const valid = await encodeHandoff(fullSession(), 'en');
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 300 }),
					fc.string({ unit: 'binary', maxLength: 300 }),
					fc.string({ unit: fc.constantFrom(...'ABCxyz019-_.'), maxLength: 300 }).map((s) => '1.' + s),
					fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 6 })).map(([at, junk]) => valid.slice(0, at) + junk + valid.slice(at + junk.length + 1)),
					fc.anything()
				),
				async (input) => {
					const result = await decodeHandoff(input);
					if (input === valid) expect(result.ok).toBe(true);
					else if (result.ok) {
						// A mangled link can only load if it still carries valid answers (e.g. junk replaced by itself).
						expect(result.answers.language).toBeTruthy();
					} else expect(['too-long', 'future-version', 'damaged', 'invalid']).toContain(result.problem);
				}
			),
			{ numRuns: 300, seed: 11 }
		);
	}, 30_000);
});

describe('fitHandoff', () => {
	const linkFor = (payload: string) => `https://example.org/en/#answers=${payload}`;

	it('gives the whole session when it fits, leaving nothing out', async () => {
		const { link, leftOut } = await fitHandoff(fullSession(), 'en', linkFor, () => true);
		expect(leftOut).toEqual({ notes: 0, ownQuestions: 0 });
		expect(link).toBe(linkFor(await encodeHandoff(fullSession(), 'en')));
	});

	it('cuts the notes from the end just enough, and says how much', async () => {
		const session = { ...fullSession(), notes: 'Words that do not compress well: ' + Array.from({ length: 300 }, (_, i) => (i * 7919) % 1000).join(' ') };
		const limit = 500;
		const { link, leftOut } = await fitHandoff(session, 'en', linkFor, (l) => l.length <= limit);
		expect(link.length).toBeLessThanOrEqual(limit);
		expect(leftOut.notes).toBeGreaterThan(0);
		expect(leftOut.ownQuestions).toBe(0);
		const decoded = await decodeHandoff(link.split('#answers=')[1]);
		if (!decoded.ok) throw new Error('not decodable');
		const kept = Array.from(session.notes).length - leftOut.notes;
		expect(decoded.answers.notes).toBe(Array.from(session.notes).slice(0, kept).join(''));
		// One more character would not have fitted.
		const longer = { ...session, notes: Array.from(session.notes).slice(0, kept + 1).join('') };
		expect(linkFor(await encodeHandoff(longer, 'en')).length).toBeGreaterThan(limit);
	});

	it('drops own questions from the end once the notes are gone', async () => {
		const own = Array.from({ length: 20 }, (_, i) => `Question number ${i} about ${(i * 104729) % 99991} things`);
		const session = { ...fullSession(), notes: 'short note', questions: { picked: ['cost'], own } };
		const { link, leftOut } = await fitHandoff(session, 'en', linkFor, (l) => l.length <= 400);
		expect(link.length).toBeLessThanOrEqual(400);
		expect(leftOut.notes).toBe('short note'.length);
		expect(leftOut.ownQuestions).toBeGreaterThan(0);
		const decoded = await decodeHandoff(link.split('#answers=')[1]);
		expect(decoded.ok && decoded.answers.questions.own).toEqual(own.slice(0, own.length - leftOut.ownQuestions));
	});
});

describe('summariseHandoff', () => {
	it('counts what a hand-off brings', () => {
		expect(summariseHandoff(fullSession())).toEqual({
			situation: { cause: 'cancer', age: 'acute' },
			safetyAnswered: 3,
			ratings: 5,
			leaning: 'kyphoplasty',
			sureAnswered: 3,
			knowledgeAnswered: 2,
			questions: 4,
			notes: true,
			languages: ['en', 'es']
		});
	});
});
