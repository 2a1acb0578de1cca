import { onMount } from 'svelte';

/** How far a page has built the parts it leaves out of hydration (see `stages`). */
export interface Stages {
	/** How many parts are built: 0 in the prerendered page and during hydration. */
	readonly built: number;
	/** True once the page is interactive (the browser, after hydration). */
	readonly interactive: boolean;
	/** Builds every part now (before printing: the sheet must be whole). */
	finish(): void;
}

/**
 * Parts of a page built after hydration, one more per task: a heavy part built during hydration is
 * one long task under a slow CPU (Lighthouse counts its blocking time), while one part per task
 * leaves the page free to answer a tap between them. `count` is reactive: when it grows (a page
 * asking for more parts as they near the screen), building resumes. Call during component initialisation.
 */
export function stages(count: () => number): Stages {
	let built = $state(0);
	let interactive = $state(false);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const next = () => {
		built += 1;
		timer = built < count() ? setTimeout(next, 0) : undefined;
	};
	onMount(() => {
		interactive = true;
		return () => clearTimeout(timer);
	});
	// Starts once the page is interactive, and again whenever `count` grows past what is built.
	$effect(() => {
		// Both read on every run, so the effect keeps following them (`timer` is not reactive).
		const more = built < count();
		if (interactive && more && timer === undefined) timer = setTimeout(next, 0);
	});
	return {
		get built() {
			return built;
		},
		get interactive() {
			return interactive;
		},
		finish() {
			clearTimeout(timer);
			built = Math.max(built, count());
		}
	};
}
