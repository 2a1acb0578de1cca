import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Source } from './types.ts';

/** What a chart needs to know about each of its sources, without shipping the bibliography. */
export type SourceFacts = Record<string, Pick<Source, 'design' | 'industryFunded'>>;

export const SOURCE_FACTS_ID = 'virtual:sfc/source-facts';
const RESOLVED = `\0${SOURCE_FACTS_ID}`;

/** Design and device-maker funding per source id, read from `content/evidence/sources.json`. */
export function sourceFactsOf(sources: readonly Pick<Source, 'id' | 'design' | 'industryFunded'>[]): SourceFacts {
	return Object.fromEntries(sources.map((s) => [s.id, { design: s.design, industryFunded: s.industryFunded }]));
}

/**
 * Serves `virtual:sfc/source-facts`: every chart carries `data-design` and `data-funded` (DESIGN.md §4),
 * but sources.json (6 KB gzip) loads only with a provenance panel, so charts get this ~0.5 KB digest.
 */
export function sourceFacts(rootDir: string = process.cwd()): Plugin {
	const file = join(rootDir, 'content/evidence/sources.json');
	return {
		name: 'sfc-source-facts',
		resolveId: (id) => (id === SOURCE_FACTS_ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(file);
			const facts = sourceFactsOf(JSON.parse(readFileSync(file, 'utf8')) as Source[]);
			return `export default ${JSON.stringify(facts)};`;
		}
	};
}
