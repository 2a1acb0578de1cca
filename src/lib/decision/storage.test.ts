import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STORAGE_VERSION, decodeStored, encodeStored } from './storage';
import { emptyAnswers, type Answers } from './model';

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
