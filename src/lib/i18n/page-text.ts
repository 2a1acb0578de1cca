/**
 * Text per page, not per language: which translation keys each page's code can ask for, found at build
 * time by reading the code (no runtime tracing), and the cut of every language's resources to those keys.
 *
 * How a file's keys are found:
 * - `t('ns:a.b')` / `t("a.b")`: that key (default namespace `common`); it must exist in English.
 * - ``t(`a.${x}.c`)``: the family `a.*.c` (`*` is one key segment).
 * - any other quoted string in the file that names an English key or subtree with a dot (`key="deck.next"`
 *   passed to a component that calls `t(key)`, a constant list of keys): that key or subtree.
 * - a call whose key the code does not spell out (``t(label)``, ``t(`evidence:${note}`)``) must be
 *   declared in the same file with a comment `text-keys: <pattern>, <pattern>` (patterns as above), or
 *   `text-keys: callers` when the keys are quoted by the code that passes them in (found by the rule above).
 * A pattern also covers i18next's plural and context forms (`key_one`, `key_few`) and anything nested below it.
 *
 * Pure Node (fs only), so the unit test and the Vite plugin share it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { flatten, type Tree } from './tree.ts';
import { textBundleOf } from './bundles.ts';

/** Namespaces cut per page. `handoff` loads whole, on demand, once a hand-off is drawn or received. */
export const PAGE_NAMESPACES = ['common', 'glossary', 'evidence', 'charts'] as const;
const DEFAULT_NS = 'common';
const DECLARATION = /text-keys:\s*([^\n]*?)\s*(?:-->|\*\/|$)/gm;

interface KeyUse {
	/** `ns:dotted.key` or `ns:a.*.c`. */
	pattern: string;
	file: string;
	line: number;
	/** Spelled out in a `t()` call, so it must exist; candidates found elsewhere may match nothing. */
	required: boolean;
}

export interface FileKeys {
	uses: KeyUse[];
	/** `t()` calls whose key is not spelled out and that no `text-keys:` comment covers. */
	undeclared: { file: string; line: number; call: string }[];
}

const lineOf = (code: string, index: number) => code.slice(0, index).split('\n').length;

/** `a.b` → `common:a.b`; `evidence:a.b` stays; a namespace outside PAGE_NAMESPACES gives null (not cut). */
function qualify(key: string): string | null {
	const colon = key.indexOf(':');
	if (colon < 0) return `${DEFAULT_NS}:${key}`;
	const ns = key.slice(0, colon);
	return (PAGE_NAMESPACES as readonly string[]).includes(ns) ? key : null;
}

/** Reads a template literal starting at `code[start] === '`'`; returns its text with each `${…}` as `*`, and its end. */
function readTemplate(code: string, start: number): { pattern: string; end: number } {
	let i = start + 1;
	let out = '';
	while (i < code.length && code[i] !== '`') {
		if (code[i] === '$' && code[i + 1] === '{') {
			let depth = 1;
			i += 2;
			while (i < code.length && depth > 0) {
				if (code[i] === '{') depth++;
				else if (code[i] === '}') depth--;
				i++;
			}
			out += '*';
		} else out += code[i++];
	}
	return { pattern: out, end: i + 1 };
}

/** The argument text of a call from `start` (just after `(`) to its first top-level `,` or `)`. */
function readArgument(code: string, start: number): string {
	let depth = 0;
	let i = start;
	for (; i < code.length; i++) {
		const c = code[i];
		if (c === '(' || c === '[' || c === '{') depth++;
		else if (c === ')' || c === ']' || c === '}') {
			if (depth === 0) break;
			depth--;
		} else if (c === ',' && depth === 0) break;
	}
	return code.slice(start, i).trim();
}

/** A key family is too broad when nothing but a namespace precedes its first `*`. */
const tooBroad = (pattern: string) => /^(\w+:)?\*/.test(pattern);
const KEYISH = /^(\w+:)?[A-Za-z][\w-]*(\.[\w*-]+)+$/;

/** The keys one source file can ask for. */
export function keysInSource(code: string, file: string): FileKeys {
	const uses: KeyUse[] = [];
	const undeclared: FileKeys['undeclared'] = [];
	let declared = false;
	for (const m of code.matchAll(DECLARATION)) {
		declared = true;
		// Each item is a pattern or `callers`; words after it (in brackets) say why.
		for (const raw of m[1].replace(/\(.*?\)/g, '').split(',').map((p) => p.trim().split(/\s+/)[0]).filter(Boolean)) {
			if (raw === 'callers') continue;
			const pattern = qualify(raw);
			if (pattern) uses.push({ pattern, file, line: lineOf(code, m.index), required: true });
		}
	}
	for (const m of code.matchAll(/(?<![\w$])t\(\s*/g)) {
		const at = m.index + m[0].length;
		const line = lineOf(code, m.index);
		const quote = code[at];
		if (quote === "'" || quote === '"') {
			const end = code.indexOf(quote, at + 1);
			const pattern = qualify(code.slice(at + 1, end));
			if (pattern) uses.push({ pattern, file, line, required: true });
		} else if (quote === '`') {
			const { pattern: raw } = readTemplate(code, at);
			const pattern = qualify(raw);
			if (pattern && !tooBroad(raw)) uses.push({ pattern, file, line, required: true });
			else if (pattern && !declared) undeclared.push({ file, line, call: `t(\`${raw}\`)` });
		} else {
			const argument = readArgument(code, at);
			// A choice between spelled-out keys (`open ? 'a.hide' : 'a.show'`) is read by the quoted-string rule below.
			const spelled = /\?\s*(['"])[^'"]*\1\s*:\s*(['"])[^'"]*\2$/.test(argument);
			if (!spelled && !declared) undeclared.push({ file, line, call: `t(${argument})` });
		}
	}
	for (const m of code.matchAll(/(['"])([^'"\n]+)\1/g)) {
		// A Svelte attribute may build the key (`key="grid.questions.{question}"`): each `{…}` is one segment.
		const raw = m[2].replace(/\{[^{}]*\}/g, '*');
		// `key="evidence:{bottomLine.text}"`: a whole key from data, so its family must be declared.
		if (/^(\w+):\*$/.test(raw) && qualify(raw) && !declared) undeclared.push({ file, line: lineOf(code, m.index), call: m[0] });
		if (!KEYISH.test(raw) || tooBroad(raw)) continue;
		const pattern = qualify(raw);
		if (pattern) uses.push({ pattern, file, line: lineOf(code, m.index), required: false });
	}
	for (const m of code.matchAll(/`([^`$\n]*\$\{[^`]*)`/g)) {
		const { pattern: raw } = readTemplate(code, m.index);
		if (tooBroad(raw) || !/^(\w+:)?[A-Za-z][\w-]*\./.test(raw) || /[\s/]/.test(raw)) continue;
		const pattern = qualify(raw);
		if (pattern) uses.push({ pattern, file, line: lineOf(code, m.index), required: false });
	}
	return { uses, undeclared };
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g;
/**
 * A part: code loaded later with text of its own, `withText(i18n, 'Name', () => import('./Name.svelte'))`
 * (see context.ts). Its keys go to the bundle `Name`, loaded with it, not to the page's.
 */
const PART = /\bwithText\(\s*[^,()]+,\s*(['"])([\w-]+)\1\s*,\s*\(\)\s*=>\s*import\(\s*(['"])([^'"]+)\3\s*\)/g;
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

/** Resolves `$lib/…` and relative imports to files under `rootDir`; anything else (packages, `$app`, virtual) is null. */
function resolveImport(rootDir: string, from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(rootDir, 'src', 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = join(dirname(from), spec);
	else return null;
	for (const ext of EXTENSIONS) {
		const candidate = base + ext;
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

interface ImportGraph {
	files: string[];
	/** Part name → the file it loads (with where it is asked for), found in these files. */
	parts: { name: string; file: string; from: string }[];
}

/** Every source file reachable from `entries` through static and dynamic imports (tests excluded), stopping at parts. */
function importGraph(rootDir: string, entries: readonly string[]): ImportGraph {
	const seen = new Set<string>();
	const parts: ImportGraph['parts'] = [];
	const stack = entries.filter((e) => existsSync(e));
	while (stack.length > 0) {
		const file = stack.pop()!;
		if (seen.has(file) || !/\.(ts|js|svelte)$/.test(file) || /\.test\.ts$/.test(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const partSpans: [number, number][] = [];
		for (const m of code.matchAll(PART)) {
			const target = resolveImport(rootDir, file, m[4]);
			if (target) parts.push({ name: m[2], file: target, from: relative(rootDir, file) });
			partSpans.push([m.index, m.index + m[0].length]);
		}
		for (const m of code.matchAll(IMPORT)) {
			if (partSpans.some(([start, end]) => m.index >= start && m.index < end)) continue;
			const target = resolveImport(rootDir, file, m[2]);
			if (target && !seen.has(target)) stack.push(target);
		}
	}
	return { files: [...seen].sort(), parts };
}

/** A pattern as a test on flattened keys: itself, its plural/context forms, and what is nested below it. */
export function patternMatcher(pattern: string): RegExp {
	const body = pattern
		.split('.')
		.map((segment) => segment.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('[^.]+'))
		.join('\\.');
	return new RegExp(`^${body}(_[A-Za-z0-9]+)*(\\..+)?$`);
}

/** Flattened `ns:key` → text, for the page namespaces of one language. */
type FlatText = Map<string, string>;

function flattenLanguage(trees: Record<string, Tree>): FlatText {
	const out: FlatText = new Map();
	for (const ns of PAGE_NAMESPACES) for (const [key, text] of flatten(trees[ns] ?? {})) out.set(`${ns}:${key}`, text);
	return out;
}

/** The keys of `flat` that any of `patterns` covers. */
function selectKeys(flat: FlatText, patterns: Iterable<string>): Set<string> {
	const matchers = [...new Set(patterns)].map(patternMatcher);
	const out = new Set<string>();
	for (const key of flat.keys()) if (matchers.some((m) => m.test(key))) out.add(key);
	return out;
}

/** Nested resources (`{ common: { a: { b: '…' } } }`) holding just `keys`. */
function unflatten(flat: FlatText, keys: Iterable<string>): Record<string, Tree> {
	const out: Record<string, Tree> = {};
	for (const full of keys) {
		const colon = full.indexOf(':');
		const ns = full.slice(0, colon);
		const path = full.slice(colon + 1).split('.');
		let node = (out[ns] ??= {});
		for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Tree;
		node[path.at(-1)!] = flat.get(full)!;
	}
	return out;
}

export interface PageTextPlan {
	/** Bundle name (`shell`, `start`, `outcomes`, …, and each part) → the key patterns its code can ask for. */
	patterns: Record<string, string[]>;
	/** Bundle name → flattened keys (English) it carries; a page's own bundle leaves out what the shell has. */
	keys: Record<string, Set<string>>;
	/** Bundles of pages sent without JavaScript (`export const csr = false`): the browser never loads them. */
	serverOnly: string[];
	problems: string[];
}

const ROUTES = join('src', 'routes');
const LANG_ROUTES = join(ROUTES, '[lang=locale]');

/** The shell (layouts and error page, loaded on every page) and each page's own files, nested pages too. */
function pageEntries(rootDir: string): Record<string, string[]> {
	const at = (...parts: string[]) => join(rootDir, ...parts);
	const entries: Record<string, string[]> = {
		shell: ['+layout.svelte', '+layout.ts', '+error.svelte'].flatMap((f) => [at(ROUTES, f), at(LANG_ROUTES, f)])
	};
	const walk = (dir: string, route: string) => {
		if (existsSync(join(dir, '+page.svelte'))) entries[textBundleOf(route)] = [join(dir, '+page.svelte'), join(dir, '+page.ts')];
		for (const name of readdirSync(dir).sort())
			if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name), `${route}/${name}`);
	};
	if (existsSync(at(LANG_ROUTES))) walk(at(LANG_ROUTES), '/[lang=locale]');
	return entries;
}

/**
 * Plans every page's text from the code and the English resources: the patterns each bundle's import
 * graph asks for, the keys they select, and the problems that fail the build (a key spelled out in a
 * `t()` call that English lacks, a dynamic key without a `text-keys:` declaration, a declared family
 * that matches nothing).
 */
export function planPageText(rootDir: string, english: Record<string, Tree>): PageTextPlan {
	const flat = flattenLanguage(english);
	const patterns: Record<string, string[]> = {};
	const keys: Record<string, Set<string>> = {};
	const problems: string[] = [];
	const cache = new Map<string, FileKeys>();
	const fileKeys = (file: string) => {
		let found = cache.get(file);
		if (!found) cache.set(file, (found = keysInSource(readFileSync(file, 'utf8'), relative(rootDir, file))));
		return found;
	};
	const plan = (bundle: string, entries: readonly string[]) => {
		const graph = importGraph(rootDir, entries);
		const uses = graph.files.map(fileKeys);
		const all = uses.flatMap((u) => u.uses);
		for (const u of uses.flatMap((u) => u.undeclared))
			problems.push(`page ${bundle}: ${u.file}:${u.line} ${u.call} asks for a key the code does not spell out; declare its family in that file with a "text-keys: <pattern>" comment`);
		const found = selectKeys(flat, all.map((u) => u.pattern));
		for (const u of all.filter((u) => u.required))
			if (selectKeys(flat, [u.pattern]).size === 0)
				problems.push(`page ${bundle}: key "${u.pattern}" (${u.file}:${u.line}) is not in its bundle: English has no such key`);
		patterns[bundle] = [...new Set(all.map((u) => u.pattern))].sort();
		keys[bundle] = found;
		return graph.parts;
	};
	const pages = pageEntries(rootDir);
	const partFiles = new Map<string, string>();
	const pending = Object.entries(pages).flatMap(([bundle, entries]) => plan(bundle, entries));
	while (pending.length > 0) {
		const part = pending.pop()!;
		const known = partFiles.get(part.name);
		if (known === part.file) continue;
		if (known !== undefined || pages[part.name])
			problems.push(`part ${part.name} (${part.from}): the name is already a page or another part; give each part its own name`);
		else {
			partFiles.set(part.name, part.file);
			pending.push(...plan(part.name, [part.file]));
		}
	}
	for (const [bundle, set] of Object.entries(keys)) if (bundle !== 'shell') for (const key of keys.shell) set.delete(key);
	const serverOnly = Object.entries(pages)
		.filter(([, [, load]]) => load !== undefined && existsSync(load) && /export const csr\s*=\s*false/.test(readFileSync(load, 'utf8')))
		.map(([bundle]) => bundle);
	return { patterns, keys, serverOnly, problems: [...new Set(problems)] };
}

/** One language's resources for one bundle: the plan's patterns applied to that language's own keys (its own plural forms). */
export function bundleText(plan: PageTextPlan, bundle: string, trees: Record<string, Tree>): Record<string, Tree> {
	const flat = flattenLanguage(trees);
	const wanted = selectKeys(flat, plan.patterns[bundle] ?? []);
	if (bundle !== 'shell') for (const key of selectKeys(flat, plan.patterns.shell ?? [])) wanted.delete(key);
	return unflatten(flat, wanted);
}
