import type { Plugin } from 'vite';
import { formatProblem } from './problem.ts';
import { validateContentDir } from './validate-dir.ts';

/** Fails the build (and dev start) when the evidence content has problems, naming each file and field. */
export function evidenceCheck(rootDir: string = process.cwd()): Plugin {
	return {
		name: 'sfc-evidence-check',
		buildStart() {
			const lines = validateContentDir(rootDir).map(formatProblem);
			if (lines.length === 0) return;
			for (const line of lines) console.error(line);
			throw new Error(`Evidence content has ${lines.length} problem(s):\n${lines.join('\n')}`);
		}
	};
}
