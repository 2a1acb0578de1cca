/** How many steps smaller the page may get: 18 px (112.5%) → 17 px → 16 px, never less. */
const MAX_LEVEL = 2;
/** Where one screen per card is the contract (tablet and laptop); a phone scrolls by design. */
const WIDE = '(min-width: 60rem)';

/**
 * The deck's last resort for a language whose cards still run past the screen after the CSS has
 * made everything compact (French, Spanish and Vietnamese text is a fifth to a third longer than
 * English): the whole page a step smaller (`html[data-deck-fit]`, sizes in the page's CSS), at most
 * MAX_LEVEL steps, until the card and the row of tabs fit.
 *
 * It steps when the deck changes size (another card, another situation, a part that loads later),
 * from a ResizeObserver: that runs after the browser's own layout, so a card switch or a situation
 * change pays no extra layout unless a step is needed. It only ever gets smaller while the
 * languages and the window stay the same, so the type keeps its size from card to card once a long
 * card has been seen, and it cannot oscillate; it starts again from full size when `languages`
 * change or the window is resized. Call during component initialisation.
 */
export function deckFit(deck: () => HTMLElement | undefined, languages: () => unknown): void {
	let level = 0;
	const root = () => document.documentElement;
	const set = (next: number) => {
		level = next;
		if (level) root().dataset.deckFit = String(level);
		else delete root().dataset.deckFit;
	};
	/** The page runs past the screen, or the row of tabs past its width (it would scroll sideways, hiding a tab). */
	const overflows = () => {
		const tabs = deck()?.querySelector('[role=tablist]');
		return root().scrollHeight > innerHeight || (tabs != null && tabs.scrollWidth > tabs.clientWidth + 1);
	};
	const step = () => {
		const wide = matchMedia(WIDE).matches;
		while (wide && level < MAX_LEVEL && overflows()) set(level + 1);
	};
	const restart = () => {
		set(0);
		step();
	};

	$effect(() => {
		languages();
		const element = deck();
		if (!element) return;
		set(0);
		// Its first report comes after the next layout: the first step.
		const observer = new ResizeObserver(step);
		observer.observe(element);
		addEventListener('resize', restart);
		return () => {
			observer.disconnect();
			removeEventListener('resize', restart);
			set(0);
		};
	});
}
