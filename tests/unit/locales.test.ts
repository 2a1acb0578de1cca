import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, NAMESPACES } from '../../src/lib/i18n/locales';
import { formatLocaleProblem, localeProblems } from '../../src/lib/i18n/completeness';
import { checkLocalesDir } from '../../src/lib/i18n/vite-plugin';

const ROOT = join(import.meta.dirname, '..', '..');

describe('locales', () => {
	it('has a folder for every supported language and no folder for an unlisted one', () => {
		expect(readdirSync(join(ROOT, 'content', 'locales')).sort()).toEqual(LOCALES.map((l) => l.code).sort());
	});

	for (const { code } of LOCALES) {
		it(`${code}: every file matches English (keys, plural forms, placeholders, no digits)`, () => {
			const problems = checkLocalesDir(ROOT).problems.filter((p) => p.lang === code);
			expect(problems.map(formatLocaleProblem)).toEqual([]);
			expect(NAMESPACES.length).toBe(6);
		});
	}

	it('catches a missing key, a stale key, a placeholder mismatch, a digit and a missing plural form', () => {
		const english = { a: 'Hello {{name}}', b: 'Two', c_one: '{{count}} study', c_other: '{{count}} studies' };
		const arabic = { a: 'مرحبا', d: 'x', b: 'اثنان 2', c_one: '{{count}}', c_other: '{{count}}' };
		expect(localeProblems('ar', 'common', english, arabic).map(formatLocaleProblem)).toEqual([
			'content/locales/ar/common.json › a: has placeholders {} but English has {name}',
			'content/locales/ar/common.json › c_zero: is missing',
			'content/locales/ar/common.json › c_two: is missing',
			'content/locales/ar/common.json › c_few: is missing',
			'content/locales/ar/common.json › c_many: is missing',
			'content/locales/ar/common.json › d: is not in English (a stale or misspelt key)',
			'content/locales/ar/common.json › b: has a digit outside {{placeholders}}'
		]);
	});
});
