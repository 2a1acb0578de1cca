import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES, NAMESPACES } from './locales';
import { formatLocaleProblem } from './completeness';
import { checkLocalesDir, localeCheck } from './vite-plugin';

let root = '';

/** A project whose every language has every file, each with one sentence. */
function project(): string {
	root = mkdtempSync(join(tmpdir(), 'sfc-locales-'));
	for (const { code } of LOCALES) {
		mkdirSync(join(root, 'content', 'locales', code), { recursive: true });
		for (const ns of NAMESPACES) writeFileSync(join(root, 'content', 'locales', code, `${ns}.json`), '{ "hello": "Hello {{name}}" }\n');
	}
	return root;
}
const locales = (...parts: string[]) => join(root, 'content', 'locales', ...parts);
const lines = () => checkLocalesDir(root).problems.map(formatLocaleProblem);

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the locale check', () => {
	it('passes a complete set of languages', () => {
		expect(checkLocalesDir(project())).toEqual({ problems: [], ignored: [] });
	});

	it('ignores a stray file or an unlisted folder in content/locales/, by name, instead of crashing', () => {
		project();
		writeFileSync(locales('flat.json'), '{}');
		mkdirSync(locales('pt-BR'));
		expect(checkLocalesDir(root)).toEqual({ problems: [], ignored: ['flat.json', 'pt-BR'] });
	});

	it('reports a language of LOCALES without a folder, and a missing file', () => {
		project();
		rmSync(locales('vi'), { recursive: true });
		rmSync(locales('ar', 'charts.json'));
		expect(lines()).toEqual([
			'content/locales/vi/: is missing: every language in LOCALES needs a folder',
			'content/locales/ar/charts.json: is missing'
		]);
	});

	it('names the file that is not valid JSON', () => {
		project();
		writeFileSync(locales('fr', 'common.json'), '{ "hello": ');
		expect(lines()).toEqual([expect.stringMatching(/^content\/locales\/fr\/common\.json: is not valid JSON \(.+\)$/)]);
	});

	it('fails the build with one line per problem and warns about what it ignored', () => {
		project();
		writeFileSync(locales('notes.txt'), 'scratch');
		writeFileSync(locales('es', 'glossary.json'), '{ "hello": "Hola" }');
		const warnings: string[] = [];
		const plugin = localeCheck(root);
		const buildStart = plugin.buildStart as (this: { warn(message: string): void }) => void;
		expect(() => buildStart.call({ warn: (message) => warnings.push(message) })).toThrow(
			'1 translation problem(s):\ncontent/locales/es/glossary.json › hello: has placeholders {} but English has {name}'
		);
		expect(warnings).toEqual(['content/locales/notes.txt is not a language in LOCALES (src/lib/i18n/locales.ts); ignored']);
	});
});
