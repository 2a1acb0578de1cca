import { describe, expect, it } from 'vitest';
import { evidence } from './index';
import type { FigureEstimate, Reported } from './types';

/**
 * Every displayable figure, checked by hand against the verified dossier
 * (/work/shared/evidence/osteoporotic.md and cancer-and-cost.md): source id, what the source
 * reported, and the "out of 100/1000" the dossier derives from it. Copies of a figure borrowed
 * for another situation (ids `<id>-chronic`, `<id>-cancer`) must carry the same values.
 */
const DOSSIER: { id: string; source: string; reported: Reported; count: number; of: 100 | 1000 }[] = [
	// Pain
	// VAPOUR: the reported percentages rest on those analysed (N not given), not on the 61 and 59 randomised (update §1)
	{ id: 'vapour-vp-pain-mild', source: 'VAPOUR', reported: { percent: 44, basis: 'analysed' }, count: 44, of: 100 },
	{ id: 'vapour-sham-pain-mild', source: 'VAPOUR', reported: { percent: 21, basis: 'analysed' }, count: 21, of: 100 },
	{ id: 'v2nh-cons-pain-mild', source: 'V2-NH', reported: { percent: 60, n: 57, N: 95, basis: 'analysed' }, count: 60, of: 100 },
	{ id: 'klazen-nc-6mo-cons-pain-halved', source: 'Klazen-NC', reported: { percent: 63, n: 22, N: 35, basis: 'analysed' }, count: 63, of: 100 },
	{ id: 'klazen-nc-23mo-cons-pain-halved', source: 'Klazen-NC', reported: { percent: 69, n: 25, N: 36, basis: 'analysed' }, count: 69, of: 100 },
	{ id: 'invest-vp-pain-better-30', source: 'INVEST', reported: { percent: 64 }, count: 64, of: 100 },
	{ id: 'invest-sham-pain-better-30', source: 'INVEST', reported: { percent: 48 }, count: 48, of: 100 },
	{ id: 'v2-screening-cons-pain-waiting', source: 'V2', reported: { n: 229, N: 431, basis: 'patients' }, count: 53, of: 100 },
	// Radiotherapy in cancer (update §2): RTOG 0631 pain response at 3 months 60.5% (8 Gy) and 41.3% (SRS);
	// SC.24 complete response at 3 months 35% (SBRT) and 14% (conventional)
	{ id: 'rtog0631-conventional-cons-pain-response', source: 'RTOG0631', reported: { percent: 60.5, basis: 'analysed' }, count: 61, of: 100 },
	{ id: 'rtog0631-srs-cons-pain-response', source: 'RTOG0631', reported: { percent: 41.3, basis: 'analysed' }, count: 41, of: 100 },
	{ id: 'sc24-sbrt-cons-complete-response', source: 'SC24', reported: { percent: 35, basis: 'analysed' }, count: 35, of: 100 },
	{ id: 'sc24-conventional-cons-complete-response', source: 'SC24', reported: { percent: 14, basis: 'analysed' }, count: 14, of: 100 },
	// Device-related cement embolism (KAVIAR, 2 years): 1/191 and 1/190 — one complication type, not all serious harm (update §1)
	{ id: 'kaviar-kp-cement-embolism', source: 'KAVIAR', reported: { n: 1, N: 191, basis: 'randomised' }, count: 5, of: 1000 },
	{ id: 'kaviar-vp-cement-embolism', source: 'KAVIAR', reported: { n: 1, N: 190, basis: 'randomised' }, count: 5, of: 1000 },
	// Serious harm (per 1000): FREE 2 device-related SAEs in year 1 + 2 in year 2 = 4/149 = 27 per 1000 within 2 years (update §1, calc)
	{ id: 'free-kp-serious-harm', source: 'FREE-2', reported: { n: 4, N: 149, basis: 'randomised' }, count: 27, of: 1000 },
	// SOR19, cancer: 43 symptomatic complications among 3,426 VP or KP patients ≈ 13 per 1000 (update §2, calc)
	{ id: 'sor19-vp-symptomatic', source: 'SOR19', reported: { n: 43, N: 3426, basis: 'patients' }, count: 13, of: 1000 },
	{ id: 'sor19-kp-symptomatic', source: 'SOR19', reported: { n: 43, N: 3426, basis: 'patients' }, count: 13, of: 1000 },
	// Cement leakage
	{ id: 'sor19-vp-cement-leakage', source: 'SOR19', reported: { percent: 37.9, basis: 'patients' }, count: 38, of: 100 },
	{ id: 'sor19-kp-cement-leakage', source: 'SOR19', reported: { percent: 13.6, basis: 'patients' }, count: 14, of: 100 },
	{ id: 'mat21-vp-cement-leakage', source: 'MAT21', reported: { percent: 24 }, count: 24, of: 100 },
	{ id: 'mat21-kp-cement-leakage', source: 'MAT21', reported: { percent: 24 }, count: 24, of: 100 },
	{ id: 'kaviar-kp-leakage-level', source: 'KAVIAR', reported: { n: 157, N: 214, basis: 'levels' }, count: 73, of: 100 },
	{ id: 'kaviar-vp-leakage-level', source: 'KAVIAR', reported: { n: 164, N: 201, basis: 'levels' }, count: 82, of: 100 },
	{ id: 'bou09-kp-leakage-level', source: 'BOU09', reported: { percent: 6, basis: 'levels' }, count: 6, of: 100 },
	// Any medical problem within 1 month (CAFE press release)
	{ id: 'cafe-kp-any-problem', source: 'CAFE-PR', reported: { n: 26, N: 70, basis: 'randomised' }, count: 37, of: 100 },
	{ id: 'cafe-cons-any-problem', source: 'CAFE-PR', reported: { n: 19, N: 64, basis: 'randomised' }, count: 30, of: 100 },
	// New vertebral fractures
	{ id: 'v2fx-vp-new-fracture', source: 'V2-fx', reported: { n: 15, N: 91, basis: 'analysed' }, count: 16, of: 100 },
	{ id: 'v2fx-cons-new-fracture', source: 'V2-fx', reported: { n: 21, N: 85, basis: 'analysed' }, count: 25, of: 100 },
	{ id: 'v4fx-vp-new-fracture', source: 'V4-fx', reported: { n: 15, N: 91, basis: 'randomised' }, count: 16, of: 100 },
	{ id: 'v4fx-sham-new-fracture', source: 'V4-fx', reported: { n: 19, N: 89, basis: 'randomised' }, count: 21, of: 100 },
	{ id: 'free-kp-new-fracture', source: 'FREE-2', reported: { percent: 47.5 }, count: 48, of: 100 },
	{ id: 'free-cons-new-fracture', source: 'FREE-2', reported: { percent: 44.1 }, count: 44, of: 100 },
	{ id: 'kaviar-kp-new-fracture', source: 'KAVIAR', reported: { n: 50, N: 140, basis: 'analysed' }, count: 36, of: 100 },
	{ id: 'kaviar-vp-new-fracture', source: 'KAVIAR', reported: { n: 57, N: 131, basis: 'analysed' }, count: 44, of: 100 },
	{ id: 'buch-vp-new-fracture', source: 'BUCH', reported: { n: 3, N: 38, basis: 'randomised' }, count: 8, of: 100 },
	{ id: 'buch-sham-new-fracture', source: 'BUCH', reported: { n: 4, N: 40, basis: 'randomised' }, count: 10, of: 100 },
	{ id: 'bou09-kp-new-fracture', source: 'BOU09', reported: { percent: 10, basis: 'patients' }, count: 10, of: 100 },
	// Fracture after stereotactic radiotherapy (Sahgal JCO 2013): cumulative 12.35% of treated segments at 1 year (update §2)
	{ id: 'sahgal13-cons-fracture-after-sbrt', source: 'SAHGAL13', reported: { percent: 12.35, basis: 'levels' }, count: 12, of: 100 },
	// Further collapse of the treated vertebra
	{ id: 'v2fx-vp-further-collapse', source: 'V2-fx', reported: { n: 11, N: 91, basis: 'analysed' }, count: 12, of: 100 },
	{ id: 'v2fx-cons-further-collapse', source: 'V2-fx', reported: { n: 35, N: 85, basis: 'analysed' }, count: 41, of: 100 },
	{ id: 'v4fx-vp-further-collapse', source: 'V4-fx', reported: { percent: 8, n: 7 }, count: 8, of: 100 },
	{ id: 'v4fx-sham-further-collapse', source: 'V4-fx', reported: { percent: 45, n: 39 }, count: 45, of: 100 }
];

const figures = evidence.estimates.filter((e): e is FigureEstimate => e.status === 'figure');

function rowFor(e: FigureEstimate) {
	return DOSSIER.find((row) => row.id === e.id || (e.borrowedFrom !== undefined && e.id.startsWith(`${row.id}-`)));
}

describe('every displayable figure matches the dossier', () => {
	it.each(DOSSIER)('$id: $count of $of from $source', (row) => {
		const e = figures.find((f) => f.id === row.id);
		expect(e, `no figure ${row.id}`).toBeDefined();
		expect(e?.sources).toContain(row.source);
		expect(e?.reported).toEqual(row.reported);
		expect(e?.count).toBe(row.count);
		expect(e?.of).toBe(row.of);
	});

	it('has no figure missing from the dossier table (borrowed copies included)', () => {
		const unchecked = figures.filter((e) => !rowFor(e)).map((e) => e.id);
		expect(unchecked).toEqual([]);
		for (const e of figures) {
			const row = rowFor(e);
			expect({ id: e.id, count: e.count, of: e.of, reported: e.reported }).toEqual({
				id: e.id,
				count: row?.count,
				of: row?.of,
				reported: row?.reported
			});
		}
	});

	it('keeps sham-controlled and open-label results in separate comparisons', () => {
		const byComparison = new Map<string, Set<string>>();
		for (const e of figures) byComparison.set(e.comparison, (byComparison.get(e.comparison) ?? new Set()).add(e.design));
		for (const [comparison, designs] of byComparison) expect([comparison, designs.size]).toEqual([comparison, 1]);
	});
});

describe('means and costs match the dossier', () => {
	const points = (id: string, arm: string) =>
		evidence.means.find((m) => m.id === id)?.arms.find((a) => a.arm === arm)?.points.map((p) => [p.time.value, p.time.unit, p.mean]);

	it('VERTOS V pain 7.6 → 3.9 (vertebroplasty) vs 7.3 → 5.1 (numbing injection) at 12 months', () => {
		expect(points('vertos5-pain', 'vertebroplasty')).toEqual([
			[0, 'month', 7.6],
			[12, 'month', 3.9]
		]);
		expect(points('vertos5-pain', 'sham')).toEqual([
			[0, 'month', 7.3],
			[12, 'month', 5.1]
		]);
	});

	it('CAFE RDQ 17.6 → 9.1 with kyphoplasty; conservative care 18.2 → 18.0 at 1 month (update §1, secondary source)', () => {
		expect(points('cafe-rdq', 'kyphoplasty')).toEqual([
			[0, 'month', 17.6],
			[1, 'month', 9.1]
		]);
		expect(points('cafe-rdq', 'conservative')).toEqual([
			[0, 'month', 18.2],
			[1, 'month', 18.0]
		]);
	});

	const diff = (id: string) =>
		evidence.differences.find((d) => d.id === id)?.points.map((p) => [p.time.value, p.time.unit, p.difference, p.low, p.high]);

	it('VERTOS IV pain difference, vertebroplasty vs sham, at every time point (update §2)', () => {
		expect(diff('v4-pain-difference')).toEqual([
			[1, 'day', -0.43, -1.17, 0.31],
			[1, 'week', -0.11, -0.85, 0.63],
			[1, 'month', 0.41, -0.33, 1.15],
			[3, 'month', 0.21, -0.54, 0.96],
			[6, 'month', 0.39, -0.37, 1.15],
			[12, 'month', 0.45, -0.37, 1.24]
		]);
	});

	it('Staples IPD recent onset 0.1 (−1.4 to 1.6); Buchbinder 12 and 24 months; INVEST 1 year by randomised group', () => {
		expect(diff('staples-recent-difference')).toEqual([[1, 'month', 0.1, -1.4, 1.6]]);
		expect(diff('buch-long-term-difference')).toEqual([
			[12, 'month', 0.3, -0.9, 1.5],
			[24, 'month', 1.1, -0.3, 2.4]
		]);
		expect(diff('invest-one-year-difference')).toEqual([[12, 'month', 1.02, 0.04, 2.01]]);
	});

	it('sources carry the update §1 corrections: KAVIAR Medtronic and mixed age; INVEST crossover 43% vs 12%', () => {
		const kaviar = evidence.sources.find((s) => s.id === 'KAVIAR');
		expect(kaviar).toMatchObject({ industryFunded: true, nct: 'NCT00323609' });
		expect(kaviar?.sponsor).toMatch(/Medtronic/);
		expect(kaviar?.fractureAge).toMatch(/6 months or less/);
		expect(evidence.estimates.filter((e) => e.comparison === 'kaviar' && e.status === 'figure').every((e) => e.status === 'figure' && e.borrowedFrom?.age === 'mixed')).toBe(true);
		expect(evidence.sources.find((s) => s.id === 'INVEST')?.conflicts).toMatch(/43% of controls vs 12%.*60% \(38\/63\) vs 16% \(11\/68\)/);
		expect(evidence.sources.find((s) => s.id === 'NG234')?.urls).toEqual(['https://www.ncbi.nlm.nih.gov/books/NBK595817/']);
	});

	it('CAFE pain change at 7 days, FREE SF-36 PCS, Buchbinder pain change', () => {
		expect(points('cafe-pain-change', 'kyphoplasty')).toEqual([[7, 'day', -3.8]]);
		expect(points('cafe-pain-change', 'conservative')).toEqual([[7, 'day', -0.3]]);
		expect(points('free-pcs', 'kyphoplasty')).toEqual([
			[0, 'month', 26.0],
			[1, 'month', 33.4]
		]);
		expect(points('free-pcs', 'conservative')).toEqual([
			[0, 'month', 25.5],
			[1, 'month', 27.4]
		]);
		expect(points('buch-pain-change', 'vertebroplasty')).toEqual([[3, 'month', -2.6]]);
		expect(points('buch-pain-change', 'sham')).toEqual([[3, 'month', -1.9]]);
	});

	const amounts = (id: string) => {
		const study = evidence.costs.find((c) => c.id === id);
		return { currency: study?.currency, priceYear: study?.priceYear, amounts: study?.amounts.map((a) => [a.arm, a.amount, a.label ?? '']) };
	};

	it.each([
		['hqo16-ontario', 'CAD', '2014/15', [['conservative', null, ''], ['vertebroplasty', 3870, ''], ['kyphoplasty', 7246, '']]],
		[
			'prem11-outpatient',
			'USD',
			'2007–08',
			[
				['conservative', null, ''],
				['vertebroplasty', 3319, 'costLabels.unadjusted'],
				['vertebroplasty', 2997, 'costLabels.adjusted'],
				['kyphoplasty', 8100, 'costLabels.unadjusted'],
				['kyphoplasty', 7010, 'costLabels.adjusted']
			]
		],
		[
			'prem11-inpatient',
			'USD',
			'2007–08',
			[
				['conservative', null, ''],
				['vertebroplasty', 9837, 'costLabels.unadjusted'],
				['vertebroplasty', 11386, 'costLabels.adjusted'],
				['kyphoplasty', 13187, 'costLabels.unadjusted'],
				['kyphoplasty', 16182, 'costLabels.adjusted']
			]
		],
		[
			'mcare13-medicare',
			'USD',
			'2011',
			[
				['conservative', null, ''],
				['vertebroplasty', 14585, 'costLabels.firstQuarter'],
				['vertebroplasty', 44496, 'costLabels.twoYears'],
				['kyphoplasty', 15117, 'costLabels.firstQuarter'],
				['kyphoplasty', 41339, 'costLabels.twoYears']
			]
		],
		['fritz11-sweden', 'SEK', 'unstated', [['conservative', 84816, ''], ['vertebroplasty', null, ''], ['kyphoplasty', 160017, '']]],
		// Fritzell: SEK 884,682 per QALY gained with kyphoplasty vs conservative care (update §2)
		['fritz11-icer', 'SEK', 'unstated', [['conservative', null, 'costLabels.comparedWith'], ['vertebroplasty', null, ''], ['kyphoplasty', 884682, 'costLabels.perQaly']]],
		// HQO16: ICER vs conservative care CAD 17,870 (VP) and 33,471 (KP) per QALY (update §1)
		['hqo16-icer', 'CAD', '2014/15', [['conservative', null, 'costLabels.comparedWith'], ['vertebroplasty', 17870, 'costLabels.perQaly'], ['kyphoplasty', 33471, 'costLabels.perQaly']]]
	])('%s: %s %s', (id, currency, priceYear, expected) => {
		expect(amounts(id)).toEqual({ currency, priceYear, amounts: expected });
	});
});
