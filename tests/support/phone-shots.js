// Phone screenshots and page heights:
//   node tests/support/phone-shots.js PORT OUTDIR pages langs [hash] [widths] [answers.json]
// Expects a server on PORT (node tests/support/serve.js PORT build). Writes OUTDIR/<lang>-<page>-<width>.png
// (full page; OUTDIR "-" writes none) and prints each page's height in screens of 844 px. answers.json, when
// given, is stored as the saved session (the sfc:v1 envelope) before every page loads.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const [port, outDir = '/tmp/shots', pagesArg = 'options', langsArg = 'en', hash = '', widthsArg = '320,390', answersFile] =
	process.argv.slice(2);
if (outDir !== '-') mkdirSync(outDir, { recursive: true });
const saved = answersFile ? readFileSync(answersFile, 'utf8') : null;
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const width of widthsArg.split(',').map(Number)) {
	const context = await browser.newContext({ viewport: { width, height: 844 }, serviceWorkers: 'block' });
	if (saved) await context.addInitScript((value) => localStorage.setItem('sfc:v1', value), saved);
	const page = await context.newPage();
	for (const lang of langsArg.split(',')) {
		for (const p of pagesArg.split(',')) {
			await page.goto(`http://127.0.0.1:${port}/${lang}/${p === 'start' ? '' : p + '/'}${hash}`);
			await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
			// The outcomes step builds its questions one task at a time after load: shoot it complete.
			await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
			await page.evaluate(() => document.fonts.ready);
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			const file = `${outDir}/${lang}-${p}-${width}.png`;
			if (outDir !== '-') await page.screenshot({ path: file, fullPage: true });
			console.log(`${lang}/${p}${hash} @${width}: ${(height / 844).toFixed(1)} screens (${height} px)${outDir !== '-' ? ' ' + file : ''}`);
		}
	}
	await context.close();
}
await browser.close();
