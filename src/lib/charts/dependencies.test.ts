/**
 * The dependency runs one way: components use charts, charts never use components. A chart may
 * import only other chart files, the i18n layer, the evidence model and `content/` (tests), plus
 * packages. This reads every file under src/lib/charts/ and resolves each import it makes.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const LIB = resolve(import.meta.dirname, '..');
const ROOT = resolve(LIB, '..', '..');
const ALLOWED = ['lib/charts', 'lib/i18n', 'lib/evidence', 'content'].map((d) => resolve(ROOT, d.startsWith('lib') ? `src/${d}` : d));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

/** Every module specifier a file imports (static, side-effect, re-export and dynamic imports). */
export function importsOf(source: string): string[] {
	const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
	return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]));
}

/** The folder an import lands in, or null for a package (`svelte`, `d3-scale`, `node:fs`). */
function target(file: string, specifier: string): string | null {
	if (specifier.startsWith('$lib/')) return resolve(LIB, specifier.slice('$lib/'.length));
	if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
	if (specifier.startsWith('$')) return resolve(ROOT, 'src', specifier); // $app/…: not a chart's business
	return null;
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

function violations(file: string, source: string): string[] {
	return importsOf(source).filter((specifier) => {
		const path = target(file, specifier);
		return path !== null && !ALLOWED.some((dir) => inside(path, dir));
	});
}

describe('charts depend only on charts, i18n and evidence', () => {
	it('reads imports of every kind, and would catch a component import', () => {
		const sample = `import A from '$lib/components/BiText.svelte';\nimport './charts.css';\nexport { b } from "../components/x";\nconst c = import('$lib/decision/session');\nimport { scaleBand } from 'd3-scale';`;
		const here = join(LIB, 'charts', 'Sample.svelte');
		expect(importsOf(sample)).toEqual(['$lib/components/BiText.svelte', '../components/x', 'd3-scale', './charts.css', '$lib/decision/session']);
		expect(violations(here, sample)).toEqual(['$lib/components/BiText.svelte', '../components/x', '$lib/decision/session']);
	});

	// This file is left out: its sample above names component imports on purpose.
	const chartFiles = files(join(LIB, 'charts')).filter((f) => f !== import.meta.filename);
	it('finds the chart files', () => expect(chartFiles.length).toBeGreaterThan(10));
	for (const file of chartFiles) {
		it(relative(LIB, file), () => {
			const source = readFileSync(file, 'utf8');
			expect(source, 'no file under src/lib/charts/ imports $lib/components/').not.toMatch(/\$lib\/components\//);
			expect(violations(file, source)).toEqual([]);
		});
	}
});
