/**
 * Every sentence a chart says, built from one translator so the bilingual view can call each
 * function twice (page language, second language) with numbers formatted for each. Numbers only
 * ever enter a translation as interpolated, locale-formatted values.
 *
 * text-keys: evidence:outcomes.*.caption, evidence:notes.*, evidence:costLabels.*
 */
import type { ArmId, Certainty, Design, FigureEstimate, Stratum, TimeFrame } from '$lib/evidence/types';
import type { Translator } from '$lib/i18n/translator';
import { timeValue, timeWords } from './timeWords';

export { timeWords };

/** A whole number in the translator's own digits. */
export const num = (tr: Translator, value: number): string => tr.format.number(value, 0);

export const armName = (tr: Translator, arm: ArmId): string => tr.t(`glossary:arm.${arm}`);
export const armTitle = (tr: Translator, arm: ArmId): string => tr.t(`glossary:armTitle.${arm}`);

/** "44 out of 100 people": the number in words beside every picture. */
export function outOfWords(tr: Translator, count: number, of: number): string {
	return tr.t('charts:iconArray.outOf', { count, of: num(tr, of) });
}

/** The short text alternative on the svg. */
export function iconAria(tr: Translator, count: number, of: number, range?: { low: number; high: number }): string {
	const vars = { count, of: num(tr, of) };
	return range
		? tr.t('charts:iconArray.ariaRange', { ...vars, low: num(tr, range.low), high: num(tr, range.high) })
		: tr.t('charts:iconArray.aria', vars);
}

/**
 * The caption sentence: the outcome's own template (`evidence:outcomes.<id>.caption`, with the
 * i18next context `_at` / `_within` for the kind of time frame when the outcome has one) when it
 * exists, else a generic sentence naming the outcome. A time the source states only in words has
 * no context: the plain template is written for it.
 */
export function figureSentence(
	tr: Translator,
	outcome: string,
	arm: ArmId,
	count: number,
	of: number,
	time: TimeFrame
): string {
	const vars = {
		count,
		of: num(tr, of),
		arm: armName(tr, arm),
		time: timeValue(tr, time),
		...(time.label ? {} : { context: time.kind })
	};
	const key = `evidence:outcomes.${outcome}.caption`;
	if (tr.has(key)) return tr.t(key, vars);
	return tr.t('charts:iconArray.fallbackCaption', {
		...vars,
		outcome: tr.t(`evidence:outcomes.${outcome}.name`),
		time: timeWords(tr, time)
	});
}

/** "Could be between 11 and 44 out of 100." */
export function rangeSentence(tr: Translator, range: { low: number; high: number }, of: number): string {
	return tr.t('charts:iconArray.range', { low: num(tr, range.low), high: num(tr, range.high), of: num(tr, of) });
}

/** "That is 23 more out of 100 than with sham (pretend) procedure." */
export function extraSentence(tr: Translator, extra: number, of: number, reference: ArmId): string {
	return tr.t('charts:iconArray.extra', { extra: num(tr, extra), of: num(tr, of), reference: armName(tr, reference) });
}

/** Who the figures apply to: one group, or the several groups covered when the answer was "not sure". */
export function groupLine(tr: Translator, strata: readonly Stratum[]): string {
	if (strata.length === 0) return '';
	if (strata.length === 1) return tr.t(`charts:groups.${strata[0]}`);
	return tr.t('charts:groups.several', {
		list: tr.format.list(strata.map((s) => tr.t(`charts:groupShort.${s}`)))
	});
}

/** Says so when a figure comes from another population or fracture age (the evidence's own sentences). */
export function borrowedLine(tr: Translator, from: FigureEstimate['borrowedFrom']): string {
	if (!from) return '';
	return [
		from.population ? tr.t(`evidence:borrowed.population.${from.population}`) : '',
		from.age ? tr.t(`evidence:borrowed.age.${from.age}`) : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** The headline of a slot without a figure: "No reliable figure", or "Does not apply". */
export function gapTitle(tr: Translator, notApplicable = false): string {
	return tr.t(notApplicable ? 'evidence:gap.notApplicable' : 'evidence:gap.noEvidence');
}

/** "How sure are we? Fairly sure. Type of study: …" */
export function certaintyLine(tr: Translator, certainty: Certainty, design: Design): string {
	return tr.t('charts:certainty.line', {
		certainty: tr.t(`evidence:certainty.${certainty}.label`),
		design: tr.t(`evidence:design.${design}.label`)
	});
}

/** A note key from the evidence files: either a full key (`notes.x`, `outcomes.y.z`) or a bare `notes.` key. */
export function evidenceNote(tr: Translator, key: string): string {
	const full = `evidence:${key}`;
	return tr.has(full) || key.includes('.') ? tr.t(full) : tr.t(`evidence:notes.${key}`);
}

export function sourcesLine(tr: Translator, sources: readonly string[]): string {
	return sources.length ? tr.t('charts:sources', { list: tr.format.list([...sources]) }) : '';
}

/** The currency's name in the reader's language ("US dollars"), falling back to its ISO code. */
export function currencyName(tr: Translator, code: string): string {
	return tr.format.currencyName(code);
}

/** The price year as reported, or the evidence's words for "not stated". */
export function priceYear(tr: Translator, year: string): string {
	return year === 'unstated' ? tr.t('evidence:priceYear.unstated') : year;
}

/** An amount in the source's own currency, never converted; a missing amount says so. */
export function amountWords(tr: Translator, amount: number | null, currency: string): string {
	if (amount === null) return tr.t('charts:cost.noFigure');
	try {
		return tr.format.currency(amount, currency);
	} catch {
		// Not an ISO currency (e.g. DRG points): the number with the unit as the source gives it.
		return `${tr.format.number(amount, 0)} ${currency}`;
	}
}

/** A time point for the mean chart: "Before treatment" for time 0, else a duration. */
export function pointTime(tr: Translator, time: { value: number; unit: TimeFrame['unit'] }, short = false): string {
	if (time.value === 0) return tr.t(short ? 'charts:mean.beforeShort' : 'charts:mean.before');
	return tr.format.duration(time.value, time.unit, short ? 'short' : 'long');
}

/** An average score, always with one decimal ("3.0", "٣٫٠"), so values line up and read alike. */
export function meanWords(tr: Translator, value: number): string {
	return tr.format.decimal(value, 1);
}

/**
 * An axis label as one or two lines: when columns are narrow (many time points), the first word
 * goes on its own line ("12" / "mths", "Before" / "treatment"), since SVG text does not wrap.
 */
export function tickLines(label: string, crowded: boolean): string[] {
	const space = label.indexOf(' ');
	if (!crowded || space < 0) return [label];
	return [label.slice(0, space), label.slice(space + 1)];
}

/** A between-group difference as the source reports it, never rounded below its two decimals. */
export function differenceWords(tr: Translator, value: number): string {
	return tr.format.number(value, 2);
}
