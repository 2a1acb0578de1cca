/** One thing wrong with the content, precise enough to fix without reading code. */
export interface Problem {
	/** Repository-relative path, e.g. `content/evidence/estimates.json`. */
	file: string;
	/** The entry's id (or "entry 3" when it has none); empty for whole-file problems. */
	entry: string;
	/** Field path inside the entry, e.g. `timeFrame.unit`; empty when the whole entry is meant. */
	field: string;
	message: string;
}

export function problem(file: string, entry: string, field: string, message: string): Problem {
	return { file, entry, field, message };
}

/** One line: `content/evidence/estimates.json › vapour-vp-pain › count: 440 is more than the denominator 100`. */
export function formatProblem(p: Problem): string {
	const where = [p.file, p.entry].filter(Boolean).join(' › ');
	return p.field ? `${where} › ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}
