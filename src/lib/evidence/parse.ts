import * as v from 'valibot';
import { ENTRY_SCHEMAS } from './schema.ts';
import { BUNDLE_KEY, CONTENT_FILES, contentPath, type ContentFile, type EvidenceBundle } from './files.ts';
import { problem, type Problem } from './problem.ts';

/** What parsing found: the entries that passed their schema, and every id seen (valid or not). */
export interface Parsed {
	bundle: EvidenceBundle;
	/** Ids of all entries, including ones that failed their schema, so references to them do not cascade. */
	ids: Record<ContentFile, Set<string>>;
	problems: Problem[];
}

/** "entry 3" when an entry has no usable id. */
function entryName(raw: unknown, index: number): string {
	const candidate = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
	return typeof candidate === 'string' && candidate !== '' ? candidate : `entry ${index + 1}`;
}

type Issue = v.BaseIssue<unknown>;

function fieldPath(issue: Issue): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

function describe(issue: Issue): string {
	const isObject = issue.type === 'object' || issue.type === 'strict_object';
	if (isObject && issue.expected === 'never') return 'is not a known field (check the spelling)';
	if (isObject && issue.received === 'undefined') return 'is missing';
	if (issue.kind === 'schema') return `expected ${issue.expected ?? 'a different value'}, got ${issue.received}`;
	return `${issue.message} (got ${issue.received})`;
}

function parseFile(file: ContentFile, raw: unknown, problems: Problem[], ids: Set<string>): unknown[] {
	const path = contentPath(file);
	if (!Array.isArray(raw)) {
		problems.push(problem(path, '', '', 'must be a list of entries: [ { … }, { … } ]'));
		return [];
	}
	const schema = ENTRY_SCHEMAS[file];
	const valid: unknown[] = [];
	const firstIndex = new Map<string, number>();
	raw.forEach((entry, index) => {
		const name = entryName(entry, index);
		if (!name.startsWith('entry ')) {
			ids.add(name);
			const first = firstIndex.get(name);
			if (first === undefined) firstIndex.set(name, index);
			else problems.push(problem(path, name, 'id', `"${name}" is used by more than one entry (entries ${first + 1} and ${index + 1})`));
		}
		const result = v.safeParse(schema, entry);
		if (result.success) valid.push(result.output);
		else for (const issue of result.issues) problems.push(problem(path, name, fieldPath(issue), describe(issue)));
	});
	return valid;
}

/** Checks each entry against its schema; a bad entry is reported and left out, never dropped silently. */
export function parseFiles(files: Partial<Record<ContentFile, unknown>>): Parsed {
	const problems: Problem[] = [];
	const ids = Object.fromEntries(CONTENT_FILES.map((f) => [f, new Set<string>()])) as Record<ContentFile, Set<string>>;
	const lists = {} as Record<string, unknown[]>;
	for (const file of CONTENT_FILES) {
		if (files[file] === undefined) {
			problems.push(problem(contentPath(file), '', '', 'file is missing'));
			lists[BUNDLE_KEY[file]] = [];
		} else lists[BUNDLE_KEY[file]] = parseFile(file, files[file], problems, ids[file]);
	}
	// Each list holds only entries that passed the schema for that file, so the casts are sound.
	const bundle = lists as unknown as EvidenceBundle;
	return { bundle, ids, problems };
}
