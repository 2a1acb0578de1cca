// `npm test`: type checks, unit tests, a production build and the browser tests, then one closing
// line "N passed, N failed" counted over all of them. The type check (one core, no output until it
// ends) runs beside the unit tests and the build; the browser tests start once all three are done.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'sfc-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} */
const failedSteps = [];
/** Each step's wall time, printed at the end: where a slow run spent it. @type {string[]} */
const timings = [];
const since = (/** @type {number} */ t0) => `${Math.round((Date.now() - t0) / 1000)} s`;

/**
 * @param {string} name @param {string} command @param {string[]} args @param {Record<string, string>} [env]
 */
function step(name, command, args, env = {}) {
	console.log(`\n▶ ${name}`);
	const t0 = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	timings.push(`${name}: ${since(t0)}`);
	if (result.status !== 0) failedSteps.push(name);
	return result.status === 0;
}

/**
 * Starts a step in the background, its output kept in a file and printed when it ends.
 * @param {string} name @param {string} command @param {string[]} args @returns {Promise<boolean>}
 */
function background(name, command, args) {
	const log = join(scratch, `${name.replace(/\W+/g, '-')}.log`);
	const fd = openSync(log, 'w');
	const t0 = Date.now();
	const child = spawn(command, args, { stdio: ['ignore', fd, fd] });
	closeSync(fd);
	return new Promise((resolve) => {
		child.on('close', (status) => {
			timings.push(`${name} (beside the next steps): ${since(t0)}`);
			console.log(`\n▶ ${name}`);
			process.stdout.write(readFileSync(log, 'utf8'));
			if (status !== 0) failedSteps.push(name);
			resolve(status === 0);
		});
	});
}

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

/**
 * Browser time per spec file (summed over its tests and both workers), longest first.
 * @param {any} report Playwright's JSON report @returns {[string, number][]}
 */
function specTimes(report) {
	/** @type {Map<string, number>} */
	const perFile = new Map();
	/** @param {any} suite */
	const walk = (suite) => {
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests ?? [])
				for (const r of t.results ?? []) perFile.set(spec.file, (perFile.get(spec.file) ?? 0) + (r.duration ?? 0));
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of report.suites ?? []) walk(suite);
	return [...perFile].sort((a, b) => b[1] - a[1]);
}

const bin = (/** @type {string} */ name) => join('node_modules', '.bin', name);

if (!step('Chromium for the browser tests', process.execPath, ['tests/support/ensure-chromium.js'])) {
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}

const synced = step('Generated types (svelte-kit sync)', bin('svelte-kit'), ['sync']);
const typeCheck = synced
	? background('Type check (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'])
	: Promise.resolve(false);

const vitestJson = join(scratch, 'vitest.json');
step('Unit tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = readJson(vitestJson);
if (unit) {
	totals.passed += unit.numPassedTests ?? 0;
	totals.failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
	totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else totals.failed += 1;

const built = step('Production build', bin('vite'), ['build']);
totals[(await typeCheck) ? 'passed' : 'failed'] += 1;
if (!built || !existsSync('build/en/index.html')) totals.failed += 1;
else {
	const pwJson = join(scratch, 'playwright.json');
	step('Browser tests (Playwright)', bin('playwright'), ['test', '-c', 'tests/playwright.config.ts'], { PW_JSON: pwJson });
	const browser = readJson(pwJson);
	if (browser?.stats) {
		totals.passed += browser.stats.expected ?? 0;
		totals.failed += (browser.stats.unexpected ?? 0) + (browser.stats.flaky ?? 0);
		totals.skipped += browser.stats.skipped ?? 0;
		timings.push(...specTimes(browser).map(([file, ms]) => `  ${file}: ${Math.round(ms / 1000)} s of browser time`));
	} else totals.failed += 1;
}

const seconds = Math.round((Date.now() - started) / 1000);
if (failedSteps.length) console.log(`\nFailed steps: ${[...new Set(failedSteps)].join(', ')}`);
console.log(`\n${timings.join('\n')}\nWhole suite took ${seconds} s.`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && failedSteps.length === 0 ? 0 : 1);
