// @ts-nocheck -- a measuring script, run by hand; not part of the app or the tests
// `node tests/bench/breakdown.js [--no-build]`: where the first-view JavaScript goes. Builds with a
// reporter that records each client chunk's modules (rendered bytes), opens every page in en and ar in
// a fresh context, and splits the gzip bytes of the chunks it loads by module group (a chunk's gzip
// size shared out in proportion to its modules' rendered bytes). Prints a table; writes breakdown.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { startServer } from '../support/serve.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
import { PAGES } from '../../src/lib/decision/steps.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4481);
const CHUNKS = join(ROOT, '.svelte-kit', 'chunk-modules.json');

/** Module id → group name (first match wins). */
const GROUPS = [
	['svelte', /node_modules\/svelte\//],
	['kit', /node_modules\/@sveltejs\/kit\/|\.svelte-kit\/generated|__sveltekit|vite\/|\0/],
	['i18next', /node_modules\/i18next\//],
	['text', /content\/locales\/|sfc-text/],
	['d3', /node_modules\/(d3-|internmap)/],
	['qrcode', /node_modules\/lean-qr/],
	['valibot', /node_modules\/valibot/],
	['evidence', /content\/evidence|src\/lib\/evidence\//],
	['charts', /src\/lib\/charts\//],
	['decision', /src\/lib\/decision\//],
	['i18n', /src\/lib\/i18n\//],
	['components', /src\/lib\/components\//],
	['routes', /src\/routes\//],
	['other', /./]
];
const groupOf = (id) => GROUPS.find(([, re]) => re.test(id))[0];

if (!process.argv.includes('--no-build')) {
	const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '-c', join(import.meta.dirname, 'breakdown.config.ts')], { stdio: 'inherit', cwd: ROOT });
	if (run.status !== 0) process.exit(run.status ?? 1);
}
const chunks = JSON.parse(readFileSync(CHUNKS, 'utf8'));

const server = await startServer(PORT, BUILD);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows = [];
for (const lang of ['en', 'ar'])
	for (const page of PAGES) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const tab = await context.newPage();
		const files = new Set();
		tab.on('response', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.endsWith('.js')) files.add(path);
		});
		await tab.goto(`http://127.0.0.1:${PORT}/${lang}/${page ? page + '/' : ''}`);
		await tab.waitForLoadState('networkidle');
		await context.close();
		const groups = {};
		const modules = {};
		let total = 0;
		for (const file of files) {
			const gz = gzipSync(readFileSync(join(BUILD, file))).length;
			total += gz;
			const mods = chunks[file.replace(/^\/_app\//, '_app/')] ?? chunks[file.slice(1)] ?? { [file]: 1 };
			const raw = Object.values(mods).reduce((a, b) => a + b, 0) || 1;
			for (const [id, len] of Object.entries(mods)) {
				const share = (gz * len) / raw;
				groups[groupOf(id)] = (groups[groupOf(id)] ?? 0) + share;
				modules[id] = (modules[id] ?? 0) + share;
			}
		}
		rows.push({ lang, page: page || 'start', total, files: files.size, groups, modules });
	}
await browser.close();
server.close();

const kb = (b) => (b / 1024).toFixed(1);
const names = GROUPS.map(([g]) => g).filter((g) => rows.some((r) => (r.groups[g] ?? 0) > 0));
console.log(`| page | total KB | files | ${names.join(' | ')} |`);
console.log(`|---|---|---|${names.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.lang}/${r.page} | ${kb(r.total)} | ${r.files} | ${names.map((g) => kb(r.groups[g] ?? 0)).join(' | ')} |`);
if (process.argv.includes('--top')) for (const r of rows.filter((r) => r.lang === 'en')) {
	console.log(`\n${r.lang}/${r.page} top modules (KB gzip, approx.):`);
	for (const [id, b] of Object.entries(r.modules).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))) console.log(`  ${kb(b)}  ${id}`);
}
writeFileSync(join(import.meta.dirname, 'breakdown.json'), JSON.stringify(rows.map(({ modules, ...r }) => r), null, 2));
