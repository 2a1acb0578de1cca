import { browserStore } from '$lib/decision/storage';

/** Ends the current task: what follows runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A one-time cost of a page's first view, paid in a task of its own before hydration instead of
 * inside the one hydration task (where Lighthouse counts it as blocking time under a slow CPU): the
 * first `localStorage` access waits for the browser to open the storage area. Nothing is kept:
 * hydration reads storage itself, just faster. (Numbers and dates need no warm-up: pages write them
 * from the language's `IntlTable`, without `Intl`'s locale data.)
 */
export async function payFirstCosts(): Promise<void> {
	await nextTask();
	browserStore();
	await nextTask();
}
