import { test as base, expect, type Page } from '@playwright/test';

export { PAGES } from '../../src/lib/decision/steps';

/** The four situations and "not sure", as [cause, age]: the set most browser tests walk through. */
export const FIVE_SITUATIONS = [
	['osteoporotic', 'acute'],
	['osteoporotic', 'chronic'],
	['cancer', 'acute'],
	['cancer', 'chronic'],
	['unsure', 'unsure']
] as const;

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
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	// The outcomes page builds a question's answers as it nears the screen (`data-later` until then),
	// and all of them once a key is pressed: Shift, which moves nothing.
	if (await page.locator('main section.question[data-question]').count()) await page.keyboard.press('Shift');
	// Each question is aria-busy while it is built, one per task.
	await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"], main [data-later]'));
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

/** A voice the stand-in speech engine offers. */
export interface FakeVoice {
	lang: string;
	name: string;
}

export const VOICES = {
	en: { lang: 'en-GB', name: 'English' },
	es: { lang: 'es-ES', name: 'Español' }
} satisfies Record<string, FakeVoice>;

/**
 * A stand-in for the browser's speech engine (headless Chromium has no voices), installed before the
 * page loads. What is spoken collects in `window.__speech` (`{ text, lang }` per utterance); `cancel()`
 * calls are counted (`window.__cancelled()`). With `ends: 'at-once'` each utterance ends as soon as
 * it starts, so reading runs block by block to the end; with `'on-next'` it ends only when the test
 * calls `window.__next()` (`nextUtterance`), so positions can be checked part by part.
 */
export async function fakeSpeech(page: Page, options: { voices: FakeVoice[]; ends: 'at-once' | 'on-next' }): Promise<void> {
	await page.addInitScript(({ voices, ends }) => {
		const spoken: { text: string; lang: string }[] = [];
		let cancelled = 0;
		let current: FakeUtterance | null = null;
		const w = window as unknown as { __speech: unknown; __next: () => void; __cancelled: () => number };
		w.__speech = spoken;
		w.__next = () => current?.onend?.();
		w.__cancelled = () => cancelled;
		const list = voices.map((v, i) => ({ ...v, default: i === 0, localService: true, voiceURI: v.lang }));
		class FakeUtterance {
			text: string;
			lang = '';
			voice: unknown = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => list,
				speak: (u: FakeUtterance) => {
					spoken.push({ text: u.text, lang: u.lang });
					current = u;
					if (ends === 'at-once') setTimeout(() => u.onend?.(), 0);
				},
				cancel: () => {
					cancelled++;
					current = null;
				},
				addEventListener() {},
				removeEventListener() {}
			}
		});
	}, options);
}

/** What the stand-in speech engine has spoken so far. */
export function spokenSoFar(page: Page): Promise<{ text: string; lang: string }[]> {
	return page.evaluate(() => (window as unknown as { __speech: { text: string; lang: string }[] }).__speech);
}

/** How often the page told the stand-in speech engine to stop. */
export function cancelCount(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __cancelled: () => number }).__cancelled());
}
