// Screenshots of pages for a person to look at:
//   npm run screenshots -- OUTDIR page[,page…] [lang,…] [#fragment]   (SHOTS_PORT to pick the port)
// Serves build/ on loopback, opens each page at phone (390×844) and desktop (1280×800) sizes.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startServer } from './serve.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const [outDir = '/tmp/shots', pagesArg = '', langsArg = 'en,ar', hash = ''] = process.argv.slice(2);
const pages = pagesArg.split(',');
const langs = langsArg.split(',');
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
mkdirSync(outDir, { recursive: true });

const port = Number(process.env.SHOTS_PORT ?? 4391);
const server = await startServer(port);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const [sizeName, viewport] of Object.entries(sizes)) {
	const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
	const page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
	page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
	for (const lang of langs) {
		for (const p of pages) {
			await page.goto(`http://127.0.0.1:${port}/${lang}/${p ? p + '/' : ''}${hash}`);
			await page.waitForLoadState('networkidle');
			const file = `${outDir}/${lang}-${p || 'start'}-${sizeName}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
		}
	}
	await context.close();
}
await browser.close();
server.close();
