// @ts-nocheck -- a measuring script, run by hand; not part of the app or the tests
// `node tests/bench/longtasks.js [--profile] [lang/page …]`: the main-thread tasks of a first view, from a Chrome
// trace: each task's thread CPU time × 4 (what a phone four times slower would spend, as Lighthouse's mobile
// preset assumes — thread time, not wall time, so a busy machine does not inflate it), how many reach 50 ms, the
// longest with what it mostly did, and their blocking time (the part of each beyond 50 ms, summed, as TBT counts
// it). Lighthouse's own TBT on a loaded machine swings by hundreds of ms; this stays comparable before/after.
// With --profile, also the functions with the most self time (CPU profile, wall time).
// Serves build/ (build first); pages default to every page in en and ar.
import { chromium } from '@playwright/test';
import { startServer } from '../support/serve.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
import { PAGES } from '../../src/lib/decision/steps.ts';
import { join } from 'node:path';

const BUILD = process.env.BUILD_DIR ?? join(import.meta.dirname, '..', '..', 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4482);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const THROTTLE = 4;
const profile = process.argv.includes('--profile');
const verbose = process.argv.includes('--tasks');
const inclusive = process.argv.includes('--inclusive');
/** Functions to leave out of the profile's list (e.g. the framework's own, to see the app's). */
const skip = process.env.SKIP ? new RegExp(process.env.SKIP) : null;
const asked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = asked.length ? asked : ['en', 'ar'].flatMap((lang) => PAGES.map((p) => `${lang}/${p || 'start'}`));

const server = await startServer(PORT, BUILD);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Top-level main-thread tasks (ms) of one first view, and the CPU profile's hottest functions. */
async function measure(target) {
	const [lang, page] = target.split('/');
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	await cdp.send('Tracing.start', { categories: 'toplevel,v8.execute,blink.user_timing,loading,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame', transferMode: 'ReportEvents' });
	if (profile) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	await tab.goto(`${ORIGIN}/${lang}/${page === 'start' ? '' : page + '/'}`);
	await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await tab.waitForLoadState('networkidle');
	await tab.waitForTimeout(1500);
	const cpu = profile ? (await cdp.send('Profiler.stop')).profile : null;
	const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	await cdp.send('Tracing.end');
	await done;
	const nodes = await tab.evaluate(() => document.getElementsByTagName('*').length);
	await context.close();
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const onMain = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid);
	const tasks = onMain
		.filter((e) => e.name === 'RunTask')
		// Thread time (CPU the task used, not wall time) × the throttling: what a 4× slower phone would spend,
		// whatever else the machine is doing.
		.map((e) => ({ ms: ((e.tdur ?? e.dur) / 1000) * THROTTLE, wallMs: e.dur / 1000, at: e.ts, what: label(e, onMain) }))
		.sort((a, b) => b.ms - a.ms);
	// As TBT counts: tasks after the first contentful paint only (the first layout and paint come before it).
	const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? 0;
	const long = tasks.filter((t) => t.ms >= 50 && t.at >= fcp);
	return {
		target,
		nodes,
		long: long.length,
		longestMs: Math.round(long[0]?.ms ?? 0),
		blockingMs: Math.round(long.reduce((n, t) => n + t.ms - 50, 0)),
		top: long.slice(0, 5).map((t) => `${Math.round(t.ms)} (${t.what})`),
		hot: cpu ? hottest(cpu) : [],
		all: [...tasks].filter((t) => t.wallMs >= 4 || t.ms >= 16).sort((a, b) => a.at - b.at)
	};
}

/** What a task mostly did: its costliest direct kind of work (script by file, HTML parsing, layout…). */
function label(task, onMain) {
	const end = task.ts + task.dur;
	const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end && e.name !== 'RunTask');
	const cost = new Map();
	for (const e of inside) {
		const file = (e.args?.data?.url ?? '').split('/').pop();
		const key = ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule'].includes(e.name) ? `${e.name} ${file}` : e.name;
		if (['ParseHTML', 'Layout', 'UpdateLayoutTree', 'EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'Paint', 'MajorGC', 'MinorGC'].includes(e.name))
			cost.set(key, Math.max(cost.get(key) ?? 0, (e.tdur ?? e.dur) / 1000));
	}
	if (process.env.DUMP && task.dur > Number(process.env.DUMP) * 1000)
		for (const e of inside) if (e.dur > 1000) console.log(`      ${e.name} ${(e.dur / 1000).toFixed(1)} wall ${((e.tdur ?? 0) / 1000).toFixed(1)} cpu ${JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 140)}`);
	const [top] = [...cost].sort((a, b) => b[1] - a[1]);
	return top ? top[0] : 'other';
}

/** Functions by self time (ms), with their script and line. */
function hottest(cpu) {
	const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
	const parent = new Map();
	for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const name = (f) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
	const self = new Map();
	const total = new Map();
	const dt = cpu.timeDeltas;
	cpu.samples.forEach((id, i) => {
		const ms = (dt[i + 1] ?? 0) / 1000;
		const key = name(byId.get(id).callFrame);
		self.set(key, (self.get(key) ?? 0) + ms);
		const seen = new Set();
		for (let n = id; n !== undefined; n = parent.get(n)) seen.add(name(byId.get(n).callFrame));
		for (const k of seen) total.set(k, (total.get(k) ?? 0) + ms);
	});
	const top = (m, label) => [...m].filter(([k]) => !/^\((idle|root|program)\)/.test(k) && !(skip && skip.test(k))).sort((a, b) => b[1] - a[1]).slice(0, inclusive ? 40 : 15).map(([k, ms]) => `${label} ${ms.toFixed(1)} ms ${k}`);
	return inclusive ? top(total, 'total') : top(self, 'self');
}

console.log(`main-thread tasks of a first view: thread CPU time × ${THROTTLE} (a phone 4× slower, whatever the machine's load)`);
console.log('| page | DOM nodes | tasks ≥ 50 ms after FCP | longest | blocking (Σ over 50 ms) | longest five |');
console.log('|---|---|---|---|---|---|');
for (const target of targets) {
	const r = await measure(target);
	console.log(`| ${r.target} | ${r.nodes} | ${r.long} | ${r.longestMs} ms | ${r.blockingMs} ms | ${r.top.join(', ')} |`);
	for (const line of r.hot) console.log(`    ${line}`);
	if (verbose) for (const t of r.all) console.log(`    task: ×4 thread ${Math.round(t.ms)} ms, wall ${Math.round(t.wallMs)} ms, ${t.what}`);
}
await browser.close();
server.close();
