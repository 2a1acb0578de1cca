/**
 * The Together deck (issue 11, DESIGN.md §2 and §4): one card per patient question as ARIA tabs,
 * each card on one screen at tablet and laptop sizes with all three options, keyboard-only tabs,
 * the card in the address bar (back/forward, reload), read-aloud per card in each language's voice.
 */
import type { Page } from '@playwright/test';
import { test, expect, url, ready, fakeSpeech as installFakeSpeech, VOICES, FIVE_SITUATIONS } from './fixtures';

const VIEWPORTS = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 }
];
const SITUATIONS = FIVE_SITUATIONS.map(([cause, age]) => `${cause}-${age}`);
const LANGUAGES = [
	{ lang: 'en', second: null },
	{ lang: 'ar', second: null },
	{ lang: 'en', second: 'es' },
	{ lang: 'en', second: 'ar' },
	{ lang: 'ar', second: 'en' }
];
/** The longest languages (a fifth to a third longer than English), alone and French with English, at the tighter screen only: at 1280×800 they fit at full size. */
const LONG_LANGUAGES = [...['es', 'fr', 'vi'].map((lang) => ({ lang, second: null })), { lang: 'fr', second: 'en' }];
const CASES = VIEWPORTS.flatMap((viewport) =>
	[...LANGUAGES, ...(viewport.width === 1024 ? LONG_LANGUAGES : [])].map((language) => ({ viewport, ...language }))
);

function deckUrl(lang: string, situation: string, extra = ''): string {
	const [cause, age] = situation.split('-');
	return url(lang, 'together', `#cause=${cause}&age=${age}${extra}`);
}

async function cardIds(page: Page): Promise<string[]> {
	return page.locator('[role=tab]').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).dataset.cardTab ?? ''));
}

/** The options named inside the open card (each column, grid cell or leaning choice carries data-option). */
async function optionsInPanel(page: Page): Promise<string[]> {
	const options = await page.locator('[role=tabpanel] [data-option]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.option));
	return [...new Set(options)].sort() as string[];
}

for (const { viewport, lang, second } of CASES)
		for (const situation of SITUATIONS) {
			const name = `${viewport.width}×${viewport.height} ${lang}${second ? '+' + second : ''} ${situation}`;
			test(`every card fits one screen with all three options: ${name}`, async ({ page }) => {
				test.setTimeout(60_000);
				await page.setViewportSize(viewport);
				await page.goto(deckUrl(lang, situation, second ? `&second=${second}` : ''));
				await ready(page);
				if (second) await expect(page.locator(`.bi-second[lang="${second}"]`).first()).toBeVisible();
				await expect(page.locator('[role=tablist]')).toHaveCount(1);
				const ids = await cardIds(page);
				expect(ids).toEqual(expect.arrayContaining(['pain-soon', 'pain-later', 'harms', 'fractures', 'cost', 'involves', 'values']));
				const heights: Record<string, number> = {};
				for (const id of ids) {
					await page.locator(`[role=tab][data-card-tab="${id}"]`).click();
					const panel = page.locator('[role=tabpanel]');
					await expect(panel).toHaveCount(1);
					await expect(panel).toHaveAttribute('data-card', id);
					// The involves and values cards load with their text when first opened.
					await expect(panel.locator('[data-option]').first()).toBeAttached();
					expect(await optionsInPanel(page), `${id}: all three options`).toEqual(['conservative', 'kyphoplasty', 'vertebroplasty']);
					if (!['involves', 'values'].includes(id)) {
						// The bottom line opens the question.
						const question = panel.locator(`[data-question="${id}"]`);
						await expect(question.locator('[data-bottom-line][data-certainty]')).toHaveCount(1);
						// The studies behind it stay one tap away, on the card.
						await expect(question.locator('.studies-toggle')).toBeInViewport();
					}
					if (second) {
						// Both languages at equal prominence: every second-language line as large and as bold as its pair.
						const unequal = await panel.locator('.bi-second').evaluateAll((nodes) =>
							nodes.flatMap((n) => {
								const first = n.parentElement?.querySelector(':scope > .bi-first');
								if (!first) return [];
								const [a, b] = [getComputedStyle(first), getComputedStyle(n)];
								return a.fontSize === b.fontSize && a.fontWeight === b.fontWeight ? [] : [n.textContent];
							})
						);
						expect(unequal, `${id}: second-language lines smaller or lighter than their pair`).toEqual([]);
					}
					// Measured once the page has settled: a long card makes the whole page a step smaller (deckFit) at the next frame.
					const measure = () =>
						page.evaluate(() => {
							const tabs = document.querySelector('[role=tablist]')!;
							return {
								overflow: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
								tabsHidden: Math.max(0, tabs.scrollWidth - tabs.clientWidth - 1),
								typeUnder16: parseFloat(getComputedStyle(document.documentElement).fontSize) < 16
							};
						});
					// The card fits the screen, every tab is in sight (the row would otherwise scroll sideways), and the type is never under 16 px.
					await expect
						.poll(measure, { message: `${id} at ${name}: px past the screen, px of tabs out of sight, type under 16 px` })
						.toEqual({ overflow: 0, tabsHidden: 0, typeUnder16: false });
					heights[id] = await page.evaluate(() => document.documentElement.scrollHeight);
				}
				test.info().annotations.push({ type: 'heights', description: JSON.stringify(heights) });
			});
		}

test('the tabs work by keyboard alone, arrow keys following the reading direction, Home and End', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	for (const lang of ['en', 'ar']) {
		await page.goto(deckUrl(lang, 'osteoporotic-acute'));
		await ready(page);
		const ids = await cardIds(page);
		const selected = page.locator('[role=tab][aria-selected=true]');
		// Only the open tab is in the Tab order.
		await expect(page.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
		for (let i = 0; i < 40 && !(await selected.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(selected).toBeFocused();
		await expect(selected).toHaveAttribute('data-card-tab', ids[0]);

		const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
		const previous = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
		await page.keyboard.press(next);
		await expect(page.locator('[role=tabpanel]')).toHaveAttribute('data-card', ids[1]);
		await expect(page.locator(`[role=tab][data-card-tab="${ids[1]}"]`)).toBeFocused();
		await expect(page.locator(`[role=tab][data-card-tab="${ids[1]}"]`)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('End');
		await expect(page.locator('[role=tabpanel]')).toHaveAttribute('data-card', ids.at(-1)!);
		await page.keyboard.press(next);
		await expect(page.locator('[role=tabpanel]')).toHaveAttribute('data-card', ids[0]);
		await page.keyboard.press(previous);
		await expect(page.locator('[role=tabpanel]')).toHaveAttribute('data-card', ids.at(-1)!);
		await page.keyboard.press('Home');
		await expect(page.locator('[role=tabpanel]')).toHaveAttribute('data-card', ids[0]);
		// The panel is labelled by its tab and is the next stop after the tabs.
		const panelId = await page.locator('[role=tabpanel]').getAttribute('id');
		await expect(page.locator('[role=tab][aria-selected=true]')).toHaveAttribute('aria-controls', panelId!);
		await page.keyboard.press('Tab');
		await expect(page.locator('[role=tabpanel]')).toBeFocused();
	}
});

test('each card has its own address: back and forward step through cards, reload keeps the card', async ({ page }) => {
	await page.goto(deckUrl('en', 'cancer-chronic'));
	await ready(page);
	const panel = page.locator('[role=tabpanel]');
	for (const id of ['harms', 'cost', 'values']) {
		await page.locator(`[role=tab][data-card-tab="${id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`card=${id}$`));
	}
	await page.goBack();
	await expect(page).toHaveURL(/card=cost$/);
	await expect(panel).toHaveAttribute('data-card', 'cost');
	await page.goBack();
	await expect(panel).toHaveAttribute('data-card', 'harms');
	await page.goForward();
	await expect(panel).toHaveAttribute('data-card', 'cost');
	await page.reload();
	await ready(page);
	await expect(panel).toHaveAttribute('data-card', 'cost');
	await expect(page.getByLabel('Cancer', { exact: true })).toBeChecked();
});

test('an unknown card in a link opens the first card with a notice; the situation still applies', async ({ page }) => {
	await page.goto(deckUrl('en', 'cancer-acute', '&card=everything'));
	await ready(page);
	await expect(page.locator('.notice-warn')).toContainText('card');
	const first = (await cardIds(page))[0];
	await expect(page.locator('[role=tabpanel]')).toHaveAttribute('data-card', first);
	await expect(page.getByLabel('Cancer', { exact: true })).toBeChecked();
});

test('the situation bar is one line at tablet width and changes the situation in one click; "not sure" is a choice', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(deckUrl('en', 'osteoporotic-acute'));
	await ready(page);
	const chips = page.locator('.situation .chip');
	await expect(chips).toHaveCount(6);
	const tops = await chips.evaluateAll((nodes) => [...new Set(nodes.map((n) => Math.round(n.getBoundingClientRect().top)))]);
	expect(tops).toHaveLength(1);
	await page.getByLabel('Not sure', { exact: true }).first().click();
	await expect(page).toHaveURL(/cause=unsure&age=acute/);
	await page.getByLabel('3 months or more').click();
	await expect(page).toHaveURL(/cause=unsure&age=chronic/);
});

/** The stand-in speech engine (fixtures.ts), English and Spanish only; each utterance ends on window.__next(). */
const fakeSpeech = (page: Page) => installFakeSpeech(page, { voices: [VOICES.en, VOICES.es], ends: 'on-next' });

test('read-aloud per card: each language in its own voice, block by block with a position cue, hidden parts skipped, stop', async ({ page }) => {
	await fakeSpeech(page);
	await page.goto(deckUrl('en', 'osteoporotic-acute', '&second=es&card=involves'));
	await ready(page);
	const panel = page.locator('[role=tabpanel]');
	await expect(panel.getByRole('button', { name: 'Listen to this card' })).toBeVisible();
	await expect(panel.getByRole('button', { name: 'Escuchar esta tarjeta' })).toBeVisible();

	await panel.getByRole('button', { name: 'Escuchar esta tarjeta' }).click();
	const spoken = () => page.evaluate(() => (window as unknown as { __speech: { text: string; lang: string }[] }).__speech);
	expect((await spoken())[0]).toEqual({ text: '¿En qué consiste cada opción?', lang: 'es-ES' });
	await expect(panel.locator('.position').filter({ hasText: /Parte 1 de \d+/ })).toHaveCount(1);
	await page.evaluate(() => (window as unknown as { __next: () => void }).__next());
	await expect(panel.locator('.position').filter({ hasText: /Parte 2 de/ })).toHaveCount(1);
	const first = await spoken();
	// Only Spanish, only in the Spanish voice: no English line slips into the Spanish reading.
	expect(first.every((s) => s.lang === 'es-ES')).toBe(true);
	expect(first.map((s) => s.text).join(' ')).not.toContain('What happens');
	await panel.getByRole('button', { name: 'Dejar de leer' }).click();
	await expect(panel.locator('.position').filter({ hasText: /\S/ })).toHaveCount(0);

	await panel.getByRole('button', { name: 'Listen to this card' }).click();
	const english = (await spoken()).slice(first.length);
	expect(english[0]).toEqual({ text: 'What does each choice involve?', lang: 'en-GB' });
	await panel.getByRole('button', { name: 'Stop reading' }).click();

	// The values card: the rating levels are read once, from the one visible header, not again for
	// every radio button's hidden label.
	const before = (await spoken()).length;
	await page.locator('[role=tab][data-card-tab="values"]').click();
	await page.locator('[role=tabpanel]').getByRole('button', { name: 'Listen to this card' }).click();
	for (let i = 0; i < 60; i++) await page.evaluate(() => (window as unknown as { __next: () => void }).__next());
	const values = (await spoken()).slice(before).map((s) => s.text);
	expect(values.filter((text) => text === 'Not at all')).toHaveLength(1);
	expect(values).toContain('Getting pain relief quickly');

	// Arabic has no voice here: after a client-side switch to Arabic its button is gone, the Spanish one stays.
	await page.locator('.language summary').click();
	await page.locator('.language a[hreflang="ar"]').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('[role=tabpanel] button.listen')).toHaveCount(1);
	await expect(page.locator('[role=tabpanel]').getByRole('button', { name: 'Escuchar esta tarjeta' })).toBeVisible();
});

test('switching a card takes a few milliseconds (median of 20, measured in the page)', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(deckUrl('en', 'osteoporotic-acute'));
	await ready(page);
	const times = await page.evaluate(async () => {
		const tabs = [...document.querySelectorAll<HTMLElement>('[role=tab]')];
		const result: number[] = [];
		for (let i = 0; i < 20; i++) {
			const tab = tabs[(i + 1) % tabs.length];
			const id = tab.dataset.cardTab;
			const start = performance.now();
			const shown = new Promise<void>((resolve) => {
				const done = () => document.querySelector(`[role=tabpanel][data-card="${id}"]`) !== null;
				if (done()) return resolve();
				const observer = new MutationObserver(() => {
					if (done()) {
						observer.disconnect();
						resolve();
					}
				});
				observer.observe(document.body, { subtree: true, childList: true, attributes: true });
			});
			tab.click();
			await shown;
			result.push(performance.now() - start);
			await new Promise((r) => setTimeout(r, 30));
		}
		return result.sort((a, b) => a - b);
	});
	const median = (times[9] + times[10]) / 2;
	test.info().annotations.push({ type: 'switch-ms', description: JSON.stringify({ median, min: times[0], max: times.at(-1) }) });
	console.log(`card switch: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)}, max ${times.at(-1)!.toFixed(1)}`);
	expect(median).toBeLessThan(100);
});
