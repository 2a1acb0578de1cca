import { describe, expect, it } from 'vitest';
import { evidence } from './index';
import {
	QUESTION_IDS,
	SITUATION_KEYS,
	bottomLineFor,
	selectQuestions,
	situationKey,
	type QuestionEvidence,
	type RankedItem,
	type SituationKey
} from './questions';
import { OPTIONS, type Situation } from './types';

const situationOf = (key: SituationKey): Situation => {
	const [cause, age] = key.split('-') as [Situation['cause'], Situation['age']];
	return { cause, age };
};
const card = (key: SituationKey, question: string): QuestionEvidence => {
	const found = selectQuestions(situationOf(key)).find((q) => q.question === question);
	if (!found) throw new Error(`no ${question}`);
	return found;
};
/** A short stable name for an item: its comparison (figures) or its entry id. */
const name = (r: RankedItem): string => {
	const { item } = r;
	if (item.kind === 'figures') return `${item.row.comparison}:${item.outcome.id}`;
	return item.kind === 'cost' ? item.study.id : item.result.id;
};
const DESIGN_ORDER = ['systematic-review', 'hta', 'sham-controlled', 'active-control-rct', 'open-label-rct', 'cost-study', 'single-arm', 'observational'];
const designRank = (d: string) => {
	const i = DESIGN_ORDER.indexOf(d);
	return d === 'hta' ? 0 : d === 'active-control-rct' || d === 'open-label-rct' ? 3 : d === 'cost-study' || d === 'single-arm' || d === 'observational' ? 5 : i;
};
const isBorrowed = (r: RankedItem): boolean => {
	const { item } = r;
	if (item.kind === 'figures')
		return Object.values(item.row.arms).some((e) => e?.status === 'figure' && e.borrowedFrom !== undefined);
	return item.kind !== 'cost' && item.result.borrowedFrom !== undefined;
};

describe('situationKey', () => {
	it.each([
		[{ cause: 'osteoporotic', age: 'acute' }, 'osteoporotic-acute'],
		[{ cause: 'cancer', age: null }, 'cancer-unsure'],
		[{ cause: 'unsure', age: 'chronic' }, 'unsure-chronic'],
		[{ cause: null, age: null }, 'unsure-unsure'],
		[{ cause: 'stale' as never, age: 'acute' }, 'unsure-acute']
	] as [Situation, SituationKey][])('%o → %s', (situation, key) => {
		expect(situationKey(situation)).toBe(key);
	});
});

describe('selectQuestions', () => {
	it.each(SITUATION_KEYS)('%s: one answer per question, in order, each with a bottom line and all three options', (key) => {
		const answers = selectQuestions(situationOf(key));
		expect(answers.map((a) => a.question)).toEqual([...QUESTION_IDS]);
		for (const a of answers) {
			expect(a.bottomLine.text).toMatch(/^bottomLines\./);
			expect(bottomLineFor(a.question, key, evidence.bottomLines)?.id).toBe(a.bottomLine.id);
			expect(Object.keys(a.columns).sort()).toEqual([...OPTIONS].sort());
		}
	});

	it('every situation × question has exactly one bottom line in the content', () => {
		for (const q of QUESTION_IDS)
			for (const key of SITUATION_KEYS)
				expect(evidence.bottomLines.filter((b) => b.question === q && b.situations.includes(key)), `${q} ${key}`).toHaveLength(1);
	});

	it.each(SITUATION_KEYS)('%s: items run strongest design first, and no borrowed item leads when an own one exists', (key) => {
		for (const a of selectQuestions(situationOf(key))) {
			const own = a.items.filter((r) => !isBorrowed(r));
			if (own.length > 0) expect(isBorrowed(a.items[0]), `${a.question}: ${name(a.items[0])}`).toBe(false);
			const rest = a.items.slice(1).map((r) => designRank(r.design));
			expect(rest, a.question).toEqual([...rest].sort((x, y) => x - y));
		}
	});

	it('recent osteoporotic pain: the pooled review, then the largest sham trial (VERTOS IV), before VAPOUR', () => {
		const names = card('osteoporotic-acute', 'pain-soon').items.map(name);
		expect(names.slice(0, 3)).toEqual(['staples-recent-difference', 'v4-pain-difference', 'vapour:pain-mild']);
		expect(names.at(-1)).toBe('v2-screening:pain-better-while-waiting');
	});

	it('every sham-controlled trial is visible by default; single-arm and observational items wait behind the disclosure', () => {
		for (const key of SITUATION_KEYS)
			for (const a of selectQuestions(situationOf(key)))
				for (const r of a.items) if (r.design === 'sham-controlled') expect(r.visible, `${key} ${a.question} ${name(r)}`).toBe(true);
		const painLater = card('osteoporotic-acute', 'pain-later').items;
		expect(painLater.filter((r) => !r.visible).map(name)).toEqual(['klazen-nc-6mo:pain-halved', 'klazen-nc-23mo:pain-halved']);
	});

	it('cancer fractures: the borrowed osteoporotic new-fracture figure is never first', () => {
		const items = card('cancer-acute', 'fractures').items;
		expect(name(items[0])).toBe('bou09:new-fracture');
		expect(items.findIndex((r) => name(r) === 'v2-fx:new-fracture')).toBeGreaterThan(0);
	});

	it('flags device-maker funding from the sources (KAVIAR, FREE, CAFE, VERTOS IV) and not for public trials', () => {
		const harms = card('osteoporotic-acute', 'harms').items;
		expect(harms.every((r) => r.industryFunded)).toBe(true);
		const pain = card('cancer-acute', 'pain-soon').items;
		expect(pain.find((r) => name(r) === 'rtog0631-conventional:pain-response-rt')?.industryFunded).toBe(false);
		expect(pain.find((r) => name(r) === 'cafe-rdq')?.industryFunded).toBe(true);
		expect(card('osteoporotic-acute', 'pain-soon').items.find((r) => name(r) === 'v4-pain-difference')?.industryFunded).toBe(true);
	});

	it('cancer pain: conservative care shows radiotherapy, not "no reliable figure"', () => {
		const col = card('cancer-chronic', 'pain-soon').columns.conservative;
		expect(col.kind).toBe('figure');
		if (col.kind === 'figure') expect(col.row.arms.conservative).toMatchObject({ id: 'rtog0631-conventional-cons-pain-response', count: 61 });
	});

	it('a figure column carries its sham comparator; a headline named in content wins over the ranking', () => {
		const fractures = card('osteoporotic-acute', 'fractures');
		const vp = fractures.columns.vertebroplasty;
		expect(vp.kind === 'figure' && vp.comparator).toBe('sham');
		if (vp.kind === 'figure') expect(Object.keys(vp.row.arms).sort()).toEqual(['sham', 'vertebroplasty']);
		const soon = card('osteoporotic-acute', 'pain-soon').columns.vertebroplasty;
		expect(soon.kind === 'evidence' && soon.item.kind === 'difference' && soon.item.result.id).toBe('v4-pain-difference');
		expect(fractures.mixedStudies).toBe(true);
	});

	it('harms: the same two-year window for both procedures, and conservative care is a stated gap', () => {
		const harms = card('osteoporotic-chronic', 'harms').columns;
		for (const option of ['vertebroplasty', 'kyphoplasty'] as const) {
			const col = harms[option];
			expect(col.kind).toBe('figure');
			if (col.kind === 'figure') expect(col.row.arms[option]).toMatchObject({ of: 1000, timeFrame: { value: 2, unit: 'year' } });
		}
		expect(harms.kyphoplasty.kind === 'figure' && harms.kyphoplasty.row.arms.kyphoplasty?.id).toBe('free-kp-serious-harm-chronic');
		expect(harms.conservative).toEqual({ kind: 'gap', notes: ['notes.conservativeHarmsNotCounted'], notApplicable: false });
	});

	it('says "does not apply" where an outcome cannot happen with an option, not "no reliable figure"', () => {
		// Only cement leakage under "harms", and no editor's gap: conservative care has no cement.
		const bundle = {
			...evidence,
			outcomes: evidence.outcomes.filter((o) => o.question !== 'harms' || o.id === 'cement-leakage'),
			bottomLines: evidence.bottomLines.map(({ gaps: _gaps, ...b }) => b)
		};
		const harms = selectQuestions(situationOf('cancer-acute'), bundle).find((a) => a.question === 'harms');
		expect(harms?.columns.conservative).toEqual({ kind: 'gap', notes: ['notes.noCement'], notApplicable: true });
		expect(harms?.columns.vertebroplasty.kind).toBe('figure');
	});

	it('one study across the card is not "mixed"', () => {
		const posture = card('osteoporotic-chronic', 'posture');
		expect(posture.mixedStudies).toBe(false);
	});
});
