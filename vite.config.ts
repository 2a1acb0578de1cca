import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { evidenceCheck } from './src/lib/evidence/vite-plugin.ts';

export default defineConfig({
	// The build fails on a malformed content file, naming file, entry and field.
	plugins: [evidenceCheck(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
