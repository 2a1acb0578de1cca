import { describe, expect, it } from 'vitest';
import {
	iconGrid,
	iconsByState,
	iconState,
	gridSize,
	rangeOutline,
	round3,
	rowRuns,
	squaresPath,
	type Denominator
} from './iconLayout';
import { personRowPath, PERSON_PATH } from './personIcon';

const key = (i: { x: number; y: number }) => `${i.x},${i.y}`;

describe('iconGrid', () => {
	it('lays 100 person icons out 10 × 10, filled from the bottom row up, inline-start first', () => {
		const grid = iconGrid(100);
		expect(grid.shape).toBe('person');
		expect([grid.width, grid.height]).toEqual([100, 160]);
		expect(grid.icons).toHaveLength(100);
		expect(grid.icons[0]).toMatchObject({ x: 0, y: 144, row: 0 });
		expect(grid.icons[9]).toMatchObject({ x: 90, y: 144 });
		expect(grid.icons[10]).toMatchObject({ x: 0, y: 128, row: 1 });
		expect(grid.icons[99]).toMatchObject({ x: 90, y: 0, row: 9 });
		expect(new Set(grid.icons.map(key)).size).toBe(100);
	});

	it('mirrors columns for RTL but keeps bottom-up rows and the same fill order', () => {
		const ltr = iconGrid(100, 'ltr');
		const rtl = iconGrid(100, 'rtl');
		expect(rtl.icons[0]).toMatchObject({ x: 90, y: 144 });
		expect(rtl.icons[9]).toMatchObject({ x: 0, y: 144 });
		for (const icon of ltr.icons) {
			const mirrored = rtl.icons[icon.index];
			expect(mirrored.y).toBe(icon.y);
			expect(round3(mirrored.x)).toBe(round3(ltr.width - ltr.cellWidth - icon.x));
		}
	});

	it('lays 1000 icons out as ten 10 × 10 blocks (5 across, 2 down) with a one-cell gap', () => {
		const grid = iconGrid(1000);
		expect(grid.shape).toBe('square');
		expect([grid.width, grid.height]).toEqual([216, 84]);
		expect(grid.icons).toHaveLength(1000);
		expect(grid.blocks).toEqual([
			{ x: 0, y: 44 },
			{ x: 44, y: 44 },
			{ x: 88, y: 44 },
			{ x: 132, y: 44 },
			{ x: 176, y: 44 },
			{ x: 0, y: 0 },
			{ x: 44, y: 0 },
			{ x: 88, y: 0 },
			{ x: 132, y: 0 },
			{ x: 176, y: 0 }
		]);
		expect(new Set(grid.icons.map(key)).size).toBe(1000);
		// No icon sits in a gap between blocks: x within a block is 0…36 from its origin.
		for (const icon of grid.icons) {
			const origin = grid.blocks[icon.block];
			expect(icon.x - origin.x).toBeGreaterThanOrEqual(0);
			expect(icon.x - origin.x).toBeLessThanOrEqual(36);
			expect(icon.y - origin.y).toBeLessThanOrEqual(36);
		}
		// Icons 0–99 fill the bottom-left block first, 100 starts the next block along.
		expect(grid.icons[0]).toMatchObject({ x: 0, y: 80, block: 0 });
		expect(grid.icons[100]).toMatchObject({ x: 44, y: 80, block: 1 });
		expect(grid.icons[500]).toMatchObject({ x: 0, y: 36, block: 5 });
	});

	it('mirrors the blocks for RTL at 1000', () => {
		const rtl = iconGrid(1000, 'rtl');
		expect(rtl.blocks[0]).toEqual({ x: 176, y: 44 });
		expect(rtl.icons[0]).toMatchObject({ x: 212, y: 80 });
	});

	it('keeps every icon inside the viewBox', () => {
		for (const of of [100, 1000] as Denominator[]) {
			const grid = iconGrid(of, 'rtl');
			for (const icon of grid.icons) {
				expect(icon.x).toBeGreaterThanOrEqual(0);
				expect(icon.y).toBeGreaterThanOrEqual(0);
				expect(icon.x + grid.cellWidth).toBeLessThanOrEqual(grid.width + 1e-9);
				expect(icon.y + grid.cellHeight).toBeLessThanOrEqual(grid.height + 1e-9);
			}
		}
	});

	it('gives a missing-figure slot exactly the size of an array', () => {
		expect(gridSize(100)).toEqual({ width: 100, height: 160 });
		expect(gridSize(1000)).toEqual({ width: 216, height: 84 });
	});
});

describe('icon states', () => {
	it.each([
		[0, 100],
		[1, 100],
		[50, 100],
		[99, 100],
		[100, 100],
		[0, 1000],
		[5, 1000],
		[1000, 1000]
	] as [number, Denominator][])('draws %i out of %i as one block in fill order', (count, of) => {
		const grid = iconGrid(of);
		const states = iconsByState(grid, count);
		expect(states.affected).toHaveLength(count);
		expect(states.extra).toHaveLength(0);
		expect(states.unaffected).toHaveLength(of - count);
		expect(states.affected.map((i) => i.index)).toEqual([...Array(count).keys()]);
	});

	it('groups affected icons at the bottom: in every column, nothing unaffected lies below an affected icon', () => {
		for (const count of [1, 14, 50, 99]) {
			const grid = iconGrid(100);
			const { affected, unaffected } = iconsByState(grid, count);
			for (const a of affected) {
				const below = unaffected.filter((u) => u.x === a.x && u.y > a.y);
				expect(below).toEqual([]);
			}
		}
	});

	it('fills 50 as exactly the bottom five rows', () => {
		const { affected } = iconsByState(iconGrid(100), 50);
		expect(new Set(affected.map((i) => i.row))).toEqual(new Set([0, 1, 2, 3, 4]));
	});

	it('splits the affected into baseline and extra for the incremental view', () => {
		expect(iconState(20, 44, 21)).toBe('affected');
		expect(iconState(21, 44, 21)).toBe('extra');
		expect(iconState(43, 44, 21)).toBe('extra');
		expect(iconState(44, 44, 21)).toBe('unaffected');
		const states = iconsByState(iconGrid(100), 44, 21);
		expect([states.affected.length, states.extra.length, states.unaffected.length]).toEqual([21, 23, 56]);
		// A baseline above the count cannot invent people.
		expect(iconsByState(iconGrid(100), 10, 30).affected).toHaveLength(10);
	});
});

describe('squaresPath', () => {
	it('draws one small square per icon in a single path', () => {
		const grid = iconGrid(1000);
		const d = squaresPath(grid.icons.slice(0, 3), grid.cellWidth);
		expect(d).toBe('M0.5 80.5h3v3h-3zm4 0h3v3h-3zm4 0h3v3h-3z');
		const all = squaresPath(grid.icons, grid.cellWidth);
		expect(all.match(/[Mm]/g)).toHaveLength(1000);
		expect(all.match(/M/g)).toHaveLength(1);
		// next row up, back to the block's first column; next block along
		expect(squaresPath(grid.icons.slice(9, 11), 4)).toBe('M36.5 80.5h3v3h-3zm-36 -4h3v3h-3z');
		expect(squaresPath(grid.icons.slice(99, 101), 4)).toBe('M36.5 44.5h3v3h-3zm8 36h3v3h-3z');
		expect(squaresPath([], 4)).toBe('');
	});

	it('stays compact: about 12 characters per square', () => {
		const grid = iconGrid(1000);
		expect(squaresPath(grid.icons, grid.cellWidth).length).toBeLessThan(14 * 1000);
	});
});

describe('rowRuns', () => {
	it('draws full rows as one node each and the rest as single icons', () => {
		const grid = iconGrid(100);
		const { affected, unaffected } = iconsByState(grid, 44);
		const a = rowRuns(affected);
		expect(a.rows).toEqual([
			{ x: 0, y: 144 },
			{ x: 0, y: 128 },
			{ x: 0, y: 112 },
			{ x: 0, y: 96 }
		]);
		expect(a.singles.map((i) => i.index)).toEqual([40, 41, 42, 43]);
		const u = rowRuns(unaffected);
		expect(u.rows).toHaveLength(5);
		expect(u.singles).toHaveLength(6);
		// 44 affected + 56 unaffected in 19 nodes instead of 100
		expect(a.rows.length + a.singles.length + u.rows.length + u.singles.length).toBe(19);
	});

	it('places full rows at the block edge in RTL too', () => {
		const grid = iconGrid(100, 'rtl');
		expect(rowRuns(iconsByState(grid, 10).affected).rows).toEqual([{ x: 0, y: 144 }]);
	});
});

describe('person paths', () => {
	it('chains ten persons into one row path with relative moves', () => {
		const row = personRowPath();
		expect(row.startsWith(PERSON_PATH)).toBe(true);
		expect(row.match(/M/g)).toHaveLength(1);
		expect(row.match(/a2 2 0 1 1 0 4/g)).toHaveLength(10);
		expect(row).toContain('zm11.9 -4.7a2 2');
	});
});

describe('rangeOutline', () => {
	const grid = iconGrid(100);

	it('is empty for an empty or reversed range', () => {
		expect(rangeOutline(grid, 20, 20)).toBe('');
		expect(rangeOutline(grid, 30, 20)).toBe('');
	});

	it('is one rectangle inside a row', () => {
		// cells 2–5 of the bottom row
		expect(rangeOutline(grid, 2, 6)).toBe('M20 160L60 160L60 144L20 144Z');
	});

	it('is two rectangles when two partial rows do not overlap (no self-crossing outline)', () => {
		// 15–21: row 1 columns 5–9, row 2 columns 0–1
		expect(rangeOutline(grid, 15, 22)).toBe('M50 144L100 144L100 128L50 128ZM0 128L20 128L20 112L0 112Z');
	});

	it('is one eight-corner staircase otherwise', () => {
		// 11–44 (11 up to 44, as "between 11 and 44")
		expect(rangeOutline(grid, 11, 44)).toBe('M10 144L100 144L100 96L40 96L40 80L0 80L0 128L10 128Z');
	});

	it('mirrors for RTL', () => {
		const rtl = iconGrid(100, 'rtl');
		expect(rangeOutline(rtl, 2, 6)).toBe('M80 160L40 160L40 144L80 144Z');
	});

	it('splits at block boundaries at 1000', () => {
		const big = iconGrid(1000);
		const d = rangeOutline(big, 95, 105);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).toBe('M20 48L40 48L40 44L20 44ZM44 84L64 84L64 80L44 80Z');
	});

	it('clamps to the grid', () => {
		expect(rangeOutline(grid, -5, 10)).toBe(rangeOutline(grid, 0, 10));
		expect(rangeOutline(grid, 90, 500)).toBe(rangeOutline(grid, 90, 100));
	});
});
