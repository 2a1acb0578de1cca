import type { Environment } from 'vitest/runtime';

/**
 * Node globals, but modules compiled for the browser: runes state classes (`*.svelte.ts`) then run
 * their effects, which the server build of Svelte leaves out. Used by the `state` test project (vite.config.ts).
 */
export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
} satisfies Environment;
