import { contentPath } from './files.ts';
import type { Parsed } from './parse.ts';
import { problem, type Problem } from './problem.ts';
import { QUESTION_IDS, SITUATION_KEYS } from './questions.ts';
import { OPTIONS } from './types.ts';

/** A sponsor that names nobody: an industry-funded source must say which maker paid. */
const UNNAMED_SPONSOR = /^\s*(not verified|unknown|none|n\/a)\b/i;

/**
 * Rules for the question layer: every situation × question has exactly one bottom line, a bottom
 * line cites only entries that exist, differences are sound, and industry funding names its sponsor.
 */
export function checkQuestions(parsed: Parsed): Problem[] {
	const out: Problem[] = [];
	const { bundle, ids } = parsed;
	const report = (file: Parameters<typeof contentPath>[0], entry: string, field: string, message: string) =>
		out.push(problem(contentPath(file), entry, field, message));

	for (const s of bundle.sources)
		if (s.industryFunded && UNNAMED_SPONSOR.test(s.sponsor))
			report('sources', s.id, 'sponsor', `is "${s.sponsor}" but "industryFunded" is true; name the company that paid`);

	const entryIds = new Set([...ids.estimates, ...ids.means, ...ids.differences, ...ids.costs]);
	const where = `${contentPath('estimates')}, ${contentPath('means')}, ${contentPath('differences')} or ${contentPath('costs')}`;
	for (const b of bundle.bottomLines) {
		b.entries.forEach((id, i) => {
			if (!entryIds.has(id)) report('bottom-lines', b.id, `entries[${i}]`, `"${id}" is not an entry id in ${where}`);
		});
		for (const option of OPTIONS) {
			const id = b.headline?.[option];
			if (id && !entryIds.has(id)) report('bottom-lines', b.id, `headline.${option}`, `"${id}" is not an entry id in ${where}`);
			if (id && b.gaps?.[option]) report('bottom-lines', b.id, `gaps.${option}`, `names both a headline and a gap for ${option}; keep one`);
		}
		for (const id of b.sources ?? [])
			if (!ids.sources.has(id)) report('bottom-lines', b.id, 'sources', `"${id}" is not a source id in ${contentPath('sources')}`);
		if (b.namesHarms && b.question !== 'harms')
			report('bottom-lines', b.id, 'namesHarms', `is for "${b.question}"; only a "harms" bottom line can name the rare serious harms in place of the list`);
	}
	for (const question of QUESTION_IDS)
		for (const key of SITUATION_KEYS) {
			const lines = bundle.bottomLines.filter((b) => b.question === question && b.situations.includes(key));
			if (lines.length === 0)
				report('bottom-lines', question, 'situations', `no bottom line for "${question}" in the situation ${key}; add one or add ${key} to an existing one`);
			else if (lines.length > 1)
				report('bottom-lines', lines[1].id, 'situations', `"${lines[0].id}" already covers "${question}" in ${key}`);
		}

	for (const d of bundle.differences) {
		d.sources.forEach((id) => {
			if (!ids.sources.has(id)) report('differences', d.id, 'sources', `"${id}" is not a source id in ${contentPath('sources')}`);
		});
		if (d.treatment === d.comparator) report('differences', d.id, 'comparator', 'must differ from the treatment');
		d.points.forEach((p, i) => {
			if (p.low > p.difference || p.high < p.difference)
				report('differences', d.id, `points[${i}]`, `the range ${p.low} to ${p.high} does not contain the difference ${p.difference}`);
		});
	}
	return out;
}
