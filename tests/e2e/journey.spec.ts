import type { Locator, Page } from '@playwright/test';
import { test, expect, url, ready, stored, expandAllStudies, fakeSpeech, spokenSoFar, cancelCount, VOICES, FIVE_SITUATIONS } from './fixtures';

/** Presses Tab (or Shift+Tab) until the locator has focus: the journey is driven by keyboard alone. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 120): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`could not reach ${target} by keyboard`);
}

/** Selects a radio button by keyboard: Tab into its group, then arrow keys to it. */
async function chooseRadio(page: Page, radio: Locator): Promise<void> {
	const name = await radio.getAttribute('name');
	const group = page.locator(`input[type=radio][name="${name}"]`);
	const count = await group.count();
	await tabTo(page, page.locator(`input[type=radio][name="${name}"]:is(:checked, :not(:checked))`).first().or(group.first()));
	for (let i = 0; i < count + 1 && !(await radio.isChecked()); i++) {
		if (await radio.evaluate((el) => el === document.activeElement)) await page.keyboard.press('Space');
		else await page.keyboard.press('ArrowDown');
	}
	await expect(radio).toBeChecked();
}

async function follow(page: Page, link: Locator): Promise<void> {
	const href = await link.getAttribute('href');
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	await page.waitForURL((u) => u.pathname === new URL(href!, u).pathname);
	await ready(page);
}

/** Each figure as outcome|option|people per 1000: a card may draw 30 of 100 as 300 of 1000 (one denominator per card). */
async function figuresOn(page: Page, selector: string): Promise<string[]> {
	return page
		.locator(selector)
		.evaluateAll((nodes) =>
			nodes
				.map((n) => {
					const d = (n as HTMLElement).dataset;
					return `${d.outcome}|${d.option}|${(Number(d.count) * 1000) / Number(d.of)}`;
				})
				.sort()
		);
}

for (const [cause, age] of FIVE_SITUATIONS) {
	test(`At home by keyboard only: ${cause} / ${age}, surviving reload and a language switch`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto(url('en', ''));
		await ready(page);
		await follow(page, page.getByRole('link', { name: 'Start at home' }));

		// Safety screen: all "no".
		for (const item of ['legWeakness', 'bladderBowel', 'fever', 'highEnergy'])
			await chooseRadio(page, page.locator(`input[name$="-${item}"][value="false"]`));
		await chooseRadio(page, page.locator(`input[name$="-cause"][value="${cause}"]`));
		await chooseRadio(page, page.locator(`input[name$="-age"][value="${age}"]`));
		await expect(page).toHaveURL(new RegExp(`#cause=${cause}&age=${age}$`));

		await follow(page, page.getByRole('link', { name: 'Next: The choices' }));
		await follow(page, page.getByRole('link', { name: 'Next: What happens' }));
		await expandAllStudies(page);
		const outcomeFigures = await figuresOn(page, 'figure[data-chart="icon-array"]');
		expect(outcomeFigures.length).toBeGreaterThan(0);

		// Reload mid-way: every answer is still there.
		await page.reload();
		await ready(page);
		expect(await stored(page)).toMatchObject({ answers: { situation: { cause: cause, age: age } } });

		await follow(page, page.getByRole('link', { name: 'Next: What matters to you' }));
		await chooseRadio(page, page.locator('input[name$="-fastRelief"][value="4"]'));
		await chooseRadio(page, page.locator('input[name$="-avoidProcedure"][value="1"]'));
		await chooseRadio(page, page.locator('input[name$="-leaning"][value="conservative"]'));

		await follow(page, page.getByRole('link', { name: 'Next: Check' }));
		await chooseRadio(page, page.locator('input[name$="-kyphoplastySham"][value="no"]'));
		await expect(page.getByText("That's right.")).toBeVisible();
		for (const item of ['sure', 'understand', 'risksBenefits', 'support'])
			await chooseRadio(page, page.locator(`input[name$="-${item}"][value="${item === 'support' ? 'false' : 'true'}"]`));
		await expect(page.getByText('Your score: 3 out of 4')).toBeVisible();
		const question = page.getByRole('checkbox', { name: 'Is my fracture still healing? How can you tell?' });
		await tabTo(page, question);
		await page.keyboard.press('Space');
		await tabTo(page, page.getByLabel('Your own question'));
		await page.keyboard.type('Can I still drive?');
		await page.keyboard.press('Enter');

		await follow(page, page.getByRole('link', { name: 'Next: Summary' }));
		// Values are a two-column table (the printout reads them side by side).
		await expect(page.getByRole('row', { name: 'Getting pain relief quickly Very much' })).toBeVisible();
		await expect(page.getByText('Can I still drive?')).toBeVisible();
		await expect(page.getByText('SURE test: 3 out of 4')).toBeVisible();
		// The summary shows the same numbers as the outcomes page.
		const summaryFigures = await figuresOn(page, '.key-numbers [data-count]');
		expect([...new Set(summaryFigures)]).toEqual([...new Set(outcomeFigures)]);

		// Switch language by keyboard too: back from the heading to the language list in the header,
		// open it, follow العربية. Every answer is kept. (A pointer click here once timed out on a loaded
		// machine in Playwright's "stable" check; keys need neither that check nor a hit test.)
		await tabTo(page, page.locator('summary', { hasText: 'English' }), 'Shift+Tab');
		await page.keyboard.press('Enter');
		await follow(page, page.getByRole('link', { name: 'العربية' }));
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		const afterSwitch = await stored(page);
		expect(afterSwitch).toMatchObject({
			answers: {
				situation: { cause: cause, age: age },
				values: { fastRelief: 4, avoidProcedure: 1 },
				leaning: 'conservative',
				knowledge: { kyphoplastySham: 'no' },
				sure: { sure: true, understand: true, risksBenefits: true, support: false },
				questions: { picked: ['healing'], own: ['Can I still drive?'] }
			}
		});
		await expect(page.getByText('Can I still drive?')).toBeVisible();
	});
}

for (const hash of ['#cause=osteoporotic&age=acute', '#cause=cancer&age=chronic', '#cause=unsure&age=unsure']) {
	test(`the summary prints on at most 2 pages, A4 and Letter (${hash})`, async ({ page }) => {
		await page.goto(url('en', 'values', hash));
		await ready(page);
		await page.locator('input[name$="-fastRelief"][value="3"]').check();
		await page.locator('input[name$="-leaning"][value="unsure"]').check();
		await page.goto(url('en', 'check'));
		await ready(page);
		for (const key of ['healing', 'which', 'pain', 'boneHealth', 'cost']) await page.locator(`input[value="${key}"]`).check();
		for (const item of ['sure', 'understand', 'risksBenefits', 'support']) await page.locator(`input[name$="-${item}"][value="true"]`).check();
		await page.goto(url('en', 'summary'));
		await ready(page);
		await expect(page.locator('.qr svg')).toBeVisible();
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
			expect(pages).toBeGreaterThanOrEqual(1);
		}
	});
}

test('safety screen: a "yes" shows urgent care advice; continuing is deliberate and recorded', async ({ page }) => {
	await page.goto(url('en', 'situation'));
	await ready(page);
	await page.locator('input[name$="-legWeakness"][value="true"]').check();
	await expect(page.getByRole('alert')).toContainText('Get urgent care now');
	await expect(page.getByText('What caused the fracture?')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'I have talked to a doctor about this. Continue anyway' }).click();
	await expect(page.getByText('What caused the fracture?')).toBeVisible();
	await page.goto(url('en', 'summary'));
	await ready(page);
	await expect(page.getByText('Safety check: you answered yes to')).toBeVisible();
	await expect(page.getByText('New weakness, numbness or tingling in your legs?')).toBeVisible();
});

test('Together: situation toggles update the arrays; Next patient leaves no trace', async ({ page }) => {
	await page.goto(url('en', 'together'));
	await ready(page);
	// The deck's situation bar has short labels. The new-fractures card holds an icon array per option
	// (pain soon now answers vertebroplasty with a difference score, not an array).
	await page.getByLabel('Fragile bones', { exact: true }).check();
	await page.getByLabel('Less than 3 months', { exact: true }).check();
	await page.locator('[role=tab][data-card-tab="fractures"]').click();
	await expect(page).toHaveURL(/#cause=osteoporotic&age=acute&card=fractures$/);
	const osteoporotic = await figuresOn(page, 'figure[data-chart="icon-array"]');
	expect(osteoporotic).toContain('new-fracture|vertebroplasty|160');

	await page.getByLabel('Cancer', { exact: true }).check();
	await expect(page).toHaveURL(/#cause=cancer&age=acute&card=fractures$/);
	const cancer = await figuresOn(page, 'figure[data-chart="icon-array"]');
	expect(cancer).not.toEqual(osteoporotic);
	expect(cancer).not.toContain('new-fracture|vertebroplasty|160');
	expect(cancer).toContain('fracture-after-sbrt|conservative|120');

	await page.locator('[role=tab][data-card-tab="values"]').click();
	await page.locator('input[name$="-cost"][value="2"]').check();
	await page.getByRole('button', { name: 'Next patient' }).click();
	await page.getByRole('button', { name: 'Yes, clear everything' }).click();
	await expect(page).toHaveURL(/\/en\/together\/$/);
	expect(await page.evaluate(() => localStorage.getItem('sfc:v1'))).toBeNull();
	await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
	await page.reload();
	await ready(page);
	await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
});

for (const [primary, second, dir] of [
	['en', 'es', 'ltr'],
	['en', 'ar', 'rtl'],
	['ar', 'fr', 'ltr']
] as const) {
	test(`bilingual ${primary} + ${second}: every text block in both languages, each with its own lang and dir, and printable`, async ({ page }) => {
		// The new-fractures card: an icon array in every column (the first card has none for this situation).
		await page.goto(url(primary, 'together', `#cause=osteoporotic&age=acute&second=${second}&card=fractures`));
		await ready(page);
		const secondBlocks = page.locator(`.bi-second[lang="${second}"][dir="${dir}"]`);
		await expect(secondBlocks.first()).toBeVisible();
		expect(await secondBlocks.count()).toBeGreaterThan(20);
		// Chart captions come in both languages too. On a deck card the caption is visually hidden (its
		// essentials are the words beside the picture), so it must stay available to screen readers:
		// rendered, not aria-hidden, not display:none or visibility:hidden, in either language.
		const figure = page.locator('figure[data-chart="icon-array"]').first();
		for (const [lang, selector] of [
			[primary, 'figcaption .bi-first'],
			[second, `figcaption .bi-second[lang="${second}"]`]
		]) {
			const caption = figure.locator(selector).first();
			await expect(caption).toBeAttached();
			expect(
				await caption.evaluate((el) => {
					for (let n: Element | null = el; n; n = n.parentElement) {
						const s = getComputedStyle(n);
						if (n.getAttribute('aria-hidden') === 'true' || s.display === 'none' || s.visibility === 'hidden') return false;
					}
					return (el.textContent ?? '').trim().length > 0;
				}),
				`${lang} caption available to screen readers`
			).toBe(true);
		}
		await expect(page).toHaveURL(new RegExp(`second=${second}`));

		// The printed summary carries both languages.
		await page.goto(url(primary, 'summary'));
		await ready(page);
		await expect(page.locator(`.bi-second[lang="${second}"]`).first()).toBeAttached();
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.length).toBeGreaterThan(1000);
	});
}

test('read-aloud: hidden without a voice; with one it speaks the page and each chart in the page language, and stops on navigation', async ({ page }) => {
	// The stand-in engine ends each part at once, so reading runs on to the end.
	await fakeSpeech(page, { voices: [VOICES.en], ends: 'at-once' });
	await page.goto(url('en', 'outcomes', '#cause=osteoporotic&age=acute'));
	await ready(page);
	await page.getByRole('button', { name: 'Listen to this page' }).click();
	await expect.poll(async () => (await spokenSoFar(page)).some((u) => u.text.includes('What happens with each choice'))).toBe(true);
	// The page has been read to its end when its button is no longer pressed (it is from the first
	// part to the last). Counting parts until the count stopped growing raced a loaded machine, where
	// reading the page's parts one task each took more than the 5 s default.
	await expect(page.locator('.listen-page button.listen')).toHaveAttribute('aria-pressed', 'false', { timeout: 20_000 });
	const pageParts = (await spokenSoFar(page)).length;
	// The outcomes page shows the studies in short; a chart is drawn in place when asked for.
	const show = page.getByRole('button', { name: 'Show the chart' });
	while ((await show.count()) > 0) await show.first().click();
	const listen = page.getByRole('button', { name: 'Listen to this chart' }).filter({ visible: true }).first();
	await listen.click();
	await expect.poll(async () => (await spokenSoFar(page)).length).toBeGreaterThan(pageParts);
	const spoken = await spokenSoFar(page);
	expect(spoken.every((u) => u.lang === 'en-GB')).toBe(true);
	// The chart is read from its own words: its first part is the start of a chart's caption.
	const captions = await page.locator('figcaption').evaluateAll((nodes) => nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ')));
	const first = spoken[pageParts].text.replace(/\s+/g, ' ').trim().slice(0, 30);
	expect(first.length).toBeGreaterThan(10);
	expect(captions.some((c) => c.includes(first))).toBe(true);
	const before = await cancelCount(page);
	await page.getByRole('link', { name: 'Next: What matters to you' }).click();
	await ready(page);
	// Speech is cancelled as the old page goes, which on a loaded machine can land just after the new page is ready.
	await expect.poll(() => cancelCount(page)).toBeGreaterThan(before);

	// No Arabic voice on this "browser": no listen buttons on Arabic pages.
	await page.goto(url('ar', 'outcomes', '#cause=osteoporotic&age=acute'));
	await ready(page);
	await expect(page.locator('button.listen')).toHaveCount(0);
});

test('switching Together ↔ At home and using browser back/forward keeps every answer', async ({ page }) => {
	await page.goto(url('en', 'together', '#cause=cancer&age=chronic&card=values'));
	await ready(page);
	await page.locator('input[name$="-posture"][value="3"]').check();
	await page.locator('input[name$="-leaning"][value="kyphoplasty"]').check();

	await page.getByRole('link', { name: 'At home' }).click();
	await ready(page);
	await expect(page.getByLabel('Cancer in the bone')).toBeChecked();
	await page.getByRole('link', { name: 'Next: The choices' }).click();
	await page.getByRole('link', { name: 'Next: What happens' }).click();
	await page.getByRole('link', { name: 'Next: What matters to you' }).click();
	await ready(page);
	await expect(page.locator('input[name$="-posture"][value="3"]')).toBeChecked();
	await expect(page.locator('input[name$="-leaning"][value="kyphoplasty"]')).toBeChecked();

	// Each step waits for its URL: a client-side navigation is still under way when the click returns.
	await page.locator('input[name$="-cost"][value="1"]').check();
	await page.getByRole('link', { name: 'Next: Check' }).click();
	await expect(page).toHaveURL(/\/en\/check\//);
	await page.goBack();
	await expect(page).toHaveURL(/\/en\/values\//);
	await expect(page.locator('input[name$="-cost"][value="1"]')).toBeChecked();
	await page.goForward();
	await expect(page).toHaveURL(/\/en\/check\//);
	await page.goBack();
	await expect(page).toHaveURL(/\/en\/values\//);
	await expect(page.locator('input[name$="-posture"][value="3"]')).toBeChecked();

	await page.getByRole('link', { name: 'Together' }).click();
	await expect(page).toHaveURL(/\/en\/together\//);
	await expect(page.locator('input[name$="-cost"][value="1"]')).toBeChecked();
	await expect(page.getByLabel('3 months or more', { exact: true })).toBeChecked();
});
