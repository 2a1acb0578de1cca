import { describe, expect, it } from 'vitest';
import sources from '../../../content/evidence/sources.json' with { type: 'json' };
import { sourceFactsOf, type SourceFacts } from '$lib/evidence/source-facts-plugin';
import type { Source } from '$lib/evidence/types';
import { chartAttributes, chartFacts } from './chartFacts';

const known: SourceFacts = {
	PAID: { design: 'open-label-rct', industryFunded: true },
	FREE: { design: 'sham-controlled', industryFunded: false },
	HTA: { design: 'hta', industryFunded: false },
	COST: { design: 'cost-study', industryFunded: false }
};

describe('chartFacts', () => {
	it('keeps the chart’s own design and flags any device-maker source', () => {
		expect(chartFacts(['FREE'], 'sham-controlled', known)).toEqual({ design: 'sham-controlled', funded: false });
		expect(chartFacts(['FREE', 'PAID'], 'open-label-rct', known)).toEqual({ design: 'open-label-rct', funded: true });
	});

	it('gives a cost chart the design of its sources', () => {
		expect(chartFacts(['HTA'], undefined, known).design).toBe('hta');
		expect(chartFacts(['HTA', 'COST'], undefined, known).design).toBe('cost-study');
		expect(chartFacts(['UNKNOWN'], undefined, known)).toEqual({ design: 'cost-study', funded: false });
	});

	it('writes data-funded only when a device maker paid', () => {
		expect(chartAttributes({ design: 'hta', funded: false })).toEqual({ 'data-design': 'hta', 'data-funded': undefined });
		expect(chartAttributes({ design: 'open-label-rct', funded: true })).toEqual({
			'data-design': 'open-label-rct',
			'data-funded': 'industry'
		});
	});

	it('reads the real bibliography through the build-time digest', () => {
		const all = sourceFactsOf(sources as Source[]);
		expect(chartFacts(['KAVIAR'], 'open-label-rct').funded).toBe(true);
		for (const s of sources as Source[]) expect(chartFacts([s.id], s.design)).toEqual(chartFacts([s.id], s.design, all));
	});
});
