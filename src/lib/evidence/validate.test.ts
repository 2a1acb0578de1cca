import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES } from './files';
import { formatProblem, validateContent, type Problem } from './validate';
import { validateContentDir } from './validate-dir';
import { evidenceCheck } from './vite-plugin';
import sources from '../../../content/evidence/sources.json';
import outcomes from '../../../content/evidence/outcomes.json';
import estimates from '../../../content/evidence/estimates.json';
import means from '../../../content/evidence/means.json';
import costs from '../../../content/evidence/costs.json';
import guidelines from '../../../content/evidence/guidelines.json';
import differences from '../../../content/evidence/differences.json';
import bottomLines from '../../../content/evidence/bottom-lines.json';
import enEvidence from '../../../content/locales/en/evidence.json';

const FIXTURES = join(process.cwd(), 'tests/fixtures/content');
const MINIMAL = join(FIXTURES, 'minimal');

type Json = Record<string, unknown>;
type Entry = Record<string, unknown>;
interface Fixture {
	files: Record<string, Entry[]>;
	locale: Json;
}

/** A fresh, mutable copy of the minimal valid content for each case. */
function fixture(): Fixture {
	const read = (path: string): unknown => JSON.parse(readFileSync(join(MINIMAL, path), 'utf8'));
	const files = Object.fromEntries(CONTENT_FILES.map((f) => [f, read(`content/evidence/${f}.json`) as Entry[]]));
	return { files, locale: read('content/locales/en/evidence.json') as Json };
}

function entry(f: Fixture, file: string, id: string): Entry {
	const found = f.files[file].find((e) => e.id === id);
	if (!found) throw new Error(`fixture has no ${file} entry ${id}`);
	return found;
}

const run = (f: Fixture): Problem[] => validateContent(f.files, f.locale);
const lines = (problems: Problem[]) => problems.map(formatProblem);

describe('validateContent on the minimal fixture', () => {
	it('accepts valid content', () => {
		expect(lines(run(fixture()))).toEqual([]);
	});

	it('names a misspelt source id', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').sources = ['TRIAL-AA'];
		expect(run(f)).toContainEqual({
			file: 'content/evidence/estimates.json',
			entry: 'trial-vp-pain',
			field: 'sources',
			message: '"TRIAL-AA" is not a source id in content/evidence/sources.json'
		});
	});

	it('rejects a count larger than its denominator, in one clear line', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').count = 440;
		expect(lines(run(f))).toContain(
			'content/evidence/estimates.json › trial-vp-pain › count: 440 is more than the denominator 100'
		);
	});

	it('rejects a reported percentage of 440', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-sham-pain').reported = { percent: 440 };
		expect(lines(run(f))).toContain(
			'content/evidence/estimates.json › trial-sham-pain › reported.percent: must be 100 or less (got 440)'
		);
	});

	it('rejects a count that does not follow from n/N or the percentage', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').count = 41;
		expect(lines(run(f))).toContain(
			'content/evidence/estimates.json › trial-vp-pain › count: 41 does not match the reported 20/50: out of 100 that rounds to 40'
		);
		const g = fixture();
		entry(g, 'estimates', 'trial-sham-pain').count = 21;
		expect(lines(run(g))).toContain(
			'content/evidence/estimates.json › trial-sham-pain › count: 21 does not match the reported 20%: out of 100 that rounds to 20'
		);
	});

	it('requires something to check the count against', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-sham-pain').reported = { basis: 'randomised' };
		expect(run(f)).toContainEqual(
			expect.objectContaining({ entry: 'trial-sham-pain', field: 'reported', message: expect.stringContaining('needs the reported percent') })
		);
	});

	it('reports a missing time frame', () => {
		const f = fixture();
		delete entry(f, 'estimates', 'trial-vp-pain').timeFrame;
		expect(lines(run(f))).toContain('content/evidence/estimates.json › trial-vp-pain › timeFrame: is missing');
	});

	it('reports a missing design', () => {
		const f = fixture();
		delete entry(f, 'estimates', 'trial-sham-pain').design;
		expect(lines(run(f))).toContain('content/evidence/estimates.json › trial-sham-pain › design: is missing');
	});

	it('reports a duplicated entry', () => {
		const f = fixture();
		f.files.estimates.push(structuredClone(entry(f, 'estimates', 'trial-vp-pain')));
		expect(lines(run(f))).toContain(
			'content/evidence/estimates.json › trial-vp-pain › id: "trial-vp-pain" is used by more than one entry (entries 1 and 6)'
		);
	});

	it('refuses to display a figure from an unverified source', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').sources = ['UNCHECKED-C'];
		expect(run(f)).toContainEqual({
			file: 'content/evidence/estimates.json',
			entry: 'trial-vp-pain',
			field: 'sources',
			message: 'cites "UNCHECKED-C", which is not verified; only figures from verified sources may be shown'
		});
	});

	it('rejects arms of one outcome drawn out of different denominators', () => {
		const f = fixture();
		Object.assign(entry(f, 'estimates', 'trial-sham-pain'), { of: 1000, count: 200 });
		expect(run(f)).toContainEqual(
			expect.objectContaining({
				file: 'content/evidence/estimates.json',
				entry: 'trial-sham-pain',
				field: 'of',
				message: expect.stringContaining('1000 differs from the denominator 100 set for "pain-mild"')
			})
		);
	});

	it('reports an i18n key missing from the English locale', () => {
		const f = fixture();
		delete (f.locale.notes as Json).trialA;
		expect(run(f)).toContainEqual({
			file: 'content/evidence/estimates.json',
			entry: 'trial-vp-pain',
			field: 'note',
			message: 'i18n key "notes.trialA" is missing from content/locales/en/evidence.json'
		});
		const g = fixture();
		delete ((g.locale.outcomes as Json)['pain-mild'] as Json).caption;
		expect(lines(run(g))).toContain(
			'content/evidence/outcomes.json › pain-mild › id: i18n key "outcomes.pain-mild.caption" is missing from content/locales/en/evidence.json'
		);
	});

	it('rejects unknown fields, naming them', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').colour = 'red';
		entry(f, 'sources', 'TRIAL-A').sponser = 'typo';
		const found = lines(run(f));
		expect(found).toContain('content/evidence/estimates.json › trial-vp-pain › colour: is not a known field (check the spelling)');
		expect(found).toContain('content/evidence/sources.json › TRIAL-A › sponser: is not a known field (check the spelling)');
	});

	it('checks the range around a count', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').range = { low: 45, high: 120 };
		const found = lines(run(f));
		expect(found).toContain('content/evidence/estimates.json › trial-vp-pain › range.high: 120 is more than the denominator 100');
		expect(found).toContain('content/evidence/estimates.json › trial-vp-pain › range: count 40 lies outside the range 45–120');
	});

	it('reports a gap in coverage instead of leaving an option silent', () => {
		const f = fixture();
		f.files.estimates = f.files.estimates.filter((e) => e.id !== 'gap-kp-pain');
		const found = lines(run(f));
		expect(found).toContain(
			'content/evidence/estimates.json › pain-mild › coverage: no entry for kyphoplasty in osteoporotic-acute; add a figure or a "no-evidence" entry'
		);
		expect(found.filter((l) => l.includes('coverage'))).toHaveLength(4);
	});

	it('requires every option in some cost study for every situation', () => {
		const f = fixture();
		entry(f, 'costs', 'cost-b').amounts = [{ arm: 'vertebroplasty', amount: 3000 }, { arm: 'kyphoplasty', amount: 8000 }];
		expect(lines(run(f))).toContain(
			'content/evidence/costs.json › coverage: no cost study lists conservative for osteoporotic-acute; add it to a study with "amount": null if the study has no figure'
		);
	});

	it('requires figures from another population to be labelled as borrowed', () => {
		const f = fixture();
		const sham = entry(f, 'estimates', 'trial-sham-pain');
		sham.strata = ['osteoporotic-acute', 'cancer-acute'];
		expect(run(f)).toContainEqual(
			expect.objectContaining({ entry: 'trial-sham-pain', field: 'borrowedFrom', message: expect.stringContaining('osteoporotic patients (TRIAL-A)') })
		);
		sham.borrowedFrom = { population: 'osteoporotic' };
		sham.certainty = 'fairly-sure';
		expect(run(f)).toContainEqual(expect.objectContaining({ entry: 'trial-sham-pain', field: 'certainty' }));
	});

	it('allows one entry per arm and comparison in a situation', () => {
		const f = fixture();
		f.files.estimates.push({ ...structuredClone(entry(f, 'estimates', 'trial-vp-pain')), id: 'trial-vp-pain-copy' });
		expect(run(f)).toContainEqual(expect.objectContaining({ entry: 'trial-vp-pain-copy', field: 'comparison' }));
	});

	it('checks means against their scale', () => {
		const f = fixture();
		const arms = entry(f, 'means', 'trial-pain-score').arms as { points: { mean: number }[] }[];
		arms[0].points[1].mean = 12;
		const found = lines(run(f));
		expect(found).toContain('content/evidence/means.json › trial-pain-score › arms[0].points[1].mean: 12 is outside the scale 0 to 10');
		expect(found).toContain('content/evidence/means.json › trial-pain-score › arms[0].points[1].ci: 3–5 does not contain the mean 12');
	});

	it('keeps numbers out of translation strings and placeholders in captions', () => {
		const f = fixture();
		(f.locale.notes as Json).trialA = 'In this trial 44 people improved.';
		((f.locale.outcomes as Json)['pain-mild'] as Json).caption = 'People had mild pain.';
		const found = lines(run(f));
		expect(found).toContain(
			'content/locales/en/evidence.json › notes.trialA: contains a number; write it in words or pass it in as a {{variable}}'
		);
		expect(found).toContain('content/locales/en/evidence.json › outcomes.pain-mild.caption: a caption must contain {{count}} and {{of}}');
	});

	it('reports wrong types with what was expected', () => {
		const f = fixture();
		entry(f, 'estimates', 'trial-vp-pain').arm = 'surgery';
		entry(f, 'sources', 'TRIAL-A').year = '2020';
		const found = lines(run(f));
		expect(found).toContain(
			'content/evidence/estimates.json › trial-vp-pain › arm: expected ("conservative" | "vertebroplasty" | "kyphoplasty" | "sham"), got "surgery"'
		);
		expect(found).toContain('content/evidence/sources.json › TRIAL-A › year: expected number, got "2020"');
	});

	it('reports files that are missing, unexpected or not lists', () => {
		const f = fixture();
		const files: Record<string, unknown> = { ...f.files, 'extra.json': [] };
		delete files.guidelines;
		files.means = { not: 'a list' };
		const found = lines(validateContent(files, f.locale));
		expect(found).toContain('content/evidence/guidelines.json: file is missing');
		expect(found).toContain('content/evidence/means.json: must be a list of entries: [ { … }, { … } ]');
		expect(found).toContain(
			'content/evidence/extra.json: unexpected file; the evidence files are sources, outcomes, estimates, means, differences, costs, guidelines, bottom-lines'
		);
	});

	it('names a bottom line that cites an entry id that does not exist', () => {
		const f = fixture();
		entry(f, 'bottom-lines', 'bl-harms').entries = ['trial-vp-pain', 'trial-vp-pian'];
		expect(lines(run(f))).toEqual([
			'content/evidence/bottom-lines.json › bl-harms › entries[1]: "trial-vp-pian" is not an entry id in content/evidence/estimates.json, content/evidence/means.json, content/evidence/differences.json or content/evidence/costs.json'
		]);
	});

	it('names a bottom line that says it names the rare serious harms but answers another question', () => {
		const f = fixture();
		entry(f, 'bottom-lines', 'bl-cost').namesHarms = true;
		entry(f, 'bottom-lines', 'bl-harms').namesHarms = true;
		expect(lines(run(f))).toEqual([
			'content/evidence/bottom-lines.json › bl-cost › namesHarms: is for "cost"; only a "harms" bottom line can name the rare serious harms in place of the list'
		]);
	});

	it('names a question that has no bottom line for a situation, one line per situation', () => {
		const f = fixture();
		entry(f, 'bottom-lines', 'bl-cost').situations = ['osteoporotic-acute', 'osteoporotic-chronic', 'osteoporotic-unsure', 'cancer-acute', 'cancer-chronic', 'cancer-unsure', 'unsure-acute'];
		expect(lines(run(f))).toEqual([
			'content/evidence/bottom-lines.json › cost › situations: no bottom line for "cost" in the situation unsure-chronic; add one or add unsure-chronic to an existing one',
			'content/evidence/bottom-lines.json › cost › situations: no bottom line for "cost" in the situation unsure-unsure; add one or add unsure-unsure to an existing one'
		]);
	});

	it('names a figure, mean or difference whose design is missing', () => {
		const f = fixture();
		delete entry(f, 'estimates', 'trial-vp-pain').design;
		f.files.differences = [
			{ id: 'trial-difference', scale: 'pain-0-10', treatment: 'vertebroplasty', comparator: 'sham', strata: ['osteoporotic-acute'], sources: ['TRIAL-A'], certainty: 'not-very-sure', points: [{ time: { value: 1, unit: 'month' }, difference: 0.1, low: -1, high: 1 }], questions: ['pain-soon'], higherMeans: 'treatment-better' }
		];
		const found = lines(run(f));
		expect(found).toContain('content/evidence/estimates.json › trial-vp-pain › design: is missing');
		expect(found).toContain('content/evidence/differences.json › trial-difference › design: is missing');
	});

	it('names a source marked industry-funded without a sponsor', () => {
		const f = fixture();
		Object.assign(entry(f, 'sources', 'TRIAL-A'), { industryFunded: true, sponsor: 'not verified' });
		expect(lines(run(f))).toEqual([
			'content/evidence/sources.json › TRIAL-A › sponsor: is "not verified" but "industryFunded" is true; name the company that paid'
		]);
	});

	it('names entries without an id by position', () => {
		const f = fixture();
		f.files.outcomes.push({ kind: 'harm' });
		expect(lines(run(f))).toContain('content/evidence/outcomes.json › entry 2 › id: is missing');
	});
});

describe('validateContentDir', () => {
	it('finds no problems in the minimal fixture on disk', () => {
		expect(validateContentDir(MINIMAL)).toEqual([]);
	});

	it('reports a file that is not valid JSON, and a missing locale file, without a stack trace', () => {
		const found = lines(validateContentDir(join(FIXTURES, 'broken-json')));
		expect(found.some((l) => l.startsWith('content/evidence/estimates.json: is not valid JSON'))).toBe(true);
		expect(found.every((l) => !l.includes('    at '))).toBe(true);
	});

	it('reports a missing content folder', () => {
		expect(lines(validateContentDir(join(FIXTURES, 'does-not-exist')))).toEqual(['content/evidence: folder is missing']);
	});
});

describe('the real content', () => {
	it('validates with zero problems from disk', () => {
		expect(lines(validateContentDir(process.cwd()))).toEqual([]);
	});

	it('validates with zero problems from the bundled imports', () => {
		const files = { sources, outcomes, estimates, means, costs, guidelines, differences, 'bottom-lines': bottomLines };
		expect(lines(validateContent(files, enEvidence))).toEqual([]);
	});
});

describe('evidenceCheck (Vite plugin)', () => {
	const buildStart = (root: string) => {
		const hook = evidenceCheck(root).buildStart;
		const fn = typeof hook === 'function' ? hook : hook?.handler;
		if (!fn) throw new Error('plugin has no buildStart');
		return () => (fn as () => void).call(undefined);
	};

	it('passes quietly on the real content', () => {
		expect(buildStart(process.cwd())).not.toThrow();
	});

	it('fails the build with every problem listed', () => {
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args.join(' '));
		try {
			expect(buildStart(join(FIXTURES, 'broken-json'))).toThrow(/Evidence content has \d+ problem\(s\):\ncontent\/evidence\/estimates\.json: is not valid JSON/);
		} finally {
			console.error = original;
		}
		expect(errors.some((e) => String(e).startsWith('content/evidence/estimates.json: is not valid JSON'))).toBe(true);
	});
});
