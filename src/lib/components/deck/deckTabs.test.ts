import { describe, expect, it } from 'vitest';
import { DeckTabs, type Direction } from './deckTabs.svelte';

function tabs(selected: string | null, dir: Direction = 'ltr') {
	const opened: string[] = [];
	const deck = new DeckTabs({
		idPrefix: 'd',
		ids: () => ['a', 'b', 'c'],
		selected: () => selected,
		select: (id) => opened.push(id),
		dir: () => dir
	});
	return { deck, opened };
}

describe('DeckTabs', () => {
	it('opens the card asked for, or the first when none or an unknown one is asked for', () => {
		expect(tabs('b').deck.current).toBe('b');
		expect(tabs(null).deck.current).toBe('a');
		expect(tabs('posture').deck.current).toBe('a');
	});

	it('gives one tab in the Tab order, selected and controlling the panel, and labels the panel by it', () => {
		const { deck } = tabs('b');
		expect(deck.tabProps('b')).toMatchObject({ role: 'tab', 'aria-selected': true, tabindex: 0, 'aria-controls': 'd-panel-b' });
		expect(deck.tabProps('a')).toMatchObject({ 'aria-selected': false, tabindex: -1 });
		expect(deck.panelProps).toEqual({ role: 'tabpanel', id: 'd-panel-b', 'aria-labelledby': 'd-tab-b', tabindex: 0, 'data-card': 'b' });
		expect(deck.listProps.role).toBe('tablist');
	});

	it('moves with the arrow keys in reading order, wrapping, and Home/End', () => {
		const { deck } = tabs('a');
		expect(deck.target('ArrowRight', 'a')).toBe('b');
		expect(deck.target('ArrowLeft', 'a')).toBe('c');
		expect(deck.target('ArrowRight', 'c')).toBe('a');
		expect(deck.target('Home', 'c')).toBe('a');
		expect(deck.target('End', 'a')).toBe('c');
		expect(deck.target('Enter', 'a')).toBeNull();
	});

	it('reverses the arrow keys right-to-left (the next card is on the left)', () => {
		const { deck } = tabs('a', 'rtl');
		expect(deck.target('ArrowLeft', 'a')).toBe('b');
		expect(deck.target('ArrowRight', 'a')).toBe('c');
	});

	it('asks to open only a card that is not open already', () => {
		const { deck, opened } = tabs('a');
		deck.open('a');
		deck.open('c');
		expect(opened).toEqual(['c']);
	});
});
