import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { evidenceCheck } from './src/lib/evidence/vite-plugin.ts';
import { sourceFacts } from './src/lib/evidence/source-facts-plugin.ts';
import { aboutEvidence } from './src/lib/evidence/about-data-plugin.ts';
import { knowledgeFacts } from './src/lib/decision/knowledge-facts-plugin.ts';
import { localeCheck, pageText } from './src/lib/i18n/vite-plugin.ts';
import { intlTables } from './src/lib/i18n/intl-table-plugin.ts';
import { NOT_FOUND_PAGE } from './svelte.config.js';

const STATE_TESTS = 'src/**/*.svelte.test.ts';

export default defineConfig({
	// The build fails on a malformed content file or an incomplete translation, naming file, entry and field.
	plugins: [evidenceCheck(), localeCheck(), pageText(), sourceFacts(), knowledgeFacts(), aboutEvidence(), intlTables(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'framework', test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|i18next|devalue|esm-env|clsx)[\\/]/ },
						{ name: 'shell', test: /src[\\/]routes[\\/]\[lang=locale\][\\/]\+layout\.(svelte|ts)$/ }
					]
				}
			}
		}
	},
	// The site's public address for hand-off links, fixed at build time. Read from the environment, not
	// `$env/static/public`, which fails the build when the variable is unset and would need a `.env` file.
	// The adapter's fallback page is not in `$service-worker`'s lists; the worker gets its name from the config.
	define: {
		__PUBLIC_SITE_ORIGIN__: JSON.stringify(process.env.PUBLIC_SITE_ORIGIN ?? ''),
		__NOT_FOUND_PAGE__: JSON.stringify(NOT_FOUND_PAGE)
	},
	test: {
		setupFiles: ['tests/support/property-tests.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: [STATE_TESTS],
					environment: 'node',
					// Pure modules and no mocks: one worker may run many files, which saves a process start
					// (about 0.5 s on a 2-core machine) per file.
					isolate: false
				}
			},
			// State classes (`*.svelte.ts`) compiled for the browser, so their effects run.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'state', include: [STATE_TESTS], environment: './tests/support/client-environment.ts' }
			}
		]
	}
});
