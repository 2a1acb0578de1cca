import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FRAGMENT_LENGTH, formatFragment, parseFragment } from './fragment';
import { AGE_ANSWERS, CAUSE_ANSWERS } from './model';
import { CARD_IDS } from './cards';

describe('parseFragment', () => {
	it('reads a full, valid deep link', () => {
		expect(parseFragment('#cause=cancer&age=chronic&second=ar')).toEqual({
			situation: { cause: 'cancer', age: 'chronic' },
			second: 'ar',
			problems: []
		});
	});

	it('accepts "unsure" for both questions and works without the leading #', () => {
		expect(parseFragment('cause=unsure&age=unsure').situation).toEqual({ cause: 'unsure', age: 'unsure' });
	});

	it('keeps the valid parts of a partly wrong link and names each problem', () => {
		const parsed = parseFragment('#cause=osteoporotic&age=yesterday&colour=blue');
		expect(parsed.situation).toEqual({ cause: 'osteoporotic' });
		expect(parsed.problems).toEqual([
			{ kind: 'bad-value', key: 'age', value: 'yesterday' },
			{ kind: 'unknown-key', key: 'colour', value: 'blue' }
		]);
	});

	it('uses the first of a repeated key', () => {
		const parsed = parseFragment('#cause=cancer&cause=osteoporotic');
		expect(parsed.situation.cause).toBe('cancer');
		expect(parsed.problems[0].kind).toBe('repeated-key');
	});

	it('gives nothing and no problem for an empty fragment', () => {
		expect(parseFragment('')).toEqual({ situation: {}, problems: [] });
		expect(parseFragment('#')).toEqual({ situation: {}, problems: [] });
		expect(parseFragment('#&&')).toEqual({ situation: {}, problems: [] });
	});

	it('survives garbage: bad percent-encoding, no values, odd separators', () => {
		const parsed = parseFragment('#%E0%A4%A&cause&=x&age==acute');
		expect(parsed.situation).toEqual({});
		expect(parsed.problems.map((p) => p.kind)).toEqual(['malformed', 'bad-value', 'unknown-key', 'bad-value']);
	});

	it('refuses a very long fragment without reading it', () => {
		const parsed = parseFragment('#cause=cancer&' + 'x'.repeat(MAX_FRAGMENT_LENGTH * 4));
		expect(parsed.situation).toEqual({});
		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0].kind).toBe('too-long');
		expect(parsed.problems[0].value.length).toBeLessThan(40);
	});

	it('handles unicode keys and values, shortening what it shows', () => {
		const parsed = parseFragment('#cause=' + encodeURIComponent('سرطان'.repeat(8)) + '&' + encodeURIComponent('年龄') + '=1');
		expect(parsed.situation).toEqual({});
		expect(parsed.problems[0]).toMatchObject({ kind: 'bad-value', key: 'cause' });
		expect(Array.from(parsed.problems[0].value).length).toBeLessThanOrEqual(25);
		expect(parsed.problems[1]).toEqual({ kind: 'unknown-key', key: '年龄', value: '1' });
	});

	it('rejects a second language we do not have', () => {
		expect(parseFragment('#second=xx').problems[0]).toEqual({ kind: 'bad-value', key: 'second', value: 'xx' });
	});

	it('reads the open card of the Together deck; an unknown card is ignored with a notice, the rest still applies', () => {
		expect(parseFragment('#cause=cancer&card=harms')).toEqual({ situation: { cause: 'cancer' }, card: 'harms', problems: [] });
		const parsed = parseFragment('#cause=cancer&card=toString&age=acute');
		expect(parsed.card).toBeUndefined();
		expect(parsed.situation).toEqual({ cause: 'cancer', age: 'acute' });
		expect(parsed.problems).toEqual([{ kind: 'bad-value', key: 'card', value: 'toString' }]);
		expect(parseFragment('#card=harms&card=cost').problems[0]).toEqual({ kind: 'repeated-key', key: 'card', value: 'cost' });
	});

	it('is not fooled by prototype keys', () => {
		const parsed = parseFragment('#__proto__=cancer&constructor=x&cause=toString');
		expect(parsed.situation).toEqual({});
		expect(({} as Record<string, unknown>).cancer).toBeUndefined();
		expect(parsed.problems).toHaveLength(3);
	});

	it('never throws and always returns only valid values (random inputs)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'grapheme', maxLength: 700 }),
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.array(fc.tuple(fc.constantFrom('cause', 'age', 'second', 'card', '__proto__', 'x'), fc.string()), { maxLength: 8 }).map(
						(pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&')
					),
					fc.anything()
				),
				(input) => {
					const parsed = parseFragment(input);
					if (parsed.situation.cause !== undefined) expect(CAUSE_ANSWERS).toContain(parsed.situation.cause);
					if (parsed.situation.age !== undefined) expect(AGE_ANSWERS).toContain(parsed.situation.age);
					if (parsed.card !== undefined) expect(CARD_IDS).toContain(parsed.card);
					expect(Array.isArray(parsed.problems)).toBe(true);
				}
			)
		);
		// Building the grapheme and "anything" generators costs seconds on a loaded machine.
	}, 30_000);
});

describe('formatFragment', () => {
	it('round-trips through parseFragment', () => {
		for (const cause of CAUSE_ANSWERS)
			for (const age of AGE_ANSWERS) {
				const parsed = parseFragment(formatFragment({ cause, age }, 'ar'));
				expect(parsed).toEqual({ situation: { cause, age }, second: 'ar', problems: [] });
			}
	});

	it('round-trips every card', () => {
		for (const card of CARD_IDS)
			expect(parseFragment(formatFragment({ cause: 'unsure', age: 'acute' }, null, card))).toEqual({
				situation: { cause: 'unsure', age: 'acute' },
				card,
				problems: []
			});
	});

	it('is empty when nothing is known', () => {
		expect(formatFragment({ cause: null, age: null })).toBe('');
	});
});
