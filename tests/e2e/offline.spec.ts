import { test as base, expect } from '@playwright/test';
import { PAGES, url } from './fixtures';

// Service workers are blocked in the other tests; this one needs them.
const test = base.extend({});
test.use({ serviceWorkers: 'allow' });

test('after one visit the whole journey works offline, in every language', async ({ page, context }) => {
	await page.goto(url('en', ''));
	// `ready` resolves once a worker is active, i.e. after its install (the precache) succeeded.
	const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	expect(['activating', 'activated']).toContain(state);
	// Wait until the worker controls the page.
	await page.reload();
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

	await context.setOffline(true);
	for (const lang of ['en', 'ar']) {
		for (const path of PAGES) {
			await page.goto(url(lang, path, '#cause=osteoporotic&age=acute'));
			await expect(page.locator('main h1')).not.toBeEmpty();
			await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
		}
	}
	// An address the site does not have: the site's own "not found" page, with every language.
	const missing = await page.goto('/xx/');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('link', { name: /العربية/ })).toBeVisible();

	await page.goto(url('en', 'values'));
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await page.locator('input[name$="posture"][value="2"]').check();
	await page.reload();
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await expect(page.locator('input[name$="posture"][value="2"]')).toBeChecked();
	await context.setOffline(false);
});
