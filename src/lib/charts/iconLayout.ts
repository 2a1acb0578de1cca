/**
 * Icon-array geometry: where each icon sits, which state it is drawn in, and the outline of an
 * uncertainty range. Pure functions, no DOM; the Svelte component only draws what this returns.
 *
 * Fill order is fixed and does not depend on the data: icon 0 is filled first. Rows fill from the
 * bottom up (a height cue, and independent of reading direction); within a row from the
 * inline-start side (left in LTR, right in RTL — the grid mirrors, the order does not change).
 * For 1000, ten blocks of 100 fill the same way: bottom row of blocks first, inline-start first.
 *
 * ```
 * of = 100 (LTR), 14 affected:            of = 1000: ten 10×10 blocks, one cell apart
 *
 *   row 9  ○ ○ ○ ○ ○ ○ ○ ○ ○ ○  90–99        ┌────┐ ┌────┐ ┌────┐ ┌────┐ ┌────┐
 *    ⋮                                       │ 5  │ │ 6  │ │ 7  │ │ 8  │ │ 9  │
 *   row 1  ● ● ● ● ○ ○ ○ ○ ○ ○  10–19        └────┘ └────┘ └────┘ └────┘ └────┘
 *   row 0  ● ● ● ● ● ● ● ● ● ●   0–9         ┌────┐ ┌────┐ ┌────┐ ┌────┐ ┌────┐
 *          ↑ inline start (right in RTL)     │ 0  │ │ 1  │ │ 2  │ │ 3  │ │ 4  │
 *                                            └────┘ └────┘ └────┘ └────┘ └────┘
 * ```
 */
import { groups, range } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { round3 } from './geometry';

export { round3 };

export type Denominator = 100 | 1000;
export type Dir = 'ltr' | 'rtl';
/** Person figures at 100; at 1000 an icon is a few pixels wide on a phone, so a plain square. */
export type IconShape = 'person' | 'square';
export type IconState = 'affected' | 'extra' | 'unaffected';
/** What a legend entry explains: an icon state, or the range band. */
export type LegendState = IconState | 'range';

interface GridSpec {
	shape: IconShape;
	cellWidth: number;
	cellHeight: number;
	/** Space between blocks of 100, in viewBox units. */
	gap: number;
	blockColumns: number;
	blockRows: number;
	/** Hatch spacing for the "extra" pattern, so stripes stay visible at either size. */
	hatch: number;
}

/** Icons per side of one block of 100. */
const BLOCK_SIDE = 10;

const SPECS: Record<Denominator, GridSpec> = {
	100: { shape: 'person', cellWidth: 10, cellHeight: 16, gap: 0, blockColumns: 1, blockRows: 1, hatch: 2.4 },
	1000: { shape: 'square', cellWidth: 4, cellHeight: 4, gap: 4, blockColumns: 5, blockRows: 2, hatch: 1.2 }
};

export interface IconPosition {
	/** Position in fill order: icon 0 is filled first. */
	index: number;
	/** Top-left corner of the icon's cell. */
	x: number;
	y: number;
	block: number;
	/** Row inside the block, 0 = bottom. */
	row: number;
}

export interface IconGrid {
	of: Denominator;
	dir: Dir;
	shape: IconShape;
	width: number;
	height: number;
	cellWidth: number;
	cellHeight: number;
	hatch: number;
	/** Top-left corner of each block of 100, in fill order. */
	blocks: { x: number; y: number }[];
	/** Every icon, in fill order. */
	icons: IconPosition[];
}


/** The viewBox size of an array: a "no reliable figure" slot uses it to take exactly the same room. */
export function gridSize(of: Denominator): { width: number; height: number } {
	const spec = SPECS[of];
	return {
		width: spec.blockColumns * BLOCK_SIDE * spec.cellWidth + (spec.blockColumns - 1) * spec.gap,
		height: spec.blockRows * BLOCK_SIDE * spec.cellHeight + (spec.blockRows - 1) * spec.gap
	};
}

export function iconGrid(of: Denominator, dir: Dir = 'ltr'): IconGrid {
	const spec = SPECS[of];
	const blockWidth = BLOCK_SIDE * spec.cellWidth;
	const blockHeight = BLOCK_SIDE * spec.cellHeight;
	const { width, height } = gridSize(of);

	// Bands of blocks; a reversed range mirrors the columns for RTL, [height, 0] puts row 0 at the bottom.
	const blockX = scaleBand<number>()
		.domain(range(spec.blockColumns))
		.range(dir === 'rtl' ? [width, 0] : [0, width])
		.paddingInner(spec.blockColumns > 1 ? spec.gap / (blockWidth + spec.gap) : 0);
	const blockY = scaleBand<number>()
		.domain(range(spec.blockRows))
		.range([height, 0])
		.paddingInner(spec.blockRows > 1 ? spec.gap / (blockHeight + spec.gap) : 0);

	const blocks = range(spec.blockColumns * spec.blockRows).map((b) => ({
		x: round3(blockX(b % spec.blockColumns) ?? 0),
		y: round3(blockY(Math.floor(b / spec.blockColumns)) ?? 0)
	}));
	const column = cellColumnScale(spec.cellWidth, dir);
	const rowTop = cellRowScale(spec.cellHeight);

	const icons = range(of).map((index): IconPosition => {
		const block = Math.floor(index / 100);
		const within = index % 100;
		const row = Math.floor(within / BLOCK_SIDE);
		const col = within % BLOCK_SIDE;
		const origin = blocks[block];
		// The cell's left edge is the column's start edge in LTR and its end edge in RTL.
		const left = dir === 'rtl' ? column(col + 1) : column(col);
		return { index, x: round3(origin.x + left), y: round3(origin.y + rowTop(row + 1)), block, row };
	});

	return {
		of,
		dir,
		shape: spec.shape,
		width,
		height,
		cellWidth: spec.cellWidth,
		cellHeight: spec.cellHeight,
		hatch: spec.hatch,
		blocks,
		icons
	};
}

/**
 * Column edge (0…10, counted from the inline start) → x inside a block; mirrored for RTL. Plain
 * arithmetic rather than a d3 linear scale: scaleLinear would pull d3-interpolate, d3-color and
 * d3-format (~8 KB gzip) into every page with an icon array.
 */
function cellColumnScale(cellWidth: number, dir: Dir) {
	return (edge: number) => (dir === 'rtl' ? BLOCK_SIDE - edge : edge) * cellWidth;
}

/** Row edge (0…10, 0 = bottom) → y inside a block. */
function cellRowScale(cellHeight: number) {
	return (edge: number) => (BLOCK_SIDE - edge) * cellHeight;
}

/**
 * The state of icon `index` when `count` people are affected. In the incremental view the first
 * `baseline` of them are the people affected in every arm (base colour) and the rest are extra
 * (second hue + hatch).
 */
export function iconState(index: number, count: number, baseline: number = count): IconState {
	if (index < Math.min(baseline, count)) return 'affected';
	if (index < count) return 'extra';
	return 'unaffected';
}

/** Icons grouped by state, each list in fill order; every state is present, possibly empty. */
export function iconsByState(grid: IconGrid, count: number, baseline?: number): Record<IconState, IconPosition[]> {
	const byState: Record<IconState, IconPosition[]> = { affected: [], extra: [], unaffected: [] };
	for (const icon of grid.icons) byState[iconState(icon.index, count, baseline)].push(icon);
	return byState;
}

/**
 * One compact path of small squares (the 1000-icon view): a single DOM node per state instead of
 * a thousand. Each square after the first moves relatively from the previous one's corner (a
 * closed subpath returns there), about 12 characters per square. `inset` leaves the white gap.
 */
export function squaresPath(icons: readonly IconPosition[], cellWidth: number, inset = 0.5): string {
	const side = round3(cellWidth - 2 * inset);
	const square = `h${side}v${side}h${-side}z`;
	let previous: IconPosition | null = null;
	let d = '';
	for (const icon of icons) {
		d += previous
			? `m${round3(icon.x - previous.x)} ${round3(icon.y - previous.y)}${square}`
			: `M${round3(icon.x + inset)} ${round3(icon.y + inset)}${square}`;
		previous = icon;
	}
	return d;
}

/** Full rows drawn as one `<use>` of a ten-person row; the rest one `<use>` per person. */
export interface IconRuns {
	/** Top-left corner of each full row of ten icons in this state. */
	rows: { x: number; y: number }[];
	singles: IconPosition[];
}

/**
 * Splits one state's icons into full rows and single icons, so a 100-icon array needs about 10–30
 * DOM nodes instead of 100. A full row is symmetric, so the same row shape serves LTR and RTL.
 */
export function rowRuns(icons: readonly IconPosition[]): IconRuns {
	const runs: IconRuns = { rows: [], singles: [] };
	for (const [, row] of groups(icons, (i) => i.block * BLOCK_SIDE + i.row)) {
		if (row.length === BLOCK_SIDE) {
			runs.rows.push({ x: Math.min(...row.map((i) => i.x)), y: row[0].y });
		} else {
			runs.singles.push(...row);
		}
	}
	return runs;
}

/**
 * The outline of the cells from `low` (inclusive) to `high` (exclusive) in fill order, as one SVG
 * path: the range band drawn behind the icons.
 *
 * Inside one block the cells of a contiguous run in fill order form a staircase. In logical
 * coordinates (columns 0…10 from inline start, rows 0…10 from the bottom), with the run starting
 * in row r0 at column c0 and ending in row r1 at column c1 (inclusive):
 *
 * ```
 *   r1+1  ┌───────────┐                       Same row (r0 = r1): one rectangle c0…c1+1.
 *         │  top row  │ c1+1                   Adjacent rows that do not overlap
 *   r1    │           └──────────┐ 10            (r1 = r0+1 and c1+1 ≤ c0): two rectangles,
 *         │   full middle rows   │               or the outline would cross itself.
 *   r0+1  └──────┐               │             Otherwise: this eight-corner polygon.
 *         0      │  bottom row   │
 *   r0           └───────────────┘
 *                c0              10
 * ```
 */
export function rangeOutline(grid: IconGrid, low: number, high: number): string {
	const lo = Math.max(0, Math.min(grid.of, Math.round(low)));
	const hi = Math.max(lo, Math.min(grid.of, Math.round(high)));
	if (hi <= lo) return '';
	const column = cellColumnScale(grid.cellWidth, grid.dir);
	const row = cellRowScale(grid.cellHeight);
	const paths: string[] = [];

	// Split the run at block boundaries; d3 `groups` keeps fill order.
	const perBlock = groups(range(lo, hi), (i) => Math.floor(i / 100));
	for (const [block, indices] of perBlock) {
		const origin = grid.blocks[block];
		const point = ([c, r]: [number, number]) => `${round3(origin.x + column(c))} ${round3(origin.y + row(r))}`;
		const polygon = (corners: [number, number][]) => `M${corners.map(point).join('L')}Z`;
		const first = indices[0] % 100;
		const last = indices[indices.length - 1] % 100;
		const [c0, r0] = [first % BLOCK_SIDE, Math.floor(first / BLOCK_SIDE)];
		const [c1, r1] = [last % BLOCK_SIDE, Math.floor(last / BLOCK_SIDE)];
		const rect = (ca: number, cb: number, r: number) =>
			polygon([
				[ca, r],
				[cb, r],
				[cb, r + 1],
				[ca, r + 1]
			]);
		if (r0 === r1) {
			paths.push(rect(c0, c1 + 1, r0));
		} else if (r1 === r0 + 1 && c1 + 1 <= c0) {
			paths.push(rect(c0, BLOCK_SIDE, r0), rect(0, c1 + 1, r1));
		} else {
			paths.push(
				polygon([
					[c0, r0],
					[BLOCK_SIDE, r0],
					[BLOCK_SIDE, r1],
					[c1 + 1, r1],
					[c1 + 1, r1 + 1],
					[0, r1 + 1],
					[0, r0 + 1],
					[c0, r0 + 1]
				])
			);
		}
	}
	return paths.join('');
}
