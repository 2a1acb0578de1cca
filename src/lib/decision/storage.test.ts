import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STORAGE_VERSION, encodeStored } from './storage';
import { decodeStored } from './decode';
import { emptyAnswers, type Answers } from './model';
import { LIMITS } from './limits';

function filled(): Answers {
	const answers = emptyAnswers();
	answers.situation = { cause: 'cancer', age: 'acute' };
	answers.mode = 'together';
	answers.safety.answers.fever = false;
	answers.values.fastRelief = 4;
	answers.leaning = 'kyphoplasty';
	answers.knowledge = { naturalCourse: 'most' };
	answers.sure.sure = true;
	answers.questions = { picked: ['healing'], own: ['Can I drive?'] };
	answers.notes = 'سؤال';
	answers.second = 'ar';
	answers.language = 'en';
	return answers;
}

describe('decodeStored', () => {
	it('starts fresh without a notice when nothing is stored', () => {
		expect(decodeStored(null)).toEqual({ answers: emptyAnswers(), notice: 'none' });
	});

	it('gives back exactly what was saved', () => {
		const answers = filled();
		expect(decodeStored(encodeStored(answers))).toEqual({ answers, notice: 'none' });
	});

	it('starts fresh with a notice when the data is not JSON', () => {
		expect(decodeStored('{not json')).toEqual({ answers: emptyAnswers(), notice: 'corrupt' });
	});

	it('starts fresh with a notice for foreign data', () => {
		expect(decodeStored('[1,2,3]').notice).toBe('corrupt');
		expect(decodeStored('"hello"').notice).toBe('corrupt');
		expect(decodeStored('{"version":1,"answers":[]}').notice).toBe('corrupt');
	});

	it('starts fresh with its own notice for an older or newer version', () => {
		const old = JSON.stringify({ version: 0, answers: filled() });
		expect(decodeStored(old)).toEqual({ answers: emptyAnswers(), notice: 'old-version' });
		expect(decodeStored(JSON.stringify({ version: STORAGE_VERSION + 1, answers: {} })).notice).toBe('old-version');
	});

	it('keeps the good fields when only some are broken', () => {
		const broken = JSON.parse(encodeStored(filled()));
		broken.answers.values.fastRelief = 99;
		broken.answers.leaning = 'surgery';
		const { answers, notice } = decodeStored(JSON.stringify(broken));
		expect(notice).toBe('partly-corrupt');
		expect(answers.values.fastRelief).toBeNull();
		expect(answers.leaning).toBeNull();
		expect(answers.situation).toEqual({ cause: 'cancer', age: 'acute' });
		expect(answers.questions.own).toEqual(['Can I drive?']);
	});

	it('keeps the first 40 own questions of 60 instead of dropping them all, and says it trimmed', () => {
		const many = filled();
		many.questions.own = Array.from({ length: 60 }, (_, i) => `Question ${i + 1}?`);
		const { answers, notice } = decodeStored(encodeStored(many));
		expect(notice).toBe('trimmed');
		expect(answers.questions.own).toHaveLength(LIMITS.ownQuestions);
		expect(answers.questions.own).toEqual(many.questions.own.slice(0, LIMITS.ownQuestions));
		expect(answers.values.fastRelief).toBe(4);
		expect(answers.notes).toBe(many.notes);
	});

	it('cuts an over-long question or note to its limit and keeps the start', () => {
		const long = filled();
		long.questions.own = ['a'.repeat(LIMITS.questionLength + 50), 'Can I drive?'];
		long.notes = 'n'.repeat(LIMITS.notesLength + 1);
		const { answers, notice } = decodeStored(encodeStored(long));
		expect(notice).toBe('trimmed');
		expect(answers.questions.own).toEqual(['a'.repeat(LIMITS.questionLength), 'Can I drive?']);
		expect(answers.notes).toBe('n'.repeat(LIMITS.notesLength));
	});

	it('answers within the limits come back with no notice', () => {
		const full = filled();
		full.questions.own = Array.from({ length: LIMITS.ownQuestions }, () => 'q'.repeat(LIMITS.questionLength));
		full.notes = 'n'.repeat(LIMITS.notesLength);
		expect(decodeStored(encodeStored(full))).toEqual({ answers: full, notice: 'none' });
	});

	it('a list with a broken item still loses only what is broken', () => {
		const broken = JSON.parse(encodeStored(filled()));
		broken.answers.questions.own = ['Can I drive?', 42];
		const { answers, notice } = decodeStored(JSON.stringify(broken));
		expect(notice).toBe('partly-corrupt');
		expect(answers.values.fastRelief).toBe(4);
	});

	it('ignores prototype tricks', () => {
		const raw = '{"version":1,"answers":{"__proto__":{"polluted":true},"situation":{"cause":"cancer","age":null}}}';
		const { answers } = decodeStored(raw);
		expect(answers.situation.cause).toBe('cancer');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('never throws and always returns a complete, valid state (random inputs)', () => {
		const empty = emptyAnswers();
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 400 }),
					fc.json().map((j) => j),
					fc.anything().map((a) => {
						try {
							return JSON.stringify({ version: 1, answers: a }) ?? 'null';
						} catch {
							return 'null';
						}
					}),
					fc.record({ version: fc.constant(1), answers: fc.dictionary(fc.constantFrom(...Object.keys(empty), '__proto__'), fc.anything()) }).map((o) => JSON.stringify(o))
				),
				(raw) => {
					const { answers } = decodeStored(raw);
					expect(Object.keys(answers).sort()).toEqual(Object.keys(empty).sort());
					expect(decodeStored(encodeStored(answers))).toEqual({ answers, notice: 'none' });
				}
			)
		);
		// Building the grapheme and "anything" generators costs seconds on a loaded machine.
	}, 30_000);
});
