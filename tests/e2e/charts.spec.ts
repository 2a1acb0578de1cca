import sources from '../../content/evidence/sources.json' with { type: 'json' };
import { selectEvidence } from '../../src/lib/evidence/select.ts';
import { selectQuestions, type EvidenceItem } from '../../src/lib/evidence/questions.ts';
import type { AgeAnswer, CauseAnswer } from '../../src/lib/evidence/types.ts';
import { test, expect, url, ready, expandAllStudies, FIVE_SITUATIONS } from './fixtures';

const DESIGNS = ['sham-controlled', 'active-control-rct', 'open-label-rct', 'systematic-review', 'single-arm', 'observational', 'cost-study', 'hta'];
const FUNDED = new Set((sources as { id: string; industryFunded: boolean }[]).filter((s) => s.industryFunded).map((s) => s.id));
const funded = (ids: string[]) => (ids.some((id) => FUNDED.has(id)) ? 'industry' : '');

/** What the evidence files say must be drawn for a situation: one entry per arm per study row. */
function expectedArrays(cause: CauseAnswer, age: AgeAnswer): string[] {
	const selected = selectEvidence({ cause, age });
	return selected.outcomes
		.flatMap((o) => o.rows.flatMap((row) => Object.values(row.arms)))
		.flatMap((e) =>
			e && e.status === 'figure'
				? [`${e.outcome}|${e.arm}|${e.count}|${e.of}|${e.sources.join(',')}|${e.design}|${funded(e.sources)}`]
				: []
		)
		.sort();
}

/** How the page names one ranked item: the study row of its icon arrays, or its chart's own id. */
function itemKey(item: EvidenceItem): string {
	switch (item.kind) {
		case 'figures':
			return `figures|${item.row.comparison}|${item.outcome.id}`;
		case 'mean':
			return `mean|${item.result.id}`;
		case 'difference':
			return `difference|${item.result.id}`;
		case 'cost':
			return `cost|${item.study.id}`;
	}
}

for (const [cause, age] of FIVE_SITUATIONS) {
	test(`outcomes (${cause}, ${age}): every icon array carries the contract attributes of its evidence entry`, async ({ page }) => {
		await page.goto(url('en', 'outcomes', `#cause=${cause}&age=${age}`));
		await ready(page);
		await expandAllStudies(page);
		// The full charts, under "the studies behind this", draw every study row once.
		const figures = page.locator('details.more figure[data-chart="icon-array"]');
		const attributes = (nodes: Element[]) =>
			nodes.map((n) => {
				const d = (n as HTMLElement).dataset;
				return `${d.outcome}|${d.option}|${d.count}|${d.of}|${d.source}|${d.design}|${d.funded ?? ''}`;
			});
		const drawn = await figures.evaluateAll(attributes);
		expect(drawn.sort()).toEqual(expectedArrays(cause, age));
		// The short answer per option draws arrays of that same evidence only (on 100 or 1,000; its attributes are the entry's).
		const expected = new Set(expectedArrays(cause, age).map((e) => e.split('|').filter((_, i) => i !== 2 && i !== 3).join('|')));
		const columns = await page.locator('.columns figure[data-chart="icon-array"]').evaluateAll(attributes);
		for (const c of columns) expect(expected, c).toContain(c.split('|').filter((_, i) => i !== 2 && i !== 3).join('|'));

		// Every array has a caption in words with its count and denominator, and a text alternative.
		for (const figure of await page.locator('figure[data-chart="icon-array"]').all()) {
			const english = new Intl.NumberFormat('en');
			const count = english.format(Number(await figure.getAttribute('data-count')));
			const of = english.format(Number(await figure.getAttribute('data-of')));
			const caption = figure.locator('figcaption');
			await expect(caption).toContainText(`${count} out of ${of}`);
			await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', new RegExp(`${count} out of ${of}`));
		}
	});
}

for (const [cause, age] of FIVE_SITUATIONS) {
	test(`outcomes (${cause}, ${age}): each question opens with its bottom line, strongest evidence first, every sham trial shown`, async ({ page }) => {
		await page.goto(url('en', 'outcomes', `#cause=${cause}&age=${age}`));
		await ready(page);
		const questions = selectQuestions({ cause, age });
		const sections = page.locator('section[data-question]');
		expect(await sections.evaluateAll((n) => n.map((x) => (x as HTMLElement).dataset.question))).toEqual(questions.map((q) => q.question));
		for (const q of questions) {
			const section = page.locator(`section[data-question="${q.question}"]`);
			// The first element after the heading is the bottom line, with its certainty in words.
			const first = await section.evaluate((el) => {
				const heading = el.querySelector(':scope > h2');
				const next = heading?.nextElementSibling as HTMLElement | null;
				return { isFirstChild: el.firstElementChild === heading, bottomLine: next?.dataset.bottomLine, certainty: next?.dataset.certainty };
			});
			expect(first).toEqual({ isFirstChild: true, bottomLine: q.bottomLine.id, certainty: q.bottomLine.certainty });
			await expect(section.locator('[data-bottom-line] .certainty')).toContainText('How sure we are:');

			// Shown by default, in rank order (the selector's), with every sham-controlled trial among them.
			const items = section.locator(':scope > .item');
			const shown = await items.evaluateAll((nodes) =>
				nodes.map((n) => {
					const d = (n as HTMLElement).dataset;
					return d.itemKind === 'figures' ? `figures|${d.comparison}|${d.outcome}` : `${d.itemKind}|${d.result}`;
				})
			);
			expect(shown).toEqual(q.items.filter((i) => i.visible).map((i) => itemKey(i.item)));
			for (const sham of q.items.filter((i) => i.design === 'sham-controlled')) expect(shown).toContain(itemKey(sham.item));
			// Each shown in short as what it is: its design, its sources and its result in words, visible on the page.
			const visible = q.items.filter((i) => i.visible);
			for (const [n, ranked] of visible.entries()) {
				const item = items.nth(n);
				await expect(item).toBeVisible();
				await expect(item).toHaveAttribute('data-item-design', ranked.design);
				await expect(item).toHaveAttribute('data-source', ranked.sources.join(','));
				if (ranked.industryFunded) await expect(item).toContainText('Paid for by a device maker');
				await expect(item.locator('.result')).not.toBeEmpty();
				for (const source of ranked.sources) await expect(item.locator('.sources')).toContainText(source);
				if (ranked.design !== 'cost-study') await expect(item.locator('.sure')).toContainText('Type of study:');
			}
			// Every full chart, the shown ones too, sits under "the studies behind this".
			await expect(section.locator(':scope > details.more')).toHaveCount(q.items.length > 0 ? 1 : 0);
		}
	});

	test(`outcomes (${cause}, ${age}): every chart states its study design, and a device maker's money in words`, async ({ page }) => {
		await page.goto(url('en', 'outcomes', `#cause=${cause}&age=${age}`));
		await ready(page);
		await expandAllStudies(page);
		const charts = await page.locator('figure[data-chart]').evaluateAll((nodes) =>
			nodes.map((n) => {
				const d = (n as HTMLElement).dataset;
				return { chart: d.chart, design: d.design, funded: d.funded ?? '', source: d.source ?? '', flag: n.querySelector('.sfc-funded')?.textContent?.trim() ?? '' };
			})
		);
		expect(new Set(charts.map((c) => c.chart))).toContain('icon-array');
		for (const c of charts) {
			expect(DESIGNS, JSON.stringify(c)).toContain(c.design);
			expect(c.funded, JSON.stringify(c)).toBe(funded(c.source.split(',')));
			expect(c.flag, JSON.stringify(c)).toBe(c.funded ? 'Paid for by a device maker' : '');
		}
	});
}

test('the data table of a chart opens and closes by keyboard', async ({ page }) => {
	await page.goto(url('en', 'outcomes', '#cause=osteoporotic&age=acute'));
	await ready(page);
	await expandAllStudies(page);
	const toggle = page.locator('.comparison-row[data-comparison="vapour"]').getByRole('button', { name: 'Show as table' }).first();
	const controls = await toggle.getAttribute('aria-controls');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Hide table' }).first()).toHaveAttribute('aria-expanded', 'true');
	const table = page.locator(`#${controls} table`);
	await expect(table).toBeVisible();
	await expect(table).toContainText('44');
	await expect(table).toContainText('21');
	await page.keyboard.press('Space');
	await expect(page.locator(`#${controls}`)).toBeHidden();
});

test('the denominator switch applies to every option at once and never rounds a rare harm away', async ({ page }) => {
	await page.goto(url('en', 'outcomes', '#cause=osteoporotic&age=acute'));
	await ready(page);
	await expandAllStudies(page);
	const block = page.locator('[data-outcome-block="serious-procedure-harm"]').first();
	const arrays = block.locator('figure[data-chart="icon-array"]');
	const denominators = () => arrays.evaluateAll((n) => n.map((x) => (x as HTMLElement).dataset.of));
	expect(new Set(await denominators())).toEqual(new Set(['1000']));
	// 5 out of 1,000 cannot be drawn out of 100 without rounding: the switch refuses and says why.
	await block.getByRole('button', { name: '100 people' }).first().focus();
	await page.keyboard.press('Enter');
	expect(new Set(await denominators())).toEqual(new Set(['1000']));
	await expect(block.getByText(/cannot be shown out of 100 without rounding/).first()).toBeVisible();
});
