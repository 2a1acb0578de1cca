import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const DIGEST = '\0sfc-knowledge-facts';
const READER = '/src/lib/decision/knowledge.ts';

/**
 * The knowledge check quotes a handful of estimates: in the browser build, `knowledge.ts` gets just
 * those from `content/evidence/estimates.json` (about 0.3 KB instead of the whole evidence, ~6 KB gzip,
 * on the check page). Plain Node (the unit tests) still reads the whole file.
 */
export function knowledgeFacts(rootDir: string = process.cwd()): Plugin {
	const estimatesFile = join(rootDir, 'content/evidence/estimates.json');
	const questionsFile = join(rootDir, 'content/knowledge.json');
	return {
		name: 'sfc-knowledge-facts',
		enforce: 'pre',
		resolveId(id, importer) {
			if (id.endsWith('content/evidence/estimates.json') && importer?.replaceAll('\\', '/').endsWith(READER)) return DIGEST;
			return undefined;
		},
		load(id) {
			if (id !== DIGEST) return undefined;
			this.addWatchFile(estimatesFile);
			this.addWatchFile(questionsFile);
			const cited = new Set((JSON.parse(readFileSync(questionsFile, 'utf8')) as { fact: string | null }[]).map((q) => q.fact));
			const estimates = (JSON.parse(readFileSync(estimatesFile, 'utf8')) as { id: string }[]).filter((e) => cited.has(e.id));
			return `export default ${JSON.stringify(estimates)};`;
		}
	};
}
