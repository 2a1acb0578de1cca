import { test, expect, url, ready, FIVE_SITUATIONS } from './fixtures';
import type { Page } from '@playwright/test';

/** A full set of answers, as a patient who went through every step would leave them. */
function fullAnswers(cause: string, age: string, language: string, second: string | null) {
	return {
		situation: { cause, age },
		mode: 'home',
		safety: { answers: { legWeakness: false, bladderBowel: false, fever: false, highEnergy: false }, continuedAnyway: false },
		values: { fastRelief: 4, avoidProcedure: 3, avoidRareHarm: 2, cost: 1, posture: 0, hospitalTime: 3 },
		leaning: 'vertebroplasty',
		knowledge: {},
		sure: { sure: true, understand: true, risksBenefits: false, support: true },
		questions: {
			picked: ['healing', 'which', 'experience', 'pain', 'boneHealth', 'cost', 'afterwards', 'cancerTeam'],
			own: [
				'Can I keep looking after my grandchildren while the fracture heals, and how much lifting is safe for me?',
				'Will the brace make my breathing worse? I already get short of breath on stairs.',
				'If I choose the procedure, who drives me home and how soon can I sleep in my own bed?',
				'How long should I wait before deciding, and what signs mean I should not wait?',
				'Does my blood thinner have to be stopped before a procedure, and who decides that?'
			]
		},
		notes:
			'Pain is worst in the morning and when I stand up from a chair. Paracetamol helps a little, the stronger tablets make me dizzy and constipated. ' +
			'My daughter can come to the next appointment on a Tuesday or Thursday. I want to ask about the bone density scan from last year and whether the ' +
			'osteoporosis tablets I stopped should be started again. I am worried about falling at night on the way to the bathroom. I would like to try ' +
			'physiotherapy first if the pain allows it, and talk again in four weeks. Ask whether a district nurse can visit at home.',
		second,
		language
	};
}

async function openSummary(page: Page, lang: string, cause: string, age: string, second: string | null = null) {
	await page.goto(url(lang, ''));
	await ready(page);
	await page.evaluate((answers) => localStorage.setItem('sfc:v1', JSON.stringify({ version: 1, answers })), fullAnswers(cause, age, lang, second));
	await page.goto(url(lang, 'summary'));
	await ready(page);
	// The sheet is built when someone prints; the browser fires this first whichever way they do.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	// The second language's text loads after the page is ready (a moment later on a busy machine):
	// measure and print only once the sheet is in every language it is set to.
	const languages = second ? `${lang} ${second}` : lang;
	await expect(page.locator(`[data-print-numbers][data-print-languages="${languages}"]`)).toBeAttached();
}

async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
	const pdf = await page.pdf({ format });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Computed font size in points of every element matching `selector` that prints with text. */
async function printedSizes(page: Page, selector: string): Promise<number[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements
			.filter((e) => e.getClientRects().length > 0 && (e.textContent ?? '').trim() !== '')
			.map((e) => (parseFloat(getComputedStyle(e).fontSize) * 72) / 96)
	);
}

const SITUATIONS = FIVE_SITUATIONS;
const LANGUAGES = [
	['en', null],
	['ar', null],
	['en', 'ar']
] as const;

for (const [lang, second] of LANGUAGES) {
	for (const [cause, age] of SITUATIONS) {
		const name = `${lang}${second ? '+' + second : ''} ${cause}/${age}`;
		// One language: two sheets, three with the option grid. Two languages in full (every line in
		// both, pictures once, a cell's words per language run on as one short paragraph, headings and
		// short pairs side by side, the key under the table as one flow per language, the column heads
		// once): three sheets, four with the option grid. Measured (Chromium, 2026-12-02, Letter
		// width): en alone 465-490 mm; en+ar 753-784 mm (was 780-813, 869-942 before that).
		// Two sheets do not hold it at these type sizes (body 11 pt, tables 10 pt): the line boxes of
		// the text alone, packed with no space between anything, cover 106,200-108,900 mm² against
		// 108,000 mm² on two Letter sheets (2 × 201.9 × 267.4 mm). The two-sheet goal is the fixme below.
		const most = second ? 3 : 2;
		const mostWithGrid = second ? 4 : 3;
		test(`printout ${name}: at most ${most} pages on A4 and Letter, ${mostWithGrid} with the option grid`, async ({ page }) => {
			await openSummary(page, lang, cause, age, second);
			for (const format of ['A4', 'Letter'] as const) expect(await pdfPages(page, format), `${name} ${format}`).toBeLessThanOrEqual(most);
			await page.locator('[data-print-option="grid"]').check();
			for (const format of ['A4', 'Letter'] as const) {
				expect(await pdfPages(page, format), `${name} ${format} with the option grid`).toBeLessThanOrEqual(mostWithGrid);
			}
		});
	}
}

// Issue 12 asks for two sheets in two languages. Measured state in the comment above: 3 pages
// (753-784 mm at body 11 pt and tables 10 pt; the text's line boxes alone fill two Letter sheets);
// two sheets need about a quarter fewer words or smaller type.
test.fixme('printout en+ar: at most 2 pages on A4 and Letter, 3 with the option grid', async ({ page }) => {
	for (const [cause, age] of SITUATIONS) {
		await openSummary(page, 'en', cause, age, 'ar');
		for (const format of ['A4', 'Letter'] as const) expect(await pdfPages(page, format), `${cause}/${age} ${format}`).toBeLessThanOrEqual(2);
		await page.locator('[data-print-option="grid"]').check();
		for (const format of ['A4', 'Letter'] as const) expect(await pdfPages(page, format), `${cause}/${age} ${format} grid`).toBeLessThanOrEqual(3);
	}
});

test('printout: pictographs with the on-screen denominators, certainty, design, funding, safety, date and fill-in lines', async ({ page }) => {
	await openSummary(page, 'en', 'osteoporotic', 'acute');
	await page.emulateMedia({ media: 'print' });
	const numbers = page.locator('[data-print-numbers]');
	await expect(numbers).toBeVisible();
	// The deck's answers, question by question: each opens with its bottom line and how sure we are.
	const fractures = numbers.locator('tbody[data-question="fractures"]');
	await expect(fractures.locator('[data-bottom-line][data-certainty="not-very-sure"]')).toContainText('How sure are we? Not very sure.');
	// Vertebroplasty's headline is the sham-controlled VERTOS IV trial, its comparator from the same study.
	const vp = fractures.locator('td[data-option="vertebroplasty"]');
	await expect(vp).toHaveAttribute('data-design', 'sham-controlled');
	await expect(vp.locator('figure[data-chart="icon-array"][data-option="vertebroplasty"][data-count="16"][data-of="100"]')).toBeVisible();
	// A few short lines beside the picture: the count and when, the other group in the same study,
	// how sure we are and the type of study as a short word, explained once under the table.
	await expect(vp).toContainText('16 out of 100');
	await expect(vp).toContainText('within 12 months');
	await expect(vp).toContainText('With sham: 21 out of 100');
	await expect(vp).toContainText('Not very sure · Sham trial');
	await expect(fractures.locator('th')).toContainText('What was counted: New fracture in another spine bone');
	await expect(numbers.locator('.under-table')).toContainText('Sham trial: Compared with a pretend procedure.');
	// VERTOS IV was paid for by a device maker: said in words in its cell, and in full under the table.
	await expect(vp).toHaveAttribute('data-funded', 'industry');
	await expect(vp).toContainText('Device maker paid');
	await expect(numbers.locator('.under-table')).toContainText('Device maker paid: Paid for by a device maker.');
	// Rare harms keep their denominator of 1000, as on screen; a stated gap says so.
	const harms = numbers.locator('tbody[data-question="harms"]');
	await expect(harms.locator('td[data-option="vertebroplasty"] figure[data-of="1000"]')).toBeVisible();
	await expect(harms.locator('td[data-option="conservative"]')).toContainText('No reliable figure');
	// Its reason is a numbered note under the table, printed once.
	await expect(numbers.locator('[data-print-notes]')).toContainText('There is no procedure, so procedure harms do not apply.');
	// Every question of the deck, in its order.
	expect(await numbers.locator('tbody[data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))).toEqual([
		'pain-soon',
		'pain-later',
		'harms',
		'fractures',
		'posture',
		'cost'
	]);
	await expect(numbers).toContainText('The outcomes page shows every study behind these figures.');
	// Conservative care has its own figure on the sheet.
	await expect(numbers.locator('figure[data-option="conservative"]').first()).toBeVisible();
	const record = page.locator('[data-print-record]');
	await expect(record).toBeVisible();
	await expect(record).toContainText('Safety check: no warning signs');
	await expect(record).toContainText(/Date: \w+ \d{1,2}, \d{4}/);
	await expect(record).toContainText('Clinician’s name:');
	await expect(record).toContainText('Plan and next step');
	await expect(record.locator('.line')).toHaveCount(3);
	// The on-screen controls and the screen table do not print.
	await expect(page.locator('[data-print-option="grid"]')).toBeHidden();
	await expect(page.locator('.key-numbers')).toBeHidden();
});

test('printout type sizes: body at least 11 pt, tables at least 10 pt; large print doubles them', async ({ page }) => {
	// It once failed from a fresh clone under the full suite's load: the second language's text loads
	// after the page is ready, and the sizes were read before it was there (no Arabic cells). The
	// sheet now says which languages it holds, and `openSummary` waits for both.
	await openSummary(page, 'en', 'unsure', 'unsure', 'ar');
	await page.emulateMedia({ media: 'print' });
	// The key under the numbers table (short words, numbered notes) is the table's own, at table size.
	const body = await printedSizes(page, 'main p:not(.under-table *), main li:not(.under-table *)');
	const tables = await printedSizes(page, 'main td, main th, main caption, main .under-table p, main .under-table li');
	expect(body.length).toBeGreaterThan(20);
	expect(tables.length).toBeGreaterThan(20);
	expect(Math.min(...body), 'body text, pt').toBeGreaterThanOrEqual(11 - 0.01);
	expect(Math.min(...tables), 'table text, pt').toBeGreaterThanOrEqual(10 - 0.01);
	// Both languages in the numbers table, not only the headings.
	expect(await page.locator('[data-print-numbers] td .bi-second[lang="ar"]').count()).toBeGreaterThan(10);
	// The key under the table in full in each language, the Arabic flow right to left: every note in both.
	const key = page.locator('[data-print-numbers] .under-table');
	const englishNotes = await key.locator('.key-flow:not([lang]) .notes li').count();
	expect(englishNotes).toBeGreaterThan(0);
	await expect(key.locator('.key-flow[lang="ar"][dir="rtl"] .notes li')).toHaveCount(englishNotes);
	const englishDesigns = await key.locator('.key-flow:not([lang]) .design').count();
	expect(englishDesigns).toBeGreaterThan(1);
	await expect(key.locator('.key-flow[lang="ar"] .design')).toHaveCount(englishDesigns);

	const normalPages = await pdfPages(page, 'A4');
	await page.emulateMedia({ media: 'screen' });
	await page.locator('[data-print-option="large"]').check();
	await page.emulateMedia({ media: 'print' });
	const large = await printedSizes(page, 'main p:not(.under-table *), main li:not(.under-table *)');
	expect(Math.min(...large), 'large print body, pt').toBeGreaterThanOrEqual(22 - 0.01);
	expect(await pdfPages(page, 'A4')).toBeGreaterThan(normalPages);
});

test('printout: a raised safety flag is recorded instead of "no warning signs"', async ({ page }) => {
	await page.goto(url('en', ''));
	await ready(page);
	await page.evaluate((answers) => {
		answers.safety.answers.fever = true;
		localStorage.setItem('sfc:v1', JSON.stringify({ version: 1, answers }));
	}, fullAnswers('osteoporotic', 'acute', 'en', null));
	await page.goto(url('en', 'summary'));
	await ready(page);
	await page.emulateMedia({ media: 'print' });
	const record = page.locator('[data-print-record]');
	await expect(record).toContainText('one or more warning signs');
	await expect(record).not.toContainText('no warning signs');
	await expect(page.getByText('A fever, or being told you might have an infection?')).toBeVisible();
});

test('the option grid prints on a page of its own only when asked for', async ({ page }) => {
	await openSummary(page, 'en', 'osteoporotic', 'acute');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.grid-sheet')).toHaveCount(0);
	const without = await pdfPages(page, 'A4');
	await page.emulateMedia({ media: 'screen' });
	await page.locator('[data-print-option="grid"]').check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.grid-sheet table.option-grid')).toBeVisible();
	expect(await page.locator('.grid-sheet').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
	expect(await pdfPages(page, 'A4')).toBe(without + 1);
});
