/**
 * A figure's time frame in words, on its own so a page that quotes one figure (the knowledge check)
 * carries only the time-frame text, not every chart sentence of `text.ts`.
 *
 * text-keys: evidence:timeFrames.*
 */
import type { TimeFrame } from '$lib/evidence/types';
import type { Translator } from '$lib/i18n/translator';

/**
 * The time itself: the source's own words when it gives only those, else "2 weeks", in the form it
 * takes after "within" / "at" (every template puts it there).
 */
export function timeValue(tr: Translator, time: TimeFrame): string {
	return time.label ? tr.t(`evidence:${time.label}`) : tr.format.durationAfterPreposition(time.value, time.unit);
}

/** "within 12 months" / "at 2 weeks" / "during or soon after the procedure". */
export function timeWords(tr: Translator, time: TimeFrame): string {
	if (time.label) return timeValue(tr, time);
	return tr.t(`charts:time.${time.kind}`, { time: timeValue(tr, time) });
}
