import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Source } from './types.ts';

/** What a chart needs to know about each of its sources, without shipping the bibliography. */
export type SourceFacts = Record<string, Pick<Source, 'design' | 'industryFunded'>>;

const SOURCE_FACTS_ID = 'virtual:sfc/source-facts';
const RESOLVED = `\0${SOURCE_FACTS_ID}`;
const DIGEST = '\0sfc-source-digest';
/** Modules that read only a few fields of each source, and get just those in the browser build. */
const DIGEST_READERS = ['/src/lib/evidence/questions.ts'];

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
	const read = () => JSON.parse(readFileSync(file, 'utf8')) as Source[];
	return {
		name: 'sfc-source-facts',
		enforce: 'pre',
		resolveId(id, importer) {
			if (id === SOURCE_FACTS_ID) return RESOLVED;
			// The question selector needs id, funding and size of each source, not the bibliography: the
			// browser gets those fields only (plain Node, e.g. the Playwright specs, still reads the file).
			const normalised = importer?.replaceAll('\\', '/');
			if (id.endsWith('content/evidence/sources.json') && DIGEST_READERS.some((r) => normalised?.endsWith(r))) return DIGEST;
			return undefined;
		},
		load(id) {
			if (id !== RESOLVED && id !== DIGEST) return undefined;
			this.addWatchFile(file);
			if (id === RESOLVED) return `export default ${JSON.stringify(sourceFactsOf(read()))};`;
			const digest = read().map(({ id, design, industryFunded, participants }) => ({ id, design, industryFunded, participants }));
			return `export default ${JSON.stringify(digest)};`;
		}
	};
}
