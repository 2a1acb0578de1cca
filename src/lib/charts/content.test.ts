/**
 * The charts against the real content: every comparison row, option set, mean result and cost
 * study the evidence model selects, for every situation, renders with every text key present
 * (English) and keeps the chart contract (one denominator per row, whole counts).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { selectEvidence } from '$lib/evidence/select';
import type { Situation } from '$lib/evidence/types';
import { createTranslator } from '$lib/i18n/translator';
import { i18nContextMap } from '$lib/i18n/context';
import common from '../../../content/locales/en/common.json';
import evidence from '../../../content/locales/en/evidence.json';
import glossary from '../../../content/locales/en/glossary.json';
import charts from '../../../content/locales/en/charts.json';
import arCharts from '../../../content/locales/ar/charts.json';
import ComparisonRow from './ComparisonRow.svelte';
import MeanChart from './MeanChart.svelte';
import CostChart from './CostChart.svelte';

const en = { common, evidence, glossary, charts };
const situations: Situation[] = [
	{ cause: 'osteoporotic', age: 'acute' },
	{ cause: 'osteoporotic', age: 'chronic' },
	{ cause: 'cancer', age: 'acute' },
	{ cause: 'cancer', age: 'chronic' },
	{ cause: 'unsure', age: 'unsure' }
];

function renderAll(lang: 'en' | 'ar') {
	const primary = lang === 'en' ? createTranslator('en', en, {}) : createTranslator('ar', { charts: arCharts }, en);
	const context = i18nContextMap({ primary, second: null });
	const out = (component: unknown, props: Record<string, unknown>) =>
		render(component as Component<Record<string, unknown>>, { props, context }).body;
	const pages: string[] = [];
	for (const situation of situations) {
		const selected = selectEvidence(situation);
		for (const { outcome, rows } of selected.outcomes) {
			for (const row of rows) pages.push(out(ComparisonRow, { row, outcome }));
		}
		for (const result of selected.means) pages.push(out(MeanChart, { result }));
		for (const study of selected.costs) pages.push(out(CostChart, { study }));
	}
	return { pages, missing: primary.missing };
}

describe('charts with the real content', () => {
	const { pages, missing } = renderAll('en');

	it('renders something for every situation', () => {
		expect(pages.length).toBeGreaterThan(20);
		expect(pages.join('').match(/data-chart="icon-array"/g)?.length ?? 0).toBeGreaterThan(20);
	});

	it('finds every English text it asks for', () => {
		expect([...missing]).toEqual([]);
	});

	it('draws every array in a row on one denominator, with whole counts', () => {
		for (const page of pages) {
			const ofs = new Set([...page.matchAll(/data-chart="icon-array"[^>]*data-of="(\d+)"/g)].map((m) => m[1]));
			expect(ofs.size).toBeLessThanOrEqual(1);
			for (const m of page.matchAll(/data-count="([^"]+)"/g)) expect(Number.isInteger(Number(m[1]))).toBe(true);
		}
	});

	it('renders in Arabic too (falling back to English content text where not yet translated)', () => {
		const ar = renderAll('ar');
		expect(ar.pages.length).toBe(pages.length);
		expect(ar.pages.join('')).toContain('من كل');
	});
});
