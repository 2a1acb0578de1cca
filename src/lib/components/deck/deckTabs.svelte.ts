/**
 * The deck's tabs (WAI-ARIA tabs pattern, automatic activation): which card is open, and every
 * ARIA attribute of the tab list, the tabs and the panel, computed here so the components only
 * spread them. Arrow keys follow the reading direction (reversed in right-to-left), Home and End
 * jump to the first and last card, and only the open tab is in the Tab order (roving tabindex).
 */
export type Direction = 'ltr' | 'rtl';

export interface DeckTabsOptions<Id extends string> {
	/** A stable prefix for element ids (`$props.id()`, so ids survive prerendering). */
	idPrefix: string;
	/** The cards, in order. */
	ids: () => readonly Id[];
	/** The open card as the address bar says it (may be absent or no longer offered). */
	selected: () => Id | null;
	/** Opens a card (the page writes it to the address bar, which feeds `selected` back). */
	select: (id: Id) => void;
	dir: () => Direction;
}

export class DeckTabs<Id extends string> {
	#options: DeckTabsOptions<Id>;

	constructor(options: DeckTabsOptions<Id>) {
		this.#options = options;
	}

	get ids(): readonly Id[] {
		return this.#options.ids();
	}

	/** The open card: the one asked for when it is offered, else the first. */
	get current(): Id {
		const wanted = this.#options.selected();
		return wanted && this.ids.includes(wanted) ? wanted : this.ids[0];
	}

	tabId(id: Id): string {
		return `${this.#options.idPrefix}-tab-${id}`;
	}

	panelId(id: Id): string {
		return `${this.#options.idPrefix}-panel-${id}`;
	}

	get listProps() {
		return { role: 'tablist', 'aria-orientation': 'horizontal' } as const;
	}

	tabProps(id: Id) {
		const open = id === this.current;
		return {
			role: 'tab',
			id: this.tabId(id),
			'aria-selected': open,
			'aria-controls': this.panelId(id),
			tabindex: open ? 0 : -1,
			'data-card-tab': id
		} as const;
	}

	get panelProps() {
		const id = this.current;
		return { role: 'tabpanel', id: this.panelId(id), 'aria-labelledby': this.tabId(id), tabindex: 0, 'data-card': id } as const;
	}

	/** The card a key leads to from `from`, or null when the key is not one of ours. */
	target(key: string, from: Id): Id | null {
		const ids = this.ids;
		const at = ids.indexOf(from);
		const step = this.#options.dir() === 'rtl' ? -1 : 1;
		switch (key) {
			case 'ArrowRight':
				return ids[(at + step + ids.length) % ids.length];
			case 'ArrowLeft':
				return ids[(at - step + ids.length) % ids.length];
			case 'Home':
				return ids[0];
			case 'End':
				return ids[ids.length - 1];
			default:
				return null;
		}
	}

	/** Keyboard on a tab: move to the target card, open it and focus its tab. */
	onkeydown = (event: KeyboardEvent): void => {
		const from = (event.currentTarget as HTMLElement | null)?.dataset.cardTab as Id | undefined;
		const to = this.target(event.key, from ?? this.current);
		if (to === null) return;
		event.preventDefault();
		this.open(to);
		document.getElementById(this.tabId(to))?.focus();
	};

	open(id: Id): void {
		if (id !== this.current) this.#options.select(id);
	}
}
