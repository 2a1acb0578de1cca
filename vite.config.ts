import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { evidenceCheck } from './src/lib/evidence/vite-plugin.ts';
import { sourceFacts } from './src/lib/evidence/source-facts-plugin.ts';
import { localeCheck } from './src/lib/i18n/vite-plugin.ts';

export default defineConfig({
	// The build fails on a malformed content file or an incomplete translation, naming file, entry and field.
	plugins: [evidenceCheck(), localeCheck(), sourceFacts(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
