// The project's Vite config plus a reporter that records, for every client chunk, the rendered bytes of
// each module in it (for tests/bench/breakdown.js). SvelteKit's client build reloads this file.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import config from '../../vite.config.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.svelte-kit', 'chunk-modules.json');

const reporter: Plugin = {
	name: 'sfc-chunk-modules',
	generateBundle(options, bundle) {
		if (!String(options.dir ?? '').includes(join('output', 'client'))) return;
		const chunks: Record<string, Record<string, number>> = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
		for (const out of Object.values(bundle)) {
			if (out.type !== 'chunk') continue;
			chunks[out.fileName] = Object.fromEntries(
				Object.entries(out.modules).map(([id, m]) => [relative(ROOT, id.replace(/^\0/, '')) || id, m.renderedLength])
			);
		}
		writeFileSync(OUT, JSON.stringify(chunks));
	}
};

export default { ...config, plugins: [...(config.plugins ?? []), reporter] };
