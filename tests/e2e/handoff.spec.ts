import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, ready, stored, test, url } from './fixtures';

/** Reads the QR code on screen the way a phone would: from pixels, with a QR decoder. */
async function scan(code: Locator): Promise<string> {
	const png = PNG.sync.read(await code.screenshot());
	const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(found, 'a readable QR code').not.toBeNull();
	return found!.data;
}

/**
 * The summary's hand-off, with every answer in it once the code has been remade. The link and its
 * code are drawn together; after a change they follow a moment later, so a caller that changed
 * answers since the last hand-off passes that link and this waits for a new one.
 */
async function handoffWithAnswers(page: Page, previous?: string): Promise<{ link: string; scanned: string }> {
	const block = page.locator('.send-home');
	const checkbox = block.getByRole('checkbox');
	if (!(await checkbox.isChecked())) await checkbox.check();
	const anchor = block.locator('a[data-handoff]');
	await expect(anchor).toHaveAttribute('href', /#answers=1\./);
	if (previous) await expect(anchor).not.toHaveAttribute('href', previous);
	const link = (await anchor.getAttribute('href'))!;
	return { link, scanned: await scan(block.locator('svg')) };
}

async function giveAnswers(page: Page, notes: string): Promise<void> {
	// A bilingual consultation: the clinician reads English, the patient Spanish.
	await page.goto(url('en', 'together', '#cause=cancer&age=acute&second=es'));
	await ready(page);
	await page.goto(url('en', 'situation'));
	await ready(page);
	for (const item of ['legWeakness', 'bladderBowel', 'fever', 'highEnergy']) await page.locator(`input[name$="-${item}"][value="false"]`).check();
	await page.goto(url('en', 'values'));
	await ready(page);
	await page.locator('input[name$="-fastRelief"][value="3"]').check();
	await page.locator('input[name$="-cost"][value="1"]').check();
	await page.locator('input[name$="-leaning"][value="vertebroplasty"]').check();
	await page.goto(url('en', 'check'));
	await ready(page);
	for (const key of ['healing', 'cost']) await page.locator(`input[value="${key}"]`).check();
	for (const item of ['sure', 'understand', 'risksBenefits', 'support']) await page.locator(`input[name$="-${item}"][value="true"]`).check();
	await page.goto(url('en', 'summary'));
	await ready(page);
	await page.locator('#notes').fill(notes);
}

test('the whole session reaches a fresh device after consent, in the patient language, and a second scan asks first', async ({ page, browser }) => {
	// Two devices and three scans: a long journey on a busy machine.
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await giveAnswers(page, 'Ask about the brace. ¿Puedo conducir?');
	const first = await handoffWithAnswers(page);
	expect(first.scanned).toBe(first.link);
	expect(first.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/es\/#answers=1\.[A-Za-z0-9_-]+$/);
	// Served from loopback with no public origin configured: the page says so.
	await expect(page.locator('.send-home')).toContainText('only this network knows');
	const given = (await stored(page))!.answers as Record<string, unknown>;

	const phone = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
	const phonePage = await phone.newPage();
	await phonePage.goto(first.link);
	await ready(phonePage);
	await expect(phonePage.locator('html')).toHaveAttribute('lang', 'es');
	const offer = phonePage.locator('[data-handoff-offer]');
	await expect(offer).toContainText('Respuestas de otro dispositivo');
	await expect(offer).toContainText('Cáncer en el hueso');
	await expect(offer).toContainText('Preguntas para su equipo médico: 2');
	await expect(offer).not.toContainText('Este dispositivo ya tiene respuestas');
	expect(await stored(phonePage), 'nothing saved before consent').toBeNull();

	await offer.getByRole('button', { name: 'Cargar estas respuestas' }).click();
	// The journey starts again at the safety questions.
	await expect(phonePage).toHaveURL(/\/es\/situation\/#cause=cancer&age=acute$/);
	await expect(phonePage.getByText('Sus respuestas están cargadas')).toBeVisible();
	await expect(phonePage.locator('input[name$="-fever"][value="false"]')).toBeChecked();
	const arrived = (await stored(phonePage))!.answers as Record<string, unknown>;
	for (const key of ['situation', 'safety', 'values', 'leaning', 'sure', 'questions', 'notes', 'second'])
		expect(arrived[key], key).toEqual(given[key]);
	expect(arrived.language).toBe('es');

	// A second code, with other notes: the phone asks, and keeping loses nothing.
	await page.locator('#notes').fill('Other notes');
	const second = await handoffWithAnswers(page, first.link);
	expect(second.scanned).toBe(second.link);
	expect(second.link).not.toBe(first.link);
	await phonePage.goto(second.link);
	await ready(phonePage);
	await expect(offer).toContainText('Este dispositivo ya tiene respuestas');
	await offer.getByRole('button', { name: 'Conservar las respuestas de este dispositivo' }).click();
	await expect(offer).toHaveCount(0);
	await expect(phonePage).not.toHaveURL(/answers=/);
	expect(((await stored(phonePage))!.answers as Record<string, unknown>).notes).toBe(given.notes);

	// Replacing is a choice too.
	await phonePage.goto(second.link);
	await ready(phonePage);
	await offer.getByRole('button', { name: 'Sustituir las respuestas de este dispositivo' }).click();
	await expect(phonePage).toHaveURL(/\/es\/situation\//);
	expect(((await stored(phonePage))!.answers as Record<string, unknown>).notes).toBe('Other notes');
	await phone.close();
});

test('the code stays scannable with the longest notes, and says what it left out', async ({ page }) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const words = ['pain', 'brace', 'walking', 'sleep', 'stairs', 'daughter', 'driving', 'work', 'garden', 'doctor'];
	// Varied text, as people write, compresses far less than repeated words.
	const notes = Array.from({ length: 400 }, (_, i) => words[(i * 7) % 10] + ((i * 7919) % 97)).join(' ').slice(0, 2000);
	await giveAnswers(page, notes);
	const { link, scanned } = await handoffWithAnswers(page);
	expect(scanned).toBe(link);
	await expect(page.locator('.send-home')).toContainText(/the code leaves out the end of them \(characters left out: \d/);
	expect(link.length).toBeLessThan(1100);
});

test('Together sends home from a panel, in the patient language', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(url('en', 'together', '#cause=osteoporotic&age=chronic&second=ar'));
	await ready(page);
	await page.getByRole('button', { name: 'Send home: print or QR code' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	const anchor = page.locator('a[data-handoff]');
	await expect(anchor).toHaveAttribute('href', /\/ar\/#cause=osteoporotic&age=chronic$/);
	expect(await scan(page.locator('.send-home svg'))).toBe(await anchor.getAttribute('href'));
});

for (const [name, payload] of [
	['damaged', '1.eJyrVkpUsjI0MDA0sTA1MjI0NDIyUqoFADtuBIY'],
	['from a newer version', '2.eJyrVkpUsjI0MDA0sTA1MjI0NDIyUqoFADtuBIY'],
	['too long', '1.' + 'A'.repeat(4200)],
	['not decodable', 'hello%20world']
] as const) {
	test(`a hand-off link that is ${name} loads nothing and loses nothing`, async ({ page }) => {
		await page.goto(url('en', 'values'));
		await ready(page);
		await page.locator('input[name$="-fastRelief"][value="2"]').check();
		const before = await stored(page);
		await page.goto(url('en', '', `#answers=${payload}`));
		await ready(page);
		const alert = page.getByRole('alert').filter({ hasText: 'The answers in this link could not be loaded' });
		await expect(alert).toContainText('Nothing was loaded. Any answers already on this device are unchanged.');
		expect(await stored(page)).toEqual(before);
		await alert.getByRole('button', { name: 'Hide this message' }).click();
		await expect(alert).toHaveCount(0);
		await expect(page).not.toHaveURL(/answers=/);
		expect(await stored(page)).toEqual(before);
	});
}
