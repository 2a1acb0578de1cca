import { test as base, expect, type Page } from '@playwright/test';

export { PAGES } from '../../src/lib/decision/steps';

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ errors: string[] }>({
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export function url(lang: string, page: string, hash = ''): string {
	return `/${lang}/${page ? page + '/' : ''}${hash}`;
}

/**
 * Waits until the app has hydrated and read storage, so clicks reach Svelte. The layout clears
 * data-ready when a client-side navigation starts (in the click's own task) and sets it again
 * once the new page is shown, so `click(); await ready(page)` waits for the new page.
 */
export async function ready(page: Page): Promise<void> {
	// The outcomes page builds its answers one question per task after hydration, each aria-busy until built.
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && !document.querySelector('main [aria-busy="true"]'));
}

export async function stored(page: Page): Promise<Record<string, unknown> | null> {
	return page.evaluate(() => {
		const raw = localStorage.getItem('sfc:v1');
		return raw ? JSON.parse(raw) : null;
	});
}

/** Opens every "Show N more studies" disclosure, so every study's arrays are on the page. */
export async function expandAllStudies(page: Page): Promise<void> {
	for (const details of await page.locator('details.more').all()) {
		await details.locator('> summary').click();
		await expect(details.locator('.row').first()).toBeVisible();
	}
}
