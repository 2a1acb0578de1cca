/**
 * Server-rendered chart components (as prerendering renders them): the DESIGN.md §4 contract,
 * text alternatives, tables, missing figures, the denominator switch, the incremental view, RTL
 * and the bilingual view; plus normalised snapshots (numbers to 3 decimals) in __snapshots__/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { ComparisonRow as Row, Estimate } from '$lib/evidence/types';
import IconArray from './IconArray.svelte';
import ComparisonRow from './ComparisonRow.svelte';
import MeanChart from './MeanChart.svelte';
import CostChart from './CostChart.svelte';
import DifferenceChart from './DifferenceChart.svelte';
import { iconDefs } from './personIcon';
import { embolism, figure, firstSvg, hospitalCosts, html, missing, normalise, painDifference, painMeans, painRelief } from './test-support';

const vapour = {
	vertebroplasty: figure({ arm: 'vertebroplasty', count: 44, sources: ['VAPOUR'] }),
	sham: figure({ arm: 'sham', count: 21, sources: ['VAPOUR'] })
};
const row = (arms: Partial<Record<Row['arms'] extends Partial<Record<infer K, Estimate>> ? K : never, Estimate>>, outcome = 'pain-relief'): Row => ({
	comparison: 'test-trial',
	outcome,
	arms,
	strata: ['osteoporotic-acute']
});
const harm = (arm: 'conservative' | 'vertebroplasty' | 'kyphoplasty', count: number) =>
	figure({ arm, count, of: 1000, outcome: 'cement-embolism', timeFrame: { value: 12, unit: 'month', kind: 'within' } });

/** Every `<figure data-chart="icon-array" …>` opening tag, as attribute maps. */
function figures(markup: string): Record<string, string>[] {
	return [...markup.matchAll(/<figure[^>]*data-chart="icon-array"[^>]*>/g)].map((m) =>
		Object.fromEntries([...m[0].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
	);
}
const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;

describe('IconArray', () => {
	const markup = html(IconArray, { estimate: vapour.vertebroplasty, outcome: painRelief });

	it('carries the chart contract attributes', () => {
		expect(figures(markup)).toEqual([
			expect.objectContaining({
				'data-chart': 'icon-array',
				'data-option': 'vertebroplasty',
				'data-outcome': 'pain-relief',
				'data-count': '44',
				'data-of': '100',
				'data-source': 'VAPOUR'
			})
		]);
	});

	it('has a short text alternative, the number in words, and a caption with time frame and group', () => {
		expect(markup).toContain('role="img" aria-label="Icon chart: 44 out of 100 people"');
		expect(markup).toMatch(/class="in-words[^"]*">(<!--[^>]*-->)*44 out of 100 people/);
		const caption = markup.slice(markup.indexOf('<figcaption'), markup.indexOf('</figcaption>'));
		expect(caption).toContain('44 out of 100 people had mild or no pain 2 weeks after vertebroplasty.');
		expect(caption).toContain('People like you: a recent fracture from osteoporosis (thin bones)');
	});

	it('keeps the DOM small: full rows are one <use> each', () => {
		expect(count(markup, /<use /g)).toBe(4 + 4 + 5 + 6);
		const none = html(IconArray, { estimate: figure({ arm: 'sham', count: 0 }), outcome: painRelief });
		expect(count(none, /<use /g)).toBe(10);
		expect(none).toContain('aria-label="Icon chart: 0 out of 100 people"');
		const all = html(IconArray, { estimate: figure({ arm: 'sham', count: 100 }), outcome: painRelief });
		expect(count(all, /<use /g)).toBe(10);
	});

	it('draws every person from the one shared definition, never a copy of its own', () => {
		const uses = [...markup.matchAll(/<use href="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(uses)).toEqual(new Set(['#sfc-person', '#sfc-person-row']));
		expect(markup).not.toMatch(/<path id=/);
		expect(markup).not.toContain('<defs');
		const defs = iconDefs();
		expect([...defs.matchAll(/<path id="([^"]+)" d="M/g)].map((m) => m[1])).toEqual(['sfc-person', 'sfc-person-row']);
		expect(defs).toMatch(/<svg[^>]*aria-hidden="true"/);
		// the legend's person swatch is the same shape, by reference too
		const inRow = html(ComparisonRow, { row: row(vapour), outcome: painRelief });
		expect(count(inRow, /<path id=/g)).toBe(0);
		expect(inRow).toMatch(/<ul class="sfc-chart icon-legend[^]*<use href="#sfc-person"/);
	});

	it('draws 1000 icons as squares, one path per state', () => {
		const big = html(IconArray, { estimate: harm('kyphoplasty', 5), outcome: embolism });
		expect(figures(big)[0]).toMatchObject({ 'data-count': '5', 'data-of': '1000' });
		expect(count(big, /<use /g)).toBe(0);
		expect(count(firstSvg(big), /<path /g)).toBe(2);
		expect(big).toContain('aria-label="Icon chart: 5 out of 1,000 people"');
	});

	it('draws the numbers it is handed, already on the row’s denominator', () => {
		const up = html(IconArray, { estimate: vapour.sham, outcome: painRelief, drawn: { count: 210, of: 1000 } });
		expect(figures(up)[0]).toMatchObject({ 'data-count': '210', 'data-of': '1000' });
		expect(up).toContain('aria-label="Icon chart: 210 out of 1,000 people"');
	});

	it('shows a range on the array and in words', () => {
		const ranged = html(IconArray, {
			estimate: figure({ arm: 'vertebroplasty', count: 44, range: { low: 11, high: 44 } }),
			outcome: painRelief
		});
		expect(ranged).toContain('class="range-band');
		expect(ranged).toContain('Could be between 11 and 44 out of 100.');
		expect(ranged).toContain('could be between 11 and 44');
	});

	it('says when figures are borrowed from another group, and shows the note', () => {
		const borrowed = html(IconArray, {
			estimate: figure({ arm: 'vertebroplasty', count: 44, borrowedFrom: { population: 'osteoporotic' }, note: 'no-sham-kp' }),
			outcome: painRelief,
			groups: ['cancer-acute']
		});
		expect(borrowed).toContain('People like you: a recent fracture caused by cancer');
		expect(borrowed).toContain('This figure comes from people with osteoporosis, not from people with cancer.');
		expect(borrowed).toContain('No trial compared balloon kyphoplasty with a sham procedure.');
	});

	it('mirrors for RTL and writes numbers in Arabic digits', () => {
		const ar = html(IconArray, { estimate: figure({ arm: 'vertebroplasty', count: 3 }), outcome: painRelief }, 'ar');
		expect(ar).toContain('aria-label="رسم بالأشكال: ٣ من كل ١٠٠ شخص"');
		expect(figures(ar)[0]).toMatchObject({ 'data-count': '3', 'data-of': '100' });
		// the first affected person sits at the bottom right
		expect(ar).toMatch(/<g class="affected[^"]*">(<!--[^>]*-->)*<use href="#[^"]+-person" x="90" y="144"/);
	});

	it('matches the snapshot (LTR and RTL)', async () => {
		await expect(normalise(markup)).toMatchFileSnapshot('__snapshots__/icon-array-44.html');
		const ranged = html(IconArray, {
			estimate: figure({ arm: 'sham', count: 21, range: { low: 11, high: 34 } }),
			outcome: painRelief,
			baseline: 15,
			reference: 'conservative'
		}, 'ar');
		await expect(normalise(firstSvg(ranged))).toMatchFileSnapshot('__snapshots__/icon-array-ar-range-extra.svg.html');
		await expect(normalise(firstSvg(html(IconArray, { estimate: harm('vertebroplasty', 12), outcome: embolism, baseline: 5 })))).toMatchFileSnapshot(
			'__snapshots__/icon-array-1000.svg.html'
		);
	});
});

describe('ComparisonRow', () => {
	const markup = html(ComparisonRow, { row: row(vapour), outcome: painRelief });

	it('shows each arm the study compared, in the fixed order, on one denominator', () => {
		expect(figures(markup).map((f) => [f['data-option'], f['data-count'], f['data-of']])).toEqual([
			['vertebroplasty', '44', '100'],
			['sham', '21', '100']
		]);
	});

	it('labels a sham comparator as such', () => {
		expect(markup).toContain('Sham (pretend) procedure: a comparison group in the study, not a treatment you can choose');
	});

	it('draws the incremental view: same-colour baseline, hatched extra, legend beside', () => {
		const [vp, sham] = markup.split('data-option="sham"');
		expect(vp).toContain('<g class="extra');
		expect(vp).toMatch(/<pattern id="[^"]+-hatch"/);
		expect(vp).toContain('That is 23 more out of 100 than with sham (pretend) procedure.');
		expect(sham.slice(0, sham.indexOf('</figure>'))).not.toContain('class="extra');
		expect(markup).toContain('Extra people helped, compared with sham (pretend) procedure');
		expect(markup).toContain('People this happened to (as many as with sham (pretend) procedure)');
	});

	it('offers the same data as a table behind a real toggle button', () => {
		const button = markup.match(/<button[^>]*aria-controls="([^"]+)"[^>]*>/);
		expect(button?.[0]).toContain('aria-expanded="false"');
		expect(button?.[0]).toContain('type="button"');
		// The region exists (so aria-controls resolves); the table is built when opened (browser test).
		expect(markup).toMatch(new RegExp(`id="${button?.[1]}"[^>]*hidden`));
		expect(markup).not.toContain('<table');
	});

	it('explains a range in the legend beside the arrays', () => {
		const ranged = html(ComparisonRow, {
			row: row({ ...vapour, vertebroplasty: figure({ arm: 'vertebroplasty', count: 44, range: { low: 11, high: 44 } }) }),
			outcome: painRelief
		});
		expect(ranged).toContain('Could also be these people (the range)');
		expect(markup).not.toContain('Could also be these people (the range)');
	});

	it('states certainty and design once under the row, and the sources', () => {
		expect(count(markup, /How sure are we\?/g)).toBe(1);
		expect(markup).toContain('How sure are we? Not very sure. Type of study: trial against a sham (pretend) procedure.');
		expect(markup).toContain('Source: VAPOUR');
	});

	it('keeps the slot of a missing figure, with the reason', () => {
		const gap = html(ComparisonRow, { row: row({ ...vapour, kyphoplasty: missing('kyphoplasty') }), outcome: painRelief });
		const slots = [...gap.matchAll(/data-option="(\w+)"/g)].map((m) => m[1]);
		expect(slots).toEqual(['vertebroplasty', 'kyphoplasty', 'sham']);
		expect(gap).toContain('data-status="no-evidence"');
		expect(gap).toContain('No reliable figure');
		expect(gap).toContain('No trial compared balloon kyphoplasty with a sham procedure.');
		expect(gap).toContain('aria-label="Balloon kyphoplasty: No reliable figure"');
	});

	it('says "does not apply" when the outcome cannot happen with an option', () => {
		const na = html(ComparisonRow, {
			row: row({ conservative: missing('conservative', 'notes.noCement', true), vertebroplasty: vapour.vertebroplasty }),
			outcome: painRelief
		});
		expect(na).toContain('Does not apply');
		expect(na).toContain('No cement is used, so no cement can leak.');
		expect(na).not.toContain('No reliable figure');
	});

	it('gives rare harms a row-level 100 ↔ 1000 switch, refusing 100 when it would round', () => {
		const rare = html(ComparisonRow, {
			row: row({ vertebroplasty: harm('vertebroplasty', 5), kyphoplasty: harm('kyphoplasty', 12) }, 'cement-embolism'),
			outcome: embolism
		});
		expect(figures(rare).map((f) => f['data-of'])).toEqual(['1000', '1000']);
		// (The button's words are a BiText: markers and a span may sit between the tag and the text.)
		expect(rare).toMatch(/<button[^>]*aria-pressed="false"[^>]*aria-disabled="true"[^>]*>(?:\s*<[^>]*>)*\s*100 people/);
		expect(rare).toMatch(/<button[^>]*aria-pressed="true"[^>]*>(?:\s*<[^>]*>)*\s*1,000 people/);
		expect(rare).toContain('role="status"');
		expect(rare).toContain('Shown out of 1,000: 5 out of 1,000 cannot be shown out of 100 without rounding it away.');
	});

	it('allows out of 100 when every count divides by 10, for all arms at once', () => {
		const even = html(ComparisonRow, {
			row: row({ vertebroplasty: harm('vertebroplasty', 20), kyphoplasty: harm('kyphoplasty', 30) }, 'cement-embolism'),
			outcome: { ...embolism, denominator: 100 }
		});
		expect(figures(even).map((f) => [f['data-count'], f['data-of']])).toEqual([
			['2', '100'],
			['3', '100']
		]);
		expect(even).not.toContain('aria-disabled');
	});

	it('renders the second language beside the first in the bilingual view', () => {
		const bi = html(ComparisonRow, { row: row(vapour), outcome: painRelief }, 'en', 'ar');
		expect(bi).toContain('<span class="bi-second');
		expect(bi).toMatch(/lang="ar" dir="rtl">٤٤ من كل ١٠٠ شخص/);
		expect(bi).toMatch(/lang="ar" dir="rtl">أشخاص مثلك/);
		// the text alternative stays in the page language
		expect(bi).toContain('aria-label="Icon chart: 44 out of 100 people"');
	});

	it('matches the snapshot', async () => {
		await expect(normalise(markup)).toMatchFileSnapshot('__snapshots__/comparison-row.html');
	});
});

describe('one denominator per row', () => {
	it('puts every arm of a comparison on one denominator, exactly', () => {
		const markup = html(ComparisonRow, {
			outcome: embolism,
			row: {
				comparison: 'test-trial',
				outcome: embolism.id,
				strata: ['osteoporotic-acute'],
				arms: { conservative: figure({ arm: 'conservative', count: 1 }), kyphoplasty: harm('kyphoplasty', 5) }
			}
		});
		expect(figures(markup).map((f) => [f['data-option'], f['data-count'], f['data-of']])).toEqual([
			['conservative', '10', '1000'],
			['kyphoplasty', '5', '1000']
		]);
		expect(markup).toMatch(/class="[^"]*grid-1000[^"]*"/);
	});
});

describe('MeanChart', () => {
	const markup = html(MeanChart, { result: painMeans });

	it('labels every value, names the scale and direction, and has a table toggle', () => {
		expect(markup).toContain('data-chart="mean"');
		expect(markup).toContain('role="img" aria-label="Chart of average scores: Pain score (0 = no pain, 10 = worst pain)"');
		for (const v of ['7.8', '4.1', '3.0', '7.6', '4.3', '3.2']) expect(markup).toContain(`>${v}</text>`);
		expect(markup).toContain('Higher scores are worse.');
		expect(markup).toMatch(/<button[^>]*aria-expanded="false"[^>]*>Show as table<\/button>/);
		expect(markup).toContain('stroke-dasharray="6 3"');
	});

	it('writes Arabic digits in Arabic', () => {
		expect(html(MeanChart, { result: painMeans }, 'ar')).toContain('>٧٫٨</text>');
	});

	it('matches the snapshot', async () => {
		await expect(normalise(firstSvg(markup.slice(markup.indexOf('class="plot')- 5)))).toMatchFileSnapshot('__snapshots__/mean-chart.svg.html');
	});
});

describe('CostChart', () => {
	const markup = html(CostChart, { study: hospitalCosts });

	it('shows every option, amounts in the source currency, and "No figure" for a missing one', () => {
		expect([...markup.matchAll(/<li data-option="(\w+)"/g)].map((m) => m[1])).toEqual(['conservative', 'vertebroplasty', 'kyphoplasty']);
		expect(markup).toContain('$3,319');
		expect(markup).toContain('$8,100');
		expect(markup).toContain('No figure');
		expect(markup).toContain('Currency: US Dollar (USD). Price year: 2007–08.');
		expect(markup).toContain('Where: US hospitals');
		expect(markup).toContain('Vertebroplasty (outpatient)');
	});

	it('matches the snapshot', async () => {
		await expect(normalise(markup)).toMatchFileSnapshot('__snapshots__/cost-chart.html');
	});
});

describe('DifferenceChart', () => {
	const markup = html(DifferenceChart, { result: painDifference });
	const open = markup.match(/<figure[^>]*>/)?.[0] ?? '';

	it('carries the chart contract attributes', () => {
		expect(open).toContain('data-chart="difference"');
		expect(open).toContain('data-source="TEST"');
		expect(open).toContain('data-design="sham-controlled"');
		expect(open).not.toContain('data-funded');
	});

	it('names each side in plain words and draws a zero line, never people', () => {
		expect(markup).toContain('Less pain with sham (pretend) procedure');
		expect(markup).toContain('Less pain with vertebroplasty');
		expect(markup).toMatch(/<line class="zero/);
		expect(markup).not.toMatch(/out of 100/);
	});

	it('says each time point in words with its range, the group and the certainty', () => {
		const caption = markup.slice(markup.indexOf('<figcaption'), markup.indexOf('</figcaption>'));
		expect(caption).toContain('1 day: -0.43 points, likely range -1.17 to 0.31.');
		expect(caption).toContain('12 months: 1.02 points, likely range 0.04 to 2.01.');
		expect(count(caption, /No clear difference at this time\./g)).toBe(2);
		expect(count(caption, /Clear difference at this time\./g)).toBe(1);
		expect(caption).toContain('People like you: a recent fracture from osteoporosis (thin bones)');
		expect(caption).toContain('How sure are we? Fairly sure.');
		expect(markup).toMatch(/<button[^>]*aria-expanded="false"[^>]*>Show as table<\/button>/);
	});

	it('flags a device maker’s money in words and as an attribute', () => {
		const paid = html(DifferenceChart, { result: { ...painDifference, sources: ['V4'] } });
		expect(paid.match(/<figure[^>]*>/)?.[0]).toContain('data-funded="industry"');
		expect(paid).toContain('Paid for by a device maker');
	});

	it('matches the snapshot (LTR and RTL)', async () => {
		await expect(normalise(firstSvg(markup))).toMatchFileSnapshot('__snapshots__/difference-chart.svg.html');
		await expect(normalise(firstSvg(html(DifferenceChart, { result: painDifference }, 'ar')))).toMatchFileSnapshot(
			'__snapshots__/difference-chart-ar.svg.html'
		);
	});
});

describe('design and funding on every chart', () => {
	const opening = (markup: string) => markup.match(/<figure[^>]*>/)?.[0] ?? '';

	it('icon arrays carry the figure’s design, and a device-maker flag when one paid', () => {
		const own = html(IconArray, { estimate: vapour.vertebroplasty, outcome: painRelief });
		expect(opening(own)).toContain('data-design="sham-controlled"');
		expect(opening(own)).not.toContain('data-funded');
		expect(own).not.toContain('Paid for by a device maker');
		const paid = html(IconArray, { estimate: figure({ arm: 'kyphoplasty', count: 5, sources: ['KAVIAR'], design: 'open-label-rct' }), outcome: painRelief });
		expect(opening(paid)).toContain('data-design="open-label-rct"');
		expect(opening(paid)).toContain('data-funded="industry"');
		expect(paid).toContain('Paid for by a device maker');
	});

	it('mean and cost charts too', () => {
		const mean = html(MeanChart, { result: { ...painMeans, sources: ['CAFE'] } });
		expect(opening(mean)).toMatch(/data-design="sham-controlled"[^>]*data-funded="industry"/);
		expect(mean).toContain('Paid for by a device maker');
		const cost = html(CostChart, { study: { ...hospitalCosts, sources: ['HQO16'] } });
		expect(opening(cost)).toContain('data-design="hta"');
		expect(opening(cost)).not.toContain('data-funded');
	});
});

describe('house rules', () => {
	const dir = new URL('./', import.meta.url);
	const files = readdirSync(dir).filter((f) => f.endsWith('.svelte') || (f.endsWith('.ts') && !f.includes('test')));
	const source = (f: string) => readFileSync(new URL(f, dir), 'utf8');

	it('documents every component with an @component block and typed Props', () => {
		for (const f of files.filter((f) => f.endsWith('.svelte'))) {
			expect(source(f), f).toMatch(/^<!--\n@component/);
			expect(source(f), f).toContain('interface Props');
		}
	});

	it('uses no transitions, no d3 umbrella, no d3-selection, no any', () => {
		for (const f of files) {
			const s = source(f);
			expect(s, f).not.toMatch(/\s(transition|in|out|animate):\w/);
			expect(s, f).not.toMatch(/@keyframes|transition\s*:/);
			expect(s, f).not.toMatch(/from 'd3'|d3-selection/);
			expect(s, f).not.toMatch(/:\s*any\b|as any\b/);
		}
	});
});
