/**
 * The words of one ranked piece of evidence in short (`TrialLine`): its title, its result for every
 * arm it compared, its time frame and how sure we are with the type of study. Pure: a translator
 * in, a sentence out, each language formatting its own numbers.
 */
import { differencePoint, type EvidenceItem, type QuestionId, type RankedItem } from '$lib/evidence/questions';
import type { Estimate, FigureEstimate } from '$lib/evidence/types';
import type { Translator } from '$lib/i18n/translator';
import { amountWords, armName, certaintyLine, meanWords, outOfWords, pointTime, timeWords } from '$lib/charts/text';

/** The arms of a study that have a figure (people per 100 or 1,000), in the row's order. */
export function figuresOf(item: EvidenceItem): FigureEstimate[] {
	return item.kind === 'figures' ? Object.values(item.row.arms).filter((e): e is FigureEstimate => e?.status === 'figure') : [];
}

/** Every entry an item draws on, for its "where does this number come from?" panel. */
export function provenanceOf(item: EvidenceItem) {
	switch (item.kind) {
		case 'figures':
			return Object.values(item.row.arms).filter((e): e is Estimate => e !== undefined);
		case 'mean':
		case 'difference':
			return [item.result];
		case 'cost':
			return [item.study];
	}
}

/** The study's own title. */
export function trialTitle(tr: Translator, item: EvidenceItem): string {
	switch (item.kind) {
		case 'figures':
			return tr.t(`evidence:comparisons.${item.row.comparison}.label`);
		case 'mean':
			return tr.t(`evidence:means.${item.result.id}.label`);
		case 'difference':
			return tr.t(`evidence:differences.${item.result.id}.label`);
		case 'cost':
			return tr.t(`evidence:costs.${item.study.id}.setting`);
	}
}

/** The result in words: one phrase per arm (or the difference at the question's time point), joined as a list in the reader's language. */
export function trialResult(tr: Translator, item: EvidenceItem, question: QuestionId): string {
	const arm = (a: Parameters<typeof armName>[1], figure: string) => tr.t('outcomesPage.trialArm', { arm: armName(tr, a), figure });
	switch (item.kind) {
		case 'figures':
			return tr.format.list(figuresOf(item).map((e) => arm(e.arm, outOfWords(tr, e.count, e.of))));
		case 'mean':
			return tr.format.list(
				item.result.arms
					.filter((a) => a.points.length > 0)
					.map((a) =>
						tr.t('outcomesPage.trialMean', {
							arm: armName(tr, a.arm),
							before: meanWords(tr, a.points[0].mean),
							after: meanWords(tr, a.points[a.points.length - 1].mean),
							time: pointTime(tr, a.points[a.points.length - 1].time)
						})
					)
			);
		case 'difference': {
			const r = item.result;
			const point = differencePoint(r, question);
			return tr.t('deck.difference', {
				difference: meanWords(tr, point.difference),
				low: meanWords(tr, point.low),
				high: meanWords(tr, point.high),
				time: tr.format.duration(point.time.value, point.time.unit),
				comparator: armName(tr, r.comparator)
			});
		}
		case 'cost': {
			const s = item.study;
			return tr.format.list(s.amounts.filter((a) => a.amount !== null).map((a) => arm(a.arm, amountWords(tr, a.amount, s.currency))));
		}
	}
}

/** The time frame of a figure; means and differences state theirs in the result. */
export function trialWhen(tr: Translator, item: EvidenceItem): string {
	const figures = figuresOf(item);
	return figures.length > 0 ? timeWords(tr, figures[0].timeFrame) : '';
}

/** How sure we are, with the type of study ("cost study" for costs, which carry no certainty). */
export function trialSure(tr: Translator, ranked: RankedItem): string {
	const item = ranked.item;
	if (item.kind === 'cost') return tr.t('evidence:design.cost-study.label');
	const certainty = item.kind === 'figures' ? figuresOf(item)[0]?.certainty : item.result.certainty;
	return certainty ? certaintyLine(tr, certainty, ranked.design) : '';
}
