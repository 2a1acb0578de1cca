/** Geometry helpers shared by every chart layout, with no dependencies (the page layout loads them too). */

/** Rounds to 3 decimals, so geometry and snapshots are stable across platforms. */
export function round3(value: number): number {
	return Math.round(value * 1000) / 1000 + 0; // + 0 turns -0 into 0
}
