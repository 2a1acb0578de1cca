import { selectEvidence } from '../../src/lib/evidence/select.ts';
import type { AgeAnswer, CauseAnswer } from '../../src/lib/evidence/types.ts';
import { test, expect, url, ready, expandAllStudies } from './fixtures';

const SITUATIONS: [CauseAnswer, AgeAnswer][] = [
	['osteoporotic', 'acute'],
	['osteoporotic', 'chronic'],
	['cancer', 'acute'],
	['cancer', 'chronic'],
	['unsure', 'unsure']
];

/** What the evidence files say must be drawn for a situation: one entry per arm per study row. */
function expectedArrays(cause: CauseAnswer, age: AgeAnswer): string[] {
	const selected = selectEvidence({ cause, age });
	return selected.outcomes
		.flatMap((o) => o.rows.flatMap((row) => Object.values(row.arms)))
		.flatMap((e) => (e && e.status === 'figure' ? [`${e.outcome}|${e.arm}|${e.count}|${e.of}|${e.sources.join(',')}`] : []))
		.sort();
}

for (const [cause, age] of SITUATIONS) {
	test(`outcomes (${cause}, ${age}): every icon array carries the contract attributes of its evidence entry`, async ({ page }) => {
		await page.goto(url('en', 'outcomes', `#cause=${cause}&age=${age}`));
		await ready(page);
		await expandAllStudies(page);
		const figures = page.locator('figure[data-chart="icon-array"]');
		const drawn = await figures.evaluateAll((nodes) =>
			nodes.map((n) => {
				const d = (n as HTMLElement).dataset;
				return `${d.outcome}|${d.option}|${d.count}|${d.of}|${d.source}`;
			})
		);
		expect(drawn.sort()).toEqual(expectedArrays(cause, age));

		// Every array has a caption in words with its count and denominator, and a text alternative.
		for (const figure of await figures.all()) {
			const english = new Intl.NumberFormat('en');
			const count = english.format(Number(await figure.getAttribute('data-count')));
			const of = english.format(Number(await figure.getAttribute('data-of')));
			const caption = figure.locator('figcaption');
			await expect(caption).toContainText(`${count} out of ${of}`);
			await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', new RegExp(`${count} out of ${of}`));
		}
	});
}

test('the data table of a chart opens and closes by keyboard', async ({ page }) => {
	await page.goto(url('en', 'outcomes', '#cause=osteoporotic&age=acute'));
	await ready(page);
	const toggle = page.getByRole('button', { name: 'Show as table' }).first();
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
	const block = page.locator('[data-outcome-block="serious-procedure-harm"]');
	const arrays = block.locator('figure[data-chart="icon-array"]');
	const denominators = () => arrays.evaluateAll((n) => n.map((x) => (x as HTMLElement).dataset.of));
	expect(new Set(await denominators())).toEqual(new Set(['1000']));
	// 5 out of 1,000 cannot be drawn out of 100 without rounding: the switch refuses and says why.
	await block.getByRole('button', { name: '100 people' }).first().focus();
	await page.keyboard.press('Enter');
	expect(new Set(await denominators())).toEqual(new Set(['1000']));
	await expect(block.getByText(/cannot be shown out of 100 without rounding/).first()).toBeVisible();
});
