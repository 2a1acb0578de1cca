import { describe, expect, it } from 'vitest';
import { evidence } from './index';
import { selectEvidence, strataFor, type OutcomeEvidence, type SelectedEvidence } from './select';
import { aboutData, provenance } from './provenance';
import { OPTIONS, STRATA, type ArmId, type Estimate, type Situation, type Stratum } from './types';

const OA: Stratum = 'osteoporotic-acute';
const OC: Stratum = 'osteoporotic-chronic';
const CA: Stratum = 'cancer-acute';
const CC: Stratum = 'cancer-chronic';

function outcome(selected: SelectedEvidence, id: string): OutcomeEvidence {
	const found = selected.outcomes.find((o) => o.outcome.id === id);
	if (!found) throw new Error(`no outcome ${id}`);
	return found;
}

/** A row as `{ arm: count }` (or the gap's status), for compact expectations. */
function row(o: OutcomeEvidence, comparison: string): Partial<Record<ArmId, number | string>> {
	const found = o.rows.find((r) => r.comparison === comparison);
	if (!found) throw new Error(`no row ${comparison} in ${o.outcome.id}`);
	return Object.fromEntries(
		Object.entries(found.arms).map(([arm, e]) => [arm, e.status === 'figure' ? e.count : e.notApplicable ? 'not-applicable' : 'no-evidence'])
	);
}

const comparisons = (o: OutcomeEvidence) => o.rows.map((r) => r.comparison);
const gapsOnly = (list: Estimate[]) => list.length > 0 && list.every((e) => e.status === 'no-evidence');
const situation = (cause: Situation['cause'], age: Situation['age']): Situation => ({ cause, age });

describe('strataFor', () => {
	it.each([
		[situation('osteoporotic', 'acute'), [OA], false, false],
		[situation('osteoporotic', 'chronic'), [OC], false, false],
		[situation('cancer', 'acute'), [CA], false, false],
		[situation('cancer', 'chronic'), [CC], false, false],
		[situation('unsure', 'acute'), [OA, CA], true, false],
		[situation(null, 'chronic'), [OC, CC], true, false],
		[situation('cancer', 'unsure'), [CA, CC], false, true],
		[situation('osteoporotic', null), [OA, OC], false, true],
		[situation('unsure', 'unsure'), [OA, OC, CA, CC], true, true],
		[situation(null, null), [OA, OC, CA, CC], true, true]
	])('%o → %o', (s, strata, unsureCause, unsureAge) => {
		expect(strataFor(s)).toEqual({ strata, unsureCause, unsureAge });
	});

	it('treats an unknown stored value as "not sure"', () => {
		expect(strataFor({ cause: 'broken' as Situation['cause'], age: 'acute' }).strata).toEqual([OA, CA]);
	});
});

describe('selectEvidence: osteoporotic, acute', () => {
	const s = selectEvidence(situation('osteoporotic', 'acute'));

	it('lists outcomes in content order', () => {
		expect(s.outcomes.map((o) => o.outcome.id)).toEqual(evidence.outcomes.map((o) => o.id));
	});

	it('pain: VAPOUR 44 vs 21 of 100 against sham, and the conservative natural history', () => {
		const pain = outcome(s, 'pain-mild');
		expect(comparisons(pain)).toEqual(['vapour', 'v2-nh']);
		expect(row(pain, 'vapour')).toEqual({ vertebroplasty: 44, sham: 21 });
		expect(row(pain, 'v2-nh')).toEqual({ conservative: 60 });
		expect(gapsOnly(pain.byOption.kyphoplasty)).toBe(true);
		expect(row(outcome(s, 'pain-halved'), 'klazen-nc-6mo')).toEqual({ conservative: 63 });
		expect(row(outcome(s, 'pain-better-while-waiting'), 'v2-screening')).toEqual({ conservative: 53 });
	});

	it('serious harm per 1000: FREE 27 over 2 years, KAVIAR named as cement embolism 5 vs 5, none for conservative care', () => {
		const harm = outcome(s, 'serious-procedure-harm');
		expect(harm.outcome.denominator).toBe(1000);
		expect(row(harm, 'free')).toEqual({ kyphoplasty: 27, conservative: 'not-applicable' });
		expect(comparisons(harm)).toEqual(['free']);
		const embolism = outcome(s, 'cement-embolism');
		expect(embolism.outcome.denominator).toBe(1000);
		expect(row(embolism, 'kaviar')).toEqual({ kyphoplasty: 5, vertebroplasty: 5 });
	});

	it('new fractures and further collapse', () => {
		const nf = outcome(s, 'new-fracture');
		expect(comparisons(nf)).toEqual(['v2-fx', 'v4-fx', 'free', 'kaviar', 'buch']);
		expect(row(nf, 'v2-fx')).toEqual({ vertebroplasty: 16, conservative: 25 });
		expect(row(nf, 'v4-fx')).toEqual({ vertebroplasty: 16, sham: 21 });
		expect(row(nf, 'free')).toEqual({ kyphoplasty: 48, conservative: 44 });
		expect(row(nf, 'kaviar')).toEqual({ kyphoplasty: 36, vertebroplasty: 44 });
		const fc = outcome(s, 'further-collapse');
		expect(row(fc, 'v2-fx')).toEqual({ vertebroplasty: 12, conservative: 41 });
		expect(row(fc, 'v4-fx')).toEqual({ vertebroplasty: 8, sham: 45 });
		expect(gapsOnly(fc.byOption.kyphoplasty)).toBe(true);
	});

	it('cement leaks: counted per treated bone (KAVIAR CT), none with conservative care', () => {
		expect(row(outcome(s, 'cement-leakage-level'), 'kaviar')).toEqual({ kyphoplasty: 73, vertebroplasty: 82 });
		const perPerson = outcome(s, 'cement-leakage');
		expect(perPerson.rows).toEqual([]);
		expect(perPerson.byOption.conservative.every((e) => e.status === 'no-evidence' && e.notApplicable)).toBe(true);
	});

	it('means, costs and guidelines for this situation', () => {
		expect(s.means.map((m) => m.id)).toEqual(['buch-pain-change', 'free-pcs']);
		expect(s.costs.map((c) => c.id)).toEqual(['prem11-outpatient', 'prem11-inpatient', 'mcare13-medicare', 'fritz11-sweden', 'fritz11-icer']);
		expect(s.guidelines.map((g) => g.id)).toEqual(['aaos-2010', 'nice-ta279', 'asbmr-2019', 'multisociety-2014']);
	});
});

describe('selectEvidence: osteoporotic, chronic', () => {
	const s = selectEvidence(situation('osteoporotic', 'chronic'));

	it('pain: INVEST against sham, labelled as mixed fracture ages; no per-100 pain figure otherwise', () => {
		const pain30 = outcome(s, 'pain-better-30');
		expect(row(pain30, 'invest')).toEqual({ vertebroplasty: 64, sham: 48 });
		const vp = pain30.rows[0].arms.vertebroplasty;
		expect(vp?.status === 'figure' && vp.borrowedFrom).toEqual({ age: 'mixed' });
		expect(outcome(s, 'pain-mild').rows).toEqual([]);
		expect(s.means.map((m) => m.id)).toEqual(['vertos5-pain', 'buch-pain-change']);
	});

	it('new fractures borrowed from acute trials, each labelled', () => {
		const nf = outcome(s, 'new-fracture');
		expect(row(nf, 'v2-fx')).toEqual({ vertebroplasty: 16, conservative: 25 });
		for (const r of nf.rows)
			for (const e of Object.values(r.arms)) expect(e.status === 'figure' && e.borrowedFrom !== undefined).toBe(true);
	});

	it('further collapse was not studied in older fractures', () => {
		const fc = outcome(s, 'further-collapse');
		expect(fc.rows).toEqual([]);
		for (const option of OPTIONS) expect(gapsOnly(fc.byOption[option])).toBe(true);
	});
});

describe.each([CA, CC])('selectEvidence: %s', (stratum) => {
	const [cause, age] = stratum.split('-') as ['cancer', 'acute' | 'chronic'];
	const s = selectEvidence(situation(cause, age));

	it('cement leakage: SOR19 38 vs 14, MAT21 24 (11–44) for both procedures, none with conservative care', () => {
		const leak = outcome(s, 'cement-leakage');
		expect(row(leak, 'sor19')).toEqual({ vertebroplasty: 38, kyphoplasty: 14 });
		expect(row(leak, 'mat21')).toEqual({ vertebroplasty: 24, kyphoplasty: 24 });
		const mat = leak.rows[1].arms.vertebroplasty;
		expect(mat?.status === 'figure' && mat.range).toEqual({ low: 11, high: 44 });
		expect(leak.byOption.conservative.every((e) => e.status === 'no-evidence' && e.notApplicable)).toBe(true);
	});

	it('new fractures: BOU09 10 of 100 with kyphoplasty; VERTOS II borrowed from osteoporosis', () => {
		const nf = outcome(s, 'new-fracture');
		expect(row(nf, 'bou09')).toEqual({ kyphoplasty: 10 });
		expect(row(nf, 'v2-fx')).toEqual({ vertebroplasty: 16, conservative: 25 });
		const borrowed = nf.rows.find((r) => r.comparison === 'v2-fx')?.arms.vertebroplasty;
		expect(borrowed?.status === 'figure' && borrowed.borrowedFrom).toEqual({ population: 'osteoporotic', age: 'acute' });
	});

	it('CAFE: any medical problem 37 vs 30 of 100; RDQ and pain change as means', () => {
		expect(row(outcome(s, 'any-medical-problem'), 'cafe')).toEqual({ kyphoplasty: 37, conservative: 30 });
		expect(s.means.map((m) => m.id)).toEqual(['cafe-rdq', 'cafe-pain-change']);
	});

	it('no per-100 pain figure and no serious-harm figure exist for cancer', () => {
		for (const id of ['pain-mild', 'pain-halved', 'pain-better-30', 'serious-procedure-harm'])
			expect([id, outcome(s, id).rows]).toEqual([id, []]);
	});

	it('costs: Ontario per case, US hospital and Medicare; guidelines for cancer and both causes', () => {
		expect(s.costs.map((c) => c.id)).toEqual(['hqo16-ontario', 'prem11-outpatient', 'prem11-inpatient', 'mcare13-medicare', 'hqo16-icer']);
		const ontario = s.costs[0].amounts.map((a) => [a.arm, a.amount]);
		expect(ontario).toEqual([
			['conservative', null],
			['vertebroplasty', 3870],
			['kyphoplasty', 7246]
		]);
		expect(s.guidelines.every((g) => g.population !== 'osteoporotic')).toBe(true);
		expect(s.guidelines.map((g) => g.id)).toContain('multisociety-2014');
	});
});

describe('selectEvidence when not sure', () => {
	it('age unsure: one row per study, the study’s own figure, flagged with both ages', () => {
		const s = selectEvidence(situation('osteoporotic', 'unsure'));
		expect(s.strata).toEqual([OA, OC]);
		const nf = outcome(s, 'new-fracture');
		expect(comparisons(nf)).toEqual(['v2-fx', 'v4-fx', 'free', 'kaviar', 'buch']);
		const v2 = nf.rows[0];
		expect(v2.strata).toEqual([OA, OC]);
		expect(v2.arms.vertebroplasty?.id).toBe('v2fx-vp-new-fracture');
		expect(nf.byOption.vertebroplasty.map((e) => e.id)).toEqual([
			'v2fx-vp-new-fracture',
			'v4fx-vp-new-fracture',
			'kaviar-vp-new-fracture',
			'buch-vp-new-fracture'
		]);
		const pain = outcome(s, 'pain-mild');
		expect(pain.rows.map((r) => [r.comparison, r.strata])).toEqual([
			['vapour', [OA]],
			['v2-nh', [OA]]
		]);
		// A gap in older fractures is still shown next to the acute figure.
		expect(pain.byOption.conservative.map((e) => e.status)).toEqual(['figure', 'no-evidence']);
	});

	it('cause unsure: rows from both causes, each flagged with its situations', () => {
		const s = selectEvidence(situation('unsure', 'acute'));
		expect(s.strata).toEqual([OA, CA]);
		const leak = outcome(s, 'cement-leakage');
		expect(leak.rows.map((r) => [r.comparison, r.strata])).toEqual([
			['sor19', [CA]],
			['mat21', [CA]]
		]);
		const nf = outcome(s, 'new-fracture');
		expect(nf.rows.find((r) => r.comparison === 'v2-fx')?.strata).toEqual([OA, CA]);
		expect(s.guidelines.length).toBe(evidence.guidelines.length);
	});

	it('entries are never duplicated', () => {
		const s = selectEvidence(situation(null, null));
		for (const o of s.outcomes)
			for (const option of OPTIONS) {
				const ids = o.byOption[option].map((e) => e.id);
				expect(new Set(ids).size).toBe(ids.length);
			}
	});
});

describe('selectEvidence in every situation', () => {
	const all: Situation[] = [null, 'unsure', 'osteoporotic', 'cancer'].flatMap((cause) =>
		[null, 'unsure', 'acute', 'chronic'].map((age) => situation(cause as Situation['cause'], age as Situation['age']))
	);

	it.each(all)('%o: every option says something for every outcome, on one denominator', (sit) => {
		const s = selectEvidence(sit);
		for (const o of s.outcomes) {
			for (const option of OPTIONS) expect([o.outcome.id, option, o.byOption[option].length > 0]).toEqual([o.outcome.id, option, true]);
			for (const r of o.rows)
				for (const e of Object.values(r.arms)) {
					if (e.status === 'figure') expect(e.of).toBe(o.outcome.denominator);
					expect(e.strata.some((st) => s.strata.includes(st))).toBe(true);
				}
		}
	});

	it('every stratum has at least one figure for pain (per 100 or as means), fractures and cost', () => {
		for (const stratum of STRATA) {
			const [cause, age] = stratum.split('-') as [Situation['cause'], Situation['age']];
			const s = selectEvidence(situation(cause, age));
			const painRows = s.outcomes.filter((o) => o.outcome.question === 'pain').flatMap((o) => o.rows);
			expect([stratum, painRows.length + s.means.length > 0]).toEqual([stratum, true]);
			expect([stratum, outcome(s, 'new-fracture').rows.length > 0]).toEqual([stratum, true]);
			expect([stratum, s.costs.length > 0]).toEqual([stratum, true]);
		}
	});
});

describe('provenance', () => {
	const estimate = (id: string) => {
		const e = evidence.estimates.find((x) => x.id === id);
		if (!e) throw new Error(id);
		return e;
	};

	it('a sham-controlled figure', () => {
		const p = provenance(estimate('vapour-vp-pain-mild'));
		expect(p.sources.map((x) => x.id)).toEqual(['VAPOUR']);
		expect(p).toMatchObject({
			design: 'sham-controlled',
			certainty: 'not-very-sure',
			population: 'osteoporotic',
			borrowedFrom: null,
			industryFunded: false,
			notes: ['notes.vapour']
		});
	});

	it('an industry-funded figure', () => {
		expect(provenance(estimate('free-kp-new-fracture')).industryFunded).toBe(true);
		expect(provenance(estimate('cafe-kp-any-problem')).industryFunded).toBe(true);
	});

	it('a borrowed figure names where it comes from', () => {
		const p = provenance(estimate('v2fx-vp-new-fracture-cancer'));
		expect(p.population).toBe('osteoporotic');
		expect(p.certainty).toBe('very-unsure');
		expect(p.notes).toEqual(['notes.v2fxNewFracture', 'borrowed.population.osteoporotic', 'borrowed.age.acute']);
	});

	it('a gap, a mean and a cost', () => {
		expect(provenance(estimate('gap-kp-further-collapse'))).toMatchObject({
			sources: [],
			design: null,
			certainty: null,
			population: 'mixed',
			notes: ['notes.noKyphoplastyCollapse']
		});
		const mean = evidence.means.find((m) => m.id === 'cafe-rdq');
		const cost = evidence.costs.find((c) => c.id === 'hqo16-ontario');
		if (!mean || !cost) throw new Error('fixtures changed');
		expect(provenance(mean)).toMatchObject({ design: 'open-label-rct', population: 'cancer', industryFunded: true });
		expect(provenance(cost)).toMatchObject({ design: 'cost-study', certainty: null, population: 'cancer', industryFunded: false });
	});
});

describe('aboutData', () => {
	const about = aboutData();

	it('lists every source, newest first, with sponsors', () => {
		expect(about.sources).toHaveLength(evidence.sources.length);
		const years = about.sources.map((s) => s.year);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(about.sources.every((s) => s.sponsor.length > 0)).toBe(true);
	});

	it('names industry-funded sources', () => {
		expect(about.industryFunded.map((s) => s.id)).toEqual(expect.arrayContaining(['FREE-1', 'FREE-2', 'CAFE', 'V4-fx']));
		expect(about.industryFunded.every((s) => s.industryFunded)).toBe(true);
	});

	it('gives the keys that explain certainty and design', () => {
		expect(about.certainty.map((c) => c.level)).toEqual(['fairly-sure', 'not-very-sure', 'very-unsure']);
		expect(about.certainty[0]).toEqual({ level: 'fairly-sure', label: 'certainty.fairly-sure.label', explain: 'certainty.fairly-sure.explain' });
		expect(about.designs.map((d) => d.design)).toContain('sham-controlled');
		expect(about.counts.figures + about.counts.gaps).toBe(evidence.estimates.length);
	});
});
