/**
 * The person icon's geometry, apart from the grid layout so the page layout can define the icon
 * once (`IconDefs`) without loading d3 and the grid code on pages that draw no array.
 */
import { round3 } from './geometry';

/**
 * A simple "restroom" person in a 10 × 16 cell (head, shoulders, two legs), one path so a single
 * definition serves every icon; drawn with a margin so strokes never touch. Written with relative
 * moves after the first point, so copies can be chained into a row path.
 */
const PERSON_START = [5, 0.9] as const;
const PERSON_REST =
	'a2 2 0 1 1 0 4a2 2 0 1 1 0-4z' +
	'm-1.9 4.7h3.8a1.6 1.6 0 0 1 1.6 1.6v3.9h-1.3v4h-1.9v-3.4h-.6v3.4h-1.9v-4h-1.3v-3.9a1.6 1.6 0 0 1 1.6-1.6z';
/** Where the pen is after drawing one person (the body's start), relative to the head's start. */
const PERSON_END = [-1.9, 4.7] as const;

export const PERSON_PATH = `M${PERSON_START[0]} ${PERSON_START[1]}${PERSON_REST}`;

/** Ten persons side by side, `cellWidth` apart: one path for a full row. */
export function personRowPath(cellWidth = 10, count = 10): string {
	const step = `m${round3(cellWidth - PERSON_END[0])} ${round3(-PERSON_END[1])}${PERSON_REST}`;
	return PERSON_PATH + step.repeat(count - 1);
}

/** The row path the page defines once (below). */
const PERSON_ROW_PATH = personRowPath();

/** `href` of the person icon and of the full row, for `<use>`. */
export const PERSON_HREF = '#sfc-person';
export const PERSON_ROW_HREF = '#sfc-person-row';

/**
 * The one definition of the person and of a full row that every 100-person icon array and legend
 * on a page draws with `<use href>`, so the ~1.6 KB of path data sit in the page once rather than
 * once per array. Written into every prerendered page by `hooks.server.ts` (static HTML: no
 * JavaScript). Hidden from assistive technology (each array has its own text alternative) and out
 * of the layout, but not `display: none`, which would stop some browsers drawing what refers to
 * it. No colours here: each `<use>` inherits fill and stroke from its group, on screen, in print
 * and in forced colours alike.
 */
export function iconDefs(): string {
	return (
		'<svg width="0" height="0" style="position:absolute;overflow:hidden" aria-hidden="true" focusable="false"><defs>' +
		`<path id="${PERSON_HREF.slice(1)}" d="${PERSON_PATH}"/><path id="${PERSON_ROW_HREF.slice(1)}" d="${PERSON_ROW_PATH}"/>` +
		'</defs></svg>'
	);
}
