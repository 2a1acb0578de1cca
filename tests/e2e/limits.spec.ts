// Input limits (decision/limits.ts): the interface counts and stops at them, storage trims to them.
import { test, expect, url, ready, stored } from './fixtures';
import { LIMITS } from '../../src/lib/decision/limits';
import { emptyAnswers } from '../../src/lib/decision/model';

test('60 own questions: the first 40 are kept with a message, and survive a reload', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(url('en', 'check'));
	await ready(page);
	const box = page.getByLabel('Your own question');
	const list = page.locator('.own-list li');
	for (let i = 1; i <= 60; i++) {
		await box.fill(`My question number ${i}?`);
		await box.press('Enter');
	}
	await expect(list).toHaveCount(LIMITS.ownQuestions);
	await expect(page.getByText(`${LIMITS.ownQuestions} of ${LIMITS.ownQuestions} questions written`)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'the most this guide can keep' })).toBeVisible();
	// Nothing typed is lost: the refused question stays in the box.
	await expect(box).toHaveValue('My question number 60?');
	await expect(list.last()).toContainText(`My question number ${LIMITS.ownQuestions}?`);

	await page.reload();
	await ready(page);
	await expect(list).toHaveCount(LIMITS.ownQuestions);
	await expect(list.first()).toContainText('My question number 1?');
	await expect(page.locator('.notice')).toHaveCount(0);

	// Removing one makes room again.
	await list.first().getByRole('button').click();
	await box.fill('One more?');
	await box.press('Enter');
	await expect(list).toHaveCount(LIMITS.ownQuestions);
	await expect(list.last()).toContainText('One more?');
});

test('saved answers with 60 own questions and over-long notes load trimmed, not emptied', async ({ page }) => {
	await page.addInitScript(({ limits, empty }) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		const own = Array.from({ length: 60 }, (_, i) => `Saved question ${i + 1}?`);
		const answers = { ...empty, questions: { picked: ['healing'], own }, notes: 'n'.repeat(limits.notesLength + 10) };
		localStorage.setItem('sfc:v1', JSON.stringify({ version: 1, answers }));
	}, { limits: LIMITS, empty: emptyAnswers() });
	await page.goto(url('en', 'summary'));
	await ready(page);
	await expect(page.getByText('Some saved text was longer than this guide can keep')).toBeVisible();
	await expect(page.locator('#notes')).toHaveValue('n'.repeat(LIMITS.notesLength));
	await expect(page.getByText('0 characters left')).toBeVisible();
	await expect(page.getByText('Saved question 40?', { exact: true })).toBeVisible();
	await expect(page.getByText('Saved question 41?', { exact: true })).toHaveCount(0);
	const saved = (await stored(page)) as { answers: { questions: { own: string[] } } };
	expect(saved.answers.questions.own).toHaveLength(LIMITS.ownQuestions);
});

test('the note counts down as a person types, in their language', async ({ page }) => {
	await page.goto(url('fr', 'summary'));
	await ready(page);
	await page.locator('#notes').fill('Bonjour');
	await expect(page.locator('#notes-left')).toHaveText(/Il reste\s.*caractères/);
	await expect(page.locator('#notes')).toHaveAttribute('maxlength', String(LIMITS.notesLength));
});
