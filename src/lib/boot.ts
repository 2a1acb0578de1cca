import { findLocale } from '$lib/i18n/locales';
import { browserStore } from '$lib/decision/storage';

/** Ends the current task: what follows runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One-time costs of a page's first view, each paid in a task of its own before hydration instead of
 * inside the one hydration task (where Lighthouse counts them as blocking time under a slow CPU):
 * - the first `Intl` number formatter a page makes loads the locale's number data (about 12 ms of
 *   CPU here, and reading the data file);
 * - the first `localStorage` access waits for the browser to open the storage area.
 * Nothing is kept: hydration makes its own formatters and reads storage itself, just faster.
 */
export async function payFirstCosts(lang: string): Promise<void> {
	await nextTask();
	const tag = findLocale(lang)?.intl;
	if (tag) new Intl.NumberFormat(tag, { style: 'unit', unit: 'week', unitDisplay: 'long' }).format(2);
	await nextTask();
	browserStore();
	await nextTask();
}
