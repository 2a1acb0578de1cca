import { describe, expect, it } from 'vitest';
import en from '../../../content/locales/en/common.json' with { type: 'json' };
import { OPTIONS } from '$lib/evidence/types';
import { GRID_QUESTIONS, gridAnswerKey, showsCancerDetail } from './tailoring';

const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);

describe('tailored words', () => {
	it('reads the cancer text of the cells that differ, only for a cancer fracture', () => {
		expect(gridAnswerKey('whatHappens', 'conservative', 'cancer')).toBe('grid.cancerAnswers.whatHappens.conservative');
		expect(gridAnswerKey('whatHappens', 'conservative', 'osteoporotic')).toBe('grid.answers.whatHappens.conservative');
		expect(gridAnswerKey('whatHappens', 'conservative', 'unsure')).toBe('grid.answers.whatHappens.conservative');
		expect(gridAnswerKey('cost', 'kyphoplasty', 'cancer')).toBe('grid.answers.cost.kyphoplasty');
	});

	it('has a text for every cell and cause', () => {
		for (const cause of ['osteoporotic', 'cancer', 'unsure', null] as const)
			for (const q of GRID_QUESTIONS)
				for (const o of OPTIONS) expect(typeof lookup(gridAnswerKey(q, o, cause)), `${cause} ${q} ${o}`).toBe('string');
	});

	it('names radiotherapy and bone-strengthening medicines as conservative care for cancer', () => {
		expect(lookup(gridAnswerKey('whatHappens', 'conservative', 'cancer'))).toMatch(/radiotherapy.*strengthen bone/);
	});

	it('shows the cancer part of the option cards unless the cause is osteoporosis', () => {
		expect(showsCancerDetail('osteoporotic')).toBe(false);
		expect(showsCancerDetail('cancer')).toBe(true);
		expect(showsCancerDetail('unsure')).toBe(true);
		expect(showsCancerDetail(null)).toBe(true);
	});
});
