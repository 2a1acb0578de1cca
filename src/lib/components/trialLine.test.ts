/**
 * The words of the outcomes page's evidence in short, from the real content (every item any
 * situation shows by default) and on a few entries checked by hand against the dossier.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, type Resources } from '$lib/i18n/translator';
import { SITUATION_KEYS, selectQuestions } from '$lib/evidence/questions';
import { figuresOf, provenanceOf, trialResult, trialSure, trialTitle, trialWhen } from './trialLine';
import { situationOfKey } from './outcomesModel';
import common from '../../../content/locales/en/common.json';
import evidence from '../../../content/locales/en/evidence.json';
import glossary from '../../../content/locales/en/glossary.json';
import charts from '../../../content/locales/en/charts.json';
import arCommon from '../../../content/locales/ar/common.json';
import arEvidence from '../../../content/locales/ar/evidence.json';
import arGlossary from '../../../content/locales/ar/glossary.json';
import arCharts from '../../../content/locales/ar/charts.json';

const enResources: Resources = { common, evidence, glossary, charts };
const en = createTranslator('en', enResources, {});
const ar = createTranslator('ar', { common: arCommon, evidence: arEvidence, glossary: arGlossary, charts: arCharts }, enResources);

const painSoon = selectQuestions(situationOfKey('osteoporotic-acute')).find((q) => q.question === 'pain-soon')!;
const vapour = painSoon.items.find((r) => r.item.kind === 'figures' && r.item.row.comparison === 'vapour')!;

describe('trial line words', () => {
	it('VAPOUR in short: both arms out of 100, at 2 weeks, its certainty and design', () => {
		expect(trialResult(en, vapour.item, 'pain-soon')).toBe('vertebroplasty: 44 out of 100 people and sham (pretend) procedure: 21 out of 100 people');
		expect(trialWhen(en, vapour.item)).toBe('at 2 weeks');
		expect(trialSure(en, vapour)).toContain('Type of study: Compared with a pretend procedure');
		expect(trialTitle(en, vapour.item)).toContain('VAPOUR');
	});

	it('Arabic formats its own numbers and joins its own list', () => {
		const words = trialResult(ar, vapour.item, 'pain-soon');
		expect(words).toMatch(/[٠-٩]/);
		expect(words).not.toMatch(/[0-9]/);
	});

	it('every item any situation shows by default has a title, a result and a certainty line in words', () => {
		for (const key of SITUATION_KEYS)
			for (const q of selectQuestions(situationOfKey(key)))
				for (const ranked of q.items.filter((i) => i.visible)) {
					const what = `${key} ${q.question}`;
					expect(trialTitle(en, ranked.item), what).not.toMatch(/^evidence:|^$/);
					expect(trialResult(en, ranked.item, q.question), what).not.toBe('');
					expect(trialSure(en, ranked), what).not.toBe('');
					if (ranked.item.kind === 'figures') expect(trialWhen(en, ranked.item), what).not.toBe('');
				}
	});

	it('the provenance of a study is every arm it compared; of a mean, difference or cost, the result itself', () => {
		expect(provenanceOf(vapour.item)).toEqual(figuresOf(vapour.item));
		const mean = painSoon.items.find((r) => r.item.kind !== 'figures')!;
		expect(provenanceOf(mean.item)).toEqual([mean.item.kind === 'cost' ? mean.item.study : (mean.item as { result: unknown }).result]);
	});
});
