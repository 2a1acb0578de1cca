// `npm test`: type checks, unit tests, a production build and the browser tests, in that order,
// then one closing line "N passed, N failed" counted over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'sfc-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} */
const failedSteps = [];

/**
 * @param {string} name @param {string} command @param {string[]} args @param {Record<string, string>} [env]
 */
function step(name, command, args, env = {}) {
	console.log(`\n▶ ${name}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) failedSteps.push(name);
	return result.status === 0;
}

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const bin = (/** @type {string} */ name) => join('node_modules', '.bin', name);

if (!step('Chromium for the browser tests', process.execPath, ['tests/support/ensure-chromium.js'])) {
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}

const checked = step('Generated types (svelte-kit sync)', bin('svelte-kit'), ['sync']) &&
	step('Type check (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']);
totals[checked ? 'passed' : 'failed'] += 1;

const vitestJson = join(scratch, 'vitest.json');
step('Unit tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = readJson(vitestJson);
if (unit) {
	totals.passed += unit.numPassedTests ?? 0;
	totals.failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
	totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else totals.failed += 1;

const built = step('Production build', bin('vite'), ['build']);
if (!built || !existsSync('build/en/index.html')) totals.failed += 1;
else {
	const pwJson = join(scratch, 'playwright.json');
	step('Browser tests (Playwright)', bin('playwright'), ['test', '-c', 'tests/playwright.config.ts'], { PW_JSON: pwJson });
	const browser = readJson(pwJson);
	if (browser?.stats) {
		totals.passed += browser.stats.expected ?? 0;
		totals.failed += (browser.stats.unexpected ?? 0) + (browser.stats.flaky ?? 0);
		totals.skipped += browser.stats.skipped ?? 0;
	} else totals.failed += 1;
}

const seconds = Math.round((Date.now() - started) / 1000);
if (failedSteps.length) console.log(`\nFailed steps: ${[...new Set(failedSteps)].join(', ')}`);
console.log(`\nWhole suite took ${seconds} s.`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && failedSteps.length === 0 ? 0 : 1);
