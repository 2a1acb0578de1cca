// Phone layout (DESIGN.md §5): every page × locale at 320 and 390 px wide, with a situation and a
// realistic set of answers, has no sideways scroll, no text outside its box, no text over text, no
// cell squeezed to a word per line and no crowded tap target under 24 px. One load per page and
// locale; the viewport is narrowed in place and the whole check runs in one page.evaluate.
import { appendFileSync } from 'node:fs';
import { test, expect, PAGES, url, ready } from './fixtures';
import { LOCALES } from '../../src/lib/i18n/locales';
import { findLayoutDefects, type LayoutDefect } from '../support/layout-defects';

const WIDTHS = [390, 320] as const;
const OSTEOPOROTIC = '#cause=osteoporotic&age=acute';
const CANCER = '#cause=cancer&age=chronic';
/** The pages whose content changes most with the situation are checked in two situations. */
const situationsFor = (path: string) => (['outcomes', 'together', 'summary'].includes(path) ? [OSTEOPOROTIC, CANCER] : [OSTEOPOROTIC]);

/** Someone part-way through: ratings (with the widest level, "somewhat", chosen), a leaning, questions and notes. */
const someAnswers = (language: string) => ({
	version: 1,
	answers: {
		situation: { cause: 'osteoporotic', age: 'acute' },
		mode: 'home',
		safety: { answers: { legWeakness: false, bladderBowel: false, fever: false, highEnergy: false }, continuedAnyway: false },
		values: { fastRelief: 4, avoidProcedure: 2, avoidRareHarm: 3, cost: 1, posture: 2, hospitalTime: 0 },
		leaning: 'unsure',
		knowledge: { naturalCourse: 'mostBetter', shamTrials: 'muchBetter' },
		sure: { sure: false, understand: true, risksBenefits: true, support: null },
		questions: {
			picked: ['healing', 'pain', 'boneHealth'],
			own: ['Can I keep looking after my grandchildren while the fracture heals?', 'Antikörperbehandlungsmöglichkeiten']
		},
		notes: 'Ask about physiotherapy near home and whether the brace can be lent.',
		second: null,
		language
	}
});

/** Set LAYOUT_REPORT=path to also collect every defect as one JSON line per page (for counting). */
const report = process.env.LAYOUT_REPORT;

for (const { code: lang } of LOCALES) {
	for (const path of PAGES) {
		for (const hash of situationsFor(path)) {
			test(`layout: ${lang}/${path}${hash} at ${WIDTHS.join(' and ')} px`, async ({ page }) => {
				await page.setViewportSize({ width: WIDTHS[0], height: 844 });
				await page.addInitScript((stored) => {
					if (!sessionStorage.getItem('layout-seeded')) {
						localStorage.setItem('sfc:v1', stored);
						sessionStorage.setItem('layout-seeded', '1');
					}
				}, JSON.stringify(someAnswers(lang)));
				await page.goto(url(lang, path, hash));
				await ready(page);
				await page.evaluate(() => document.fonts.ready);
				const found: string[] = [];
				for (const width of WIDTHS) {
					await page.setViewportSize({ width, height: 844 });
					const defects: LayoutDefect[] = await page.evaluate(findLayoutDefects);
					if (report) appendFileSync(report, JSON.stringify({ lang, path: path || 'start', hash, width, defects }) + '\n');
					found.push(...defects.map((d) => `${lang}/${path || 'start'}/${hash} @${width}px ${d.kind}: ${d.where}: ${d.detail}`));
				}
				expect(found, `layout defects on ${lang}/${path || 'start'}`).toEqual([]);
			});
		}
	}
}
