import { describeReported, expectedCount } from './arithmetic.ts';
import { contentPath, type ContentFile } from './files.ts';
import type { Parsed } from './parse.ts';
import { problem, type Problem } from './problem.ts';
import { causeOf, type FigureEstimate, type MeanResult, type Source, type Stratum } from './types.ts';

/** Rules that span entries or files: references resolve, counts follow the dossier arithmetic. */
export function crossCheck(parsed: Parsed): Problem[] {
	const out: Problem[] = [];
	const sources = new Map(parsed.bundle.sources.map((s) => [s.id, s]));
	const report = (file: ContentFile, entry: string, field: string, message: string) =>
		out.push(problem(contentPath(file), entry, field, message));

	const checkSources = (file: ContentFile, entry: string, ids: string[], displayed: boolean) => {
		for (const id of ids) {
			const source = sources.get(id);
			if (!parsed.ids.sources.has(id)) report(file, entry, 'sources', `"${id}" is not a source id in ${contentPath('sources')}`);
			else if (displayed && source && !source.verified)
				report(file, entry, 'sources', `cites "${id}", which is not verified; only figures from verified sources may be shown`);
		}
	};

	for (const e of parsed.bundle.estimates) {
		const outcome = parsed.bundle.outcomes.find((o) => o.id === e.outcome);
		if (!parsed.ids.outcomes.has(e.outcome))
			report('estimates', e.id, 'outcome', `"${e.outcome}" is not an outcome in ${contentPath('outcomes')}`);
		if (e.status !== 'figure') continue;
		checkSources('estimates', e.id, e.sources, true);
		if (outcome && e.of !== outcome.denominator)
			report(
				'estimates',
				e.id,
				'of',
				`${e.of} differs from the denominator ${outcome.denominator} set for "${outcome.id}" in ${contentPath('outcomes')}; every arm of an outcome must be drawn out of the same number`
			);
		checkFigureArithmetic(e, (field, message) => report('estimates', e.id, field, message));
		checkBorrowing(e, e.sources.map((id) => sources.get(id)), (field, message) => report('estimates', e.id, field, message));
	}
	checkOneEntryPerArm(parsed, (entry, message) => report('estimates', entry, 'comparison', message));

	for (const m of parsed.bundle.means) {
		checkSources('means', m.id, m.sources, true);
		checkMean(m, (field, message) => report('means', m.id, field, message));
		checkBorrowing(m, m.sources.map((id) => sources.get(id)), (field, message) => report('means', m.id, field, message));
	}
	for (const c of parsed.bundle.costs) {
		checkSources('costs', c.id, c.sources, true);
		const seen = new Set<string>();
		c.amounts.forEach((a, i) => {
			const key = `${a.arm} ${a.label ?? ''}`;
			if (seen.has(key)) report('costs', c.id, `amounts[${i}]`, `repeats "${a.arm}"${a.label ? ` with label "${a.label}"` : ''}`);
			seen.add(key);
		});
	}
	for (const g of parsed.bundle.guidelines) checkSources('guidelines', g.id, g.sources, true);
	return out;
}

type Report = (field: string, message: string) => void;

function checkFigureArithmetic(e: FigureEstimate, report: Report): void {
	const { count, of, reported, range } = e;
	if (count > of) report('count', `${count} is more than the denominator ${of}`);
	if (reported.n !== undefined && reported.N !== undefined && reported.n > reported.N)
		report('reported.n', `${reported.n} is more than N (${reported.N})`);
	const expected = expectedCount(of, reported);
	if (expected === null) report('reported', 'needs the reported percent, or both n and N, so the count can be checked');
	else if (expected !== count && count <= of)
		report('count', `${count} does not match the reported ${describeReported(reported)}: out of ${of} that rounds to ${expected}`);
	if (range) {
		if (range.low > range.high) report('range', `low ${range.low} is above high ${range.high}`);
		if (range.high > of) report('range.high', `${range.high} is more than the denominator ${of}`);
		if (count < range.low || count > range.high)
			report('range', `count ${count} lies outside the range ${range.low}–${range.high}`);
	}
}

function checkMean(m: MeanResult, report: Report): void {
	if (m.min >= m.max) report('max', `must be above min (${m.min})`);
	const arms = new Set<string>();
	m.arms.forEach((arm, a) => {
		if (arms.has(arm.arm)) report(`arms[${a}].arm`, `"${arm.arm}" appears twice`);
		arms.add(arm.arm);
		arm.points.forEach((p, i) => {
			const field = `arms[${a}].points[${i}]`;
			if (p.mean < m.min || p.mean > m.max) report(`${field}.mean`, `${p.mean} is outside the scale ${m.min} to ${m.max}`);
			if (p.ci && (p.ci.low > p.mean || p.ci.high < p.mean))
				report(`${field}.ci`, `${p.ci.low}–${p.ci.high} does not contain the mean ${p.mean}`);
		});
	});
}

/** Borrowed figures must say so, and borrowing across situations can never be "fairly sure". */
function checkBorrowing(
	item: Pick<FigureEstimate, 'strata' | 'certainty' | 'borrowedFrom'>,
	sources: (Source | undefined)[],
	report: Report
): void {
	if (item.borrowedFrom && item.certainty === 'fairly-sure')
		report('certainty', 'a figure borrowed from another population or fracture age cannot be "fairly-sure"');
	for (const source of sources) {
		if (!source || source.population === 'mixed') continue;
		const shownFor = item.strata.filter((s) => causeOf(s) !== source.population);
		if (shownFor.length > 0 && item.borrowedFrom?.population !== source.population)
			report(
				'borrowedFrom',
				`comes from ${source.population} patients (${source.id}) but is shown for ${shownFor.join(', ')}; add "borrowedFrom": { "population": "${source.population}" }`
			);
	}
}

/** Within one situation, a comparison row holds at most one entry per arm and outcome. */
function checkOneEntryPerArm(parsed: Parsed, report: (entry: string, message: string) => void): void {
	const seen = new Map<string, string>();
	for (const e of parsed.bundle.estimates) {
		for (const stratum of e.strata) {
			const key = `${e.outcome}|${e.comparison}|${e.arm}|${stratum}`;
			const other = seen.get(key);
			if (other)
				report(e.id, `"${other}" already gives ${e.arm} in comparison "${e.comparison}" for ${e.outcome} in ${stratum}`);
			else seen.set(key, e.id);
		}
	}
}
