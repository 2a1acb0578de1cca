import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/chromium.js';

const PORT = Number(process.env.PW_PORT ?? 4319);

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 5_000 },
	reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
		serviceWorkers: 'block',
		trace: 'off'
	},
	webServer: {
		command: `node support/serve.js ${PORT} ../build`,
		cwd: import.meta.dirname,
		url: `http://127.0.0.1:${PORT}/en/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
