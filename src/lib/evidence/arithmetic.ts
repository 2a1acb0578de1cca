import type { Reported } from './types.ts';

/**
 * The dossier's rule for "out of 100" (or 1000): the reported percentage rounded to a whole
 * person, else round(of × n/N). The percentage wins when both are known, because some trials
 * report percentages of those analysed while n/N counts those randomised (VAPOUR).
 */
export function expectedCount(of: number, reported: Reported): number | null {
	if (reported.percent !== undefined) return roundHalfUp((of * reported.percent) / 100);
	if (reported.n !== undefined && reported.N !== undefined && reported.N > 0) return roundHalfUp((of * reported.n) / reported.N);
	return null;
}

// Strip binary noise first, so 47.5 stays 47.5 (and rounds to 48) instead of 47.49999….
function roundHalfUp(x: number): number {
	return Math.round(Math.round(x * 1e9) / 1e9);
}

/** How `reported` was turned into a count, for messages: "47.5%" or "15/91". */
export function describeReported(reported: Reported): string {
	if (reported.percent !== undefined) return `${reported.percent}%`;
	if (reported.n !== undefined && reported.N !== undefined) return `${reported.n}/${reported.N}`;
	return 'nothing';
}
