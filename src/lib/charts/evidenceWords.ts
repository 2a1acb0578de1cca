/**
 * An option's answer in words when it is not a count of people (an average score, a difference
 * from the comparator, a cost): the lines a deck column and the printout show, headline first.
 */
import { differencePoint, type EvidenceItem, type QuestionId } from '$lib/evidence/questions';
import type { Certainty, Design } from '$lib/evidence/types';
import type { OptionId } from '$lib/evidence/types';
import type { Translator } from '$lib/i18n/translator';
import { amountWords, armName, certaintyLine, gapTitle, meanWords, pointTime, priceYear } from './text';

export type Line = (tr: Translator) => string;

/** How sure we are, in words: the full certainty line by default; the deck passes a shorter one. */
type CertaintyWords = (tr: Translator, certainty: Certainty, design: Design) => string;

export function evidenceLines(
	item: EvidenceItem,
	option: OptionId,
	question: QuestionId,
	sure: CertaintyWords = certaintyLine
): Line[] {
	if (item.kind === 'cost') {
		const study = item.study;
		const amount = study.amounts.find((a) => a.arm === option);
		return [
			(tr) => amountWords(tr, amount?.amount ?? null, study.currency),
			(tr) => tr.t('deck.costYear', { year: priceYear(tr, study.priceYear), setting: tr.t(`evidence:costs.${study.id}.setting`) })
		];
	}
	if (item.kind === 'mean') {
		const result = item.result;
		const arm = result.arms.find((a) => a.arm === option);
		if (!arm || arm.points.length === 0) return [(tr) => gapTitle(tr)];
		const first = arm.points[0];
		const last = arm.points[arm.points.length - 1];
		return [
			(tr) =>
				tr.t('deck.meanChange', {
					before: meanWords(tr, first.mean),
					after: meanWords(tr, last.mean),
					time: pointTime(tr, last.time)
				}),
			(tr) => tr.t(`evidence:scales.${result.scale}.name`),
			(tr) => sure(tr, result.certainty, result.design)
		];
	}
	if (item.kind !== 'difference') return [(tr) => gapTitle(tr)];
	const result = item.result;
	const point = differencePoint(result, question);
	return [
		(tr) =>
			tr.t('deck.difference', {
				difference: meanWords(tr, point.difference),
				low: meanWords(tr, point.low),
				high: meanWords(tr, point.high),
				time: tr.format.duration(point.time.value, point.time.unit),
				comparator: armName(tr, result.comparator)
			}),
		(tr) => tr.t(`evidence:scales.${result.scale}.name`),
		(tr) => sure(tr, result.certainty, result.design)
	];
}
