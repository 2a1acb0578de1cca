import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleText, keysInSource, patternMatcher, planPageText } from './page-text';
import { textBundleOf } from './bundles';

const patterns = (code: string) => keysInSource(code, 'x.svelte').uses.map((u) => u.pattern);

describe('keysInSource', () => {
	it('reads spelled-out keys, with the default namespace', () => {
		expect(patterns(`t('shell.skip'); tr.t("evidence:gap.noEvidence", { n: 1 })`)).toEqual(
			expect.arrayContaining(['common:shell.skip', 'evidence:gap.noEvidence'])
		);
	});
	it('turns a template key into a family, one segment per ${…}', () => {
		expect(patterns('t(`options.${id}.name`)')).toContain('common:options.*.name');
		expect(patterns('<Bi key="grid.questions.{question}" />')).toContain('common:grid.questions.*');
	});
	it('reads both keys of a choice, and keys passed to components as quoted props', () => {
		const found = keysInSource(`t(open ? 'charts:table.hide' : 'charts:table.show'); <ClearAnswers label="clear.button" />`, 'x.svelte');
		expect(found.undeclared).toEqual([]);
		expect(found.uses.map((u) => u.pattern)).toEqual(expect.arrayContaining(['charts:table.hide', 'charts:table.show', 'common:clear.button']));
	});
	it('refuses a key the code does not spell out, unless the file declares its family', () => {
		expect(keysInSource('t(label)', 'a.svelte').undeclared).toEqual([{ file: 'a.svelte', line: 1, call: 't(label)' }]);
		expect(keysInSource('\n t(`evidence:${note}`)', 'a.svelte').undeclared).toEqual([{ file: 'a.svelte', line: 2, call: 't(`evidence:*`)' }]);
		expect(keysInSource('<Bi key="evidence:{q.text}" />', 'a.svelte').undeclared).toHaveLength(1);
		const declared = keysInSource('// text-keys: evidence:notes.*, costLabels.*\nt(`evidence:${note}`)', 'a.svelte');
		expect(declared.undeclared).toEqual([]);
		expect(declared.uses.map((u) => u.pattern)).toEqual(['evidence:notes.*', 'common:costLabels.*']);
		expect(keysInSource('// text-keys: callers (quoted where used)\nt(key)', 'a.svelte')).toEqual({ uses: [], undeclared: [] });
	});
	it('leaves the hand-off namespace alone (it loads whole)', () => {
		expect(patterns(`t('handoff:copy')`)).toEqual([]);
	});
});

describe('patternMatcher', () => {
	it('covers plural and context forms and what is nested below', () => {
		const m = patternMatcher('common:a.*.c');
		expect(['common:a.x.c', 'common:a.x.c_one', 'common:a.x.c_few', 'common:a.x.c.deeper'].every((k) => m.test(k))).toBe(true);
		expect(['common:a.x.d', 'common:a.x.y.c', 'evidence:a.x.c', 'common:a.x.cc'].some((k) => m.test(k))).toBe(false);
	});
});

describe('planPageText', () => {
	const project = (files: Record<string, string>) => {
		const root = mkdtempSync(join(tmpdir(), 'page-text-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return root;
	};
	const english = { common: { shell: { skip: 'Skip' }, a: { title: 'A', unused: 'No' }, b: { title: 'B', items: { x: 'X', y: 'Y' } } } };
	const routes = 'src/routes/[lang=locale]';

	it('gives each page the keys of its own import graph, and the shell the layout’s', () => {
		const root = project({
			[`${routes}/+layout.svelte`]: `<script>import Nav from '$lib/Nav.svelte';</script>`,
			'src/lib/Nav.svelte': `{t('shell.skip')}`,
			[`${routes}/+page.svelte`]: `{t('a.title')}`,
			[`${routes}/b/+page.svelte`]: `<script>import Item from './Item.svelte';</script>{t('b.title')}{t('shell.skip')}`,
			[`${routes}/b/Item.svelte`]: '{t(`b.items.${id}`)}'
		});
		const plan = planPageText(root, english);
		expect(plan.problems).toEqual([]);
		expect([...plan.keys.shell]).toEqual(['common:shell.skip']);
		expect([...plan.keys.start]).toEqual(['common:a.title']);
		expect([...plan.keys.b].sort()).toEqual(['common:b.items.x', 'common:b.items.y', 'common:b.title']);
		// Another language is cut by the same patterns, keeping its own plural forms; the shell's keys are left out.
		const arabic = { common: { shell: { skip: 'تخطَّ' }, b: { title: 'ب', title_few: 'ب', items: { x: 'س' } }, a: { title: 'أ' } } };
		expect(bundleText(plan, 'b', arabic)).toEqual({ common: { b: { title: 'ب', title_few: 'ب', items: { x: 'س' } } } });
	});

	it('gives a part loaded with withText() its own bundle, left out of the page’s, and a nested page its own (server-only without JavaScript)', () => {
		const root = project({
			[`${routes}/+layout.svelte`]: `{t('shell.skip')}`,
			[`${routes}/b/+page.svelte`]: `<script>const load = () => withText(i18n, 'Items', () => import('./Items.svelte'));</script>{t('b.title')}`,
			[`${routes}/b/Items.svelte`]: '{t(`b.items.${id}`)}{t(\'shell.skip\')}',
			[`${routes}/b/[id]/+page.svelte`]: `<script>import Items from '../Items.svelte';</script>`,
			[`${routes}/b/[id]/+page.ts`]: 'export const csr = false;'
		});
		const plan = planPageText(root, english);
		expect(plan.problems).toEqual([]);
		expect([...plan.keys.b]).toEqual(['common:b.title']);
		expect([...plan.keys.Items].sort()).toEqual(['common:b.items.x', 'common:b.items.y']);
		expect([...plan.keys['b.id']].sort()).toEqual(['common:b.items.x', 'common:b.items.y']);
		// A page sent without JavaScript: its bundle is for the server render only.
		expect(plan.serverOnly).toEqual(['b.id']);
	});

	it('refuses a part named like a page', () => {
		const root = project({
			[`${routes}/+layout.svelte`]: '',
			[`${routes}/b/+page.svelte`]: `<script>withText(i18n, 'b', () => import('./Items.svelte'));</script>`,
			[`${routes}/b/Items.svelte`]: `{t('a.title')}`
		});
		expect(planPageText(root, english).problems).toEqual([expect.stringMatching(/^part b \(src\/routes\/\[lang=locale\]\/b\/\+page.svelte\): the name is already a page/)]);
	});

	it('fails, naming page and key, on a key English lacks or an undeclared dynamic key', () => {
		const root = project({
			[`${routes}/+layout.svelte`]: '',
			[`${routes}/+page.svelte`]: `{t('a.missing')}`,
			[`${routes}/b/+page.svelte`]: `{t(label)}`
		});
		const { problems } = planPageText(root, english);
		expect(problems).toEqual([
			expect.stringMatching(/^page start: key "common:a.missing" \(src\/routes\/\[lang=locale\]\/\+page.svelte:1\) is not in its bundle/),
			expect.stringMatching(/^page b: src\/routes\/\[lang=locale\]\/b\/\+page.svelte:1 t\(label\) asks for a key the code does not spell out/)
		]);
	});
});

describe('textBundleOf', () => {
	it('names a route’s bundle by its path below the language', () => {
		expect(textBundleOf('/[lang=locale]')).toBe('start');
		expect(textBundleOf(null)).toBe('start');
		expect(textBundleOf('/[lang=locale]/outcomes')).toBe('outcomes');
		expect(textBundleOf('/[lang=locale]/outcomes/[situation]')).toBe('outcomes.situation');
	});
});
