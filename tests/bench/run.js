// `npm run bench`: builds, serves build/ on loopback and measures, each figure beside its budget
// (DESIGN.md §5): Lighthouse (mobile: performance, accessibility, best practices, SEO, total blocking time; median
// of 3 runs) on every page in en and ar; JS/CSS gzip bytes on first view; DOM nodes after load;
// prerendered HTML size; Together re-render time after a situation change (median of 50); reading
// grade per page. Writes tests/bench/report.md and report.json. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { startServer } from '../support/serve.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
import { gradesByPage } from '../support/readability.js';
import { PAGES } from '../../src/lib/decision/steps.ts';
import { LOCALES, NAMESPACES } from '../../src/lib/i18n/locales.ts';

const HERE = import.meta.dirname;
const BUILD = join(HERE, '..', '..', 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4480);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LANGS = ['en', 'ar'];
const BUDGET = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, tbtMs: 200, jsGzip: 80 * 1024, htmlStartGzip: 14 * 1024, rerenderMs: 8, grade: 8 };
/** Lighthouse runs per page; the median of each figure is reported. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** A note printed beside the Lighthouse figures (e.g. that the machine was busy). */
const NOTE = process.env.BENCH_NOTE ?? '';
const quick = process.argv.includes('--quick');

const chromePath = findChromium();
if (!chromePath) {
	console.error('No Chromium found: run `node tests/support/ensure-chromium.js` or set CHROMIUM_PATH.');
	process.exit(1);
}

if (!process.argv.includes('--no-build')) {
	console.log('Building…');
	const build = spawnSync(join('node_modules', '.bin', 'vite'), ['build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer(PORT, BUILD);
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });

/**
 * @typedef {{ lang: string, page: string, js: number, css: number, html: number, htmlGzip: number,
 *   nodes: number, performance?: number, accessibility?: number, bestPractices?: number, seo?: number, tbt?: number }} Row
 */

/**
 * Bytes a first view downloads (fresh context: nothing cached), gzip as a server would send.
 * @param {string} lang @param {string} page
 */
async function firstView(lang, page) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const tab = await context.newPage();
	/** @type {Set<string>} */
	const files = new Set();
	tab.on('response', (r) => {
		const path = new URL(r.url()).pathname;
		if (/\.(js|css)$/.test(path)) files.add(path);
	});
	await tab.goto(`${ORIGIN}/${lang}/${page ? page + '/' : ''}`);
	await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await tab.waitForLoadState('networkidle');
	const nodes = await tab.evaluate(() => document.getElementsByTagName('*').length);
	await context.close();
	const gz = (/** @type {string} */ ext) => [...files].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSync(readFileSync(join(BUILD, f))).length, 0);
	const html = readFileSync(join(BUILD, lang, page, 'index.html'));
	return { js: gz('.js'), css: gz('.css'), html: html.length, htmlGzip: gzipSync(html).length, nodes };
}

/**
 * Together: time from a situation change to the updated DOM, and to the next layout, on one open card
 * (`#card=`, none: the first). The first card (pain soon) shows mean scores; harms and fractures show
 * icon arrays, the heaviest to redraw, so each is measured and reported with the arrays it had on screen.
 * @param {string | null} card
 */
async function rerender(card) {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
	const tab = await context.newPage();
	await tab.goto(`${ORIGIN}/en/together/#cause=osteoporotic&age=acute${card ? `&card=${card}` : ''}`);
	await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	const result = await tab.evaluate(async () => {
		const radios = ['osteoporotic', 'cancer'].map((v) => document.querySelector(`input[name$="-cause"][value="${v}"]`));
		/** @type {number[]} */
		const dom = [];
		/** @type {number[]} */
		const layout = [];
		/** Icon arrays in the open card (the deck keeps the other cards unbuilt or hidden). */
		const visibleArrays = () =>
			[...document.querySelectorAll('[role="tabpanel"]:not([hidden]) figure[data-chart="icon-array"]')].filter((f) => f.getClientRects().length > 0).length;
		/** @type {number[]} */
		const arrays = [];
		for (let i = 0; i < 50; i++) {
			const radio = /** @type {HTMLInputElement} */ (radios[(i + 1) % 2]);
			const start = performance.now();
			radio.click();
			await Promise.resolve();
			await new Promise((r) => queueMicrotask(() => r(undefined)));
			dom.push(performance.now() - start);
			void document.body.offsetHeight;
			layout.push(performance.now() - start);
			arrays.push(visibleArrays());
			await new Promise((r) => requestAnimationFrame(() => r(undefined)));
		}
		const mid = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
		return { domMs: mid(dom), layoutMs: mid(layout), arrays: `${Math.min(...arrays)}–${Math.max(...arrays)}` };
	});
	const open = await tab.evaluate(() => document.querySelector('[role="tabpanel"]:not([hidden])')?.getAttribute('data-card') ?? null);
	await context.close();
	return { card: open ?? card ?? 'first', ...result };
}

/** @param {string} url @param {number} port */
async function lighthouseScores(url, port) {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
	});
	const c = result?.lhr.categories;
	return {
		performance: Math.round((c?.performance.score ?? 0) * 100),
		accessibility: Math.round((c?.accessibility.score ?? 0) * 100),
		bestPractices: Math.round((c?.['best-practices'].score ?? 0) * 100),
		seo: Math.round((c?.seo.score ?? 0) * 100),
		tbt: Math.round(result?.lhr.audits['total-blocking-time']?.numericValue ?? 0)
	};
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each figure's median over RUNS runs. @param {string} url @param {number} port */
async function medianScores(url, port) {
	/** @type {Record<string, number>[]} */
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await lighthouseScores(url, port));
	return /** @type {ReturnType<typeof lighthouseScores> extends Promise<infer T> ? T : never} */ (
		Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => /** @type {Record<string, number>} */ (r)[k]))]))
	);
}

/** @type {Row[]} */
const rows = [];
for (const lang of LANGS) for (const page of PAGES) rows.push({ lang, page: page || 'start', ...(await firstView(lang, page)) });

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
for (const row of rows) {
	if (quick && row.lang === 'ar') continue;
	const path = row.page === 'start' ? '' : row.page + '/';
	Object.assign(row, await medianScores(`${ORIGIN}/${row.lang}/${path}`, chrome.port));
	console.log(`lighthouse ${row.lang}/${row.page}: ${row.performance} / ${row.accessibility} / ${row.bestPractices} / ${row.seo}, TBT ${row.tbt} ms`);
}
await chrome.kill();

const timings = [await rerender(null), await rerender('harms'), await rerender('fractures')];
const grades = gradesByPage();
const jsOf = (/** @type {string} */ page) => rows.find((r) => r.lang === 'en' && r.page === page)?.js ?? 0;
const chartsKb = Math.round(((jsOf('outcomes') - jsOf('values')) / 1024) * 10) / 10;
const localeChunks = Object.fromEntries(
	LOCALES.map(({ code: lang }) => {
		const size = NAMESPACES.filter((ns) => ns !== 'root').reduce((n, ns) => {
			try {
				return n + gzipSync(readFileSync(join(HERE, '..', '..', 'content', 'locales', lang, `${ns}.json`))).length;
			} catch {
				return n;
			}
		}, 0);
		return [lang, size];
	})
);
await browser.close();
server.close();

const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
const ok = (/** @type {number} */ value, /** @type {number} */ budget, /** @type {boolean} */ higherIsBetter) => (higherIsBetter ? value >= budget : value <= budget) ? '✓' : '✗ over budget';
const lines = [
	'# Benchmark report',
	'',
	`Measured ${new Date().toISOString()} on ${process.platform}, Node ${process.version}, ${chromePath}. Lighthouse ${JSON.parse(readFileSync(join('node_modules', 'lighthouse', 'package.json'), 'utf8')).version}, mobile preset (simulated throttling).`,
	'',
	'## Pages',
	'',
	`Lighthouse figures are the median of ${RUNS} runs per page.${NOTE ? ` ${NOTE}` : ''}`,
	'',
	'| page | perf (≥ 98) | a11y (= 100) | best practices (= 100) | SEO (= 100) | TBT (≤ 200 ms) | JS gzip first view (≤ 80 KB) | CSS gzip | HTML | HTML gzip (start ≤ 14 KB) | DOM nodes after load |',
	'|---|---|---|---|---|---|---|---|---|---|---|',
	...rows.map(
		(r) =>
			`| ${r.lang}/${r.page} | ${r.performance ?? '–'} ${r.performance === undefined ? '' : ok(r.performance, BUDGET.performance, true)} | ${r.accessibility ?? '–'} ${r.accessibility === undefined ? '' : ok(r.accessibility, BUDGET.accessibility, true)} | ${r.bestPractices ?? '–'} ${r.bestPractices === undefined ? '' : ok(r.bestPractices, BUDGET.bestPractices, true)} | ${r.seo ?? '–'} ${r.seo === undefined ? '' : ok(r.seo, BUDGET.seo, true)} | ${r.tbt === undefined ? '–' : `${r.tbt} ms ${ok(r.tbt, BUDGET.tbtMs, false)}`} | ${kb(r.js)} ${ok(r.js, BUDGET.jsGzip, false)} | ${kb(r.css)} | ${kb(r.html)} | ${kb(r.htmlGzip)}${r.page === 'start' ? ` ${ok(r.htmlGzip, BUDGET.htmlStartGzip, false)}` : ''} | ${r.nodes} |`
	),
	'',
	'## Together re-render after a situation change (median of 50, DOM ≤ 8 ms)',
	'',
	'| open card | icon arrays on screen after the change | DOM updated | DOM updated and laid out |',
	'|---|---|---|---|',
	...timings.map(
		(t) => `| ${t.card} | ${t.arrays} | ${t.domMs.toFixed(2)} ms ${ok(t.domMs, BUDGET.rerenderMs, false)} | ${t.layoutMs.toFixed(2)} ms ${ok(t.layoutMs, BUDGET.rerenderMs, false)} |`
	),
	'',
	'## Charts and languages',
	'',
	`- JS the charts add to a page (outcomes minus values page, first view): ${chartsKb} KB gzip`,
	`- Text resources per language (gzip, all namespaces; a page loads only the keys its own code asks for, cut at build time): ${Object.entries(localeChunks).map(([l, b]) => `${l} ${kb(b)}`).join(', ')}`,
	'',
	'## Reading grade of the English text (Flesch–Kincaid, ≤ 8)',
	'',
	'| page | grade |',
	'|---|---|',
	...Object.entries(grades).map(([p, g]) => `| ${p} | ${g} ${ok(g, BUDGET.grade, false)} |`),
	''
];
writeFileSync(join(HERE, 'report.md'), lines.join('\n'));
writeFileSync(join(HERE, 'report.json'), JSON.stringify({ budget: BUDGET, pages: rows, rerender: timings, chartsKb, localeChunks, grades }, null, 2));
console.log(lines.join('\n'));
