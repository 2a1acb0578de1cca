import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { evidenceCheck } from './src/lib/evidence/vite-plugin.ts';
import { sourceFacts } from './src/lib/evidence/source-facts-plugin.ts';
import { aboutEvidence } from './src/lib/evidence/about-data-plugin.ts';
import { knowledgeFacts } from './src/lib/decision/knowledge-facts-plugin.ts';
import { localeCheck, pageText } from './src/lib/i18n/vite-plugin.ts';

const STATE_TESTS = 'src/**/*.svelte.test.ts';

export default defineConfig({
	// The build fails on a malformed content file or an incomplete translation, naming file, entry and field.
	plugins: [evidenceCheck(), localeCheck(), pageText(), sourceFacts(), knowledgeFacts(), aboutEvidence(), sveltekit()],
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
	define: { __PUBLIC_SITE_ORIGIN__: JSON.stringify(process.env.PUBLIC_SITE_ORIGIN ?? '') },
	test: {
		setupFiles: ['tests/support/property-tests.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: [STATE_TESTS],
					environment: 'node'
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
