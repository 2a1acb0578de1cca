import { contentPath, EN_LOCALE_FILE, type ContentFile, type EvidenceBundle } from './files.ts';
import { problem, type Problem } from './problem.ts';
import { flatten, hasDigit, type Tree } from '../i18n/tree.ts';
import { CERTAINTIES, POPULATIONS } from './types.ts';

/** A key some content entry relies on, and who relies on it (for the message). */
interface KeyUse {
	key: string;
	file: string;
	entry: string;
	field: string;
}


/** Looks up `a.b.c` in nested locale JSON; only a non-empty string counts as present. */
function lookup(locale: Record<string, unknown>, key: string): string | undefined {
	let node: unknown = locale;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** The evidence-namespace keys the content relies on (each with the entry that does), for the checks here and the unused-key test. */
export function keysUsed(bundle: EvidenceBundle): KeyUse[] {
	const uses: KeyUse[] = [];
	const use = (file: ContentFile, entry: string, field: string, key: string) =>
		uses.push({ key, file: contentPath(file), entry, field });
	const always = (key: string) => uses.push({ key, file: EN_LOCALE_FILE, entry: '', field: '' });

	for (const c of CERTAINTIES) for (const part of ['label', 'explain']) always(`certainty.${c}.${part}`);
	for (const p of POPULATIONS) always(`population.${p}`);
	always('gap.noEvidence');
	always('gap.notApplicable');

	for (const s of bundle.sources) {
		use('sources', s.id, 'design', `design.${s.design}.label`);
		use('sources', s.id, 'design', `design.${s.design}.explain`);
	}
	for (const o of bundle.outcomes)
		for (const part of ['name', 'event', 'explain', 'caption']) use('outcomes', o.id, 'id', `outcomes.${o.id}.${part}`);
	for (const e of bundle.estimates) {
		use('estimates', e.id, 'comparison', `comparisons.${e.comparison}.label`);
		if (e.note) use('estimates', e.id, 'note', e.note);
		if (e.status !== 'figure') continue;
		use('estimates', e.id, 'design', `design.${e.design}.label`);
		if (e.timeFrame.label) use('estimates', e.id, 'timeFrame.label', e.timeFrame.label);
		if (e.borrowedFrom?.population) use('estimates', e.id, 'borrowedFrom.population', `borrowed.population.${e.borrowedFrom.population}`);
		if (e.borrowedFrom?.age) use('estimates', e.id, 'borrowedFrom.age', `borrowed.age.${e.borrowedFrom.age}`);
	}
	for (const m of bundle.means) {
		use('means', m.id, 'id', `means.${m.id}.label`);
		use('means', m.id, 'scale', `scales.${m.scale}.name`);
		use('means', m.id, 'scale', `scales.${m.scale}.explain`);
		use('means', m.id, 'design', `design.${m.design}.label`);
		if (m.note) use('means', m.id, 'note', m.note);
		if (m.borrowedFrom?.population) use('means', m.id, 'borrowedFrom.population', `borrowed.population.${m.borrowedFrom.population}`);
		if (m.borrowedFrom?.age) use('means', m.id, 'borrowedFrom.age', `borrowed.age.${m.borrowedFrom.age}`);
	}
	for (const c of bundle.costs) {
		use('costs', c.id, 'id', `costs.${c.id}.setting`);
		use('costs', c.id, 'id', `costs.${c.id}.included`);
		if (c.priceYear === 'unstated') use('costs', c.id, 'priceYear', 'priceYear.unstated');
		if (c.note) use('costs', c.id, 'note', c.note);
		c.amounts.forEach((a, i) => {
			if (a.label) use('costs', c.id, `amounts[${i}].label`, a.label);
		});
	}
	for (const d of bundle.differences) {
		use('differences', d.id, 'id', `differences.${d.id}.label`);
		use('differences', d.id, 'scale', `scales.${d.scale}.name`);
		use('differences', d.id, 'design', `design.${d.design}.label`);
		if (d.note) use('differences', d.id, 'note', d.note);
		if (d.borrowedFrom?.age) use('differences', d.id, 'borrowedFrom.age', `borrowed.age.${d.borrowedFrom.age}`);
		if (d.borrowedFrom?.population) use('differences', d.id, 'borrowedFrom.population', `borrowed.population.${d.borrowedFrom.population}`);
	}
	for (const b of bundle.bottomLines) {
		use('bottom-lines', b.id, 'text', b.text);
		for (const [option, key] of Object.entries(b.gaps ?? {})) if (key) use('bottom-lines', b.id, `gaps.${option}`, key);
	}
	for (const g of bundle.guidelines) {
		use('guidelines', g.id, 'stance', g.stance);
		use('guidelines', g.id, 'strength', g.strength);
	}
	return uses;
}

/** Every key the content relies on exists in English, and the English text keeps the house rules. */
export function checkI18n(bundle: EvidenceBundle, locale: Record<string, unknown>): Problem[] {
	const out: Problem[] = [];
	const reported = new Set<string>();
	for (const u of keysUsed(bundle)) {
		if (lookup(locale, u.key) !== undefined) continue;
		const id = `${u.file}|${u.entry}|${u.key}`;
		if (reported.has(id)) continue;
		reported.add(id);
		out.push(problem(u.file, u.entry, u.field, `i18n key "${u.key}" is missing from ${EN_LOCALE_FILE}`));
	}
	// Numbers come from content and reach a text only through interpolation, so every language shows the same figures.
	for (const [key, value] of flatten(locale as Tree)) {
		if (hasDigit(value))
			out.push(problem(EN_LOCALE_FILE, key, '', 'contains a number; write it in words or pass it in as a {{variable}}'));
		if (/\.caption(_at|_within)?$/.test(key) && !(value.includes('{{count}}') && value.includes('{{of}}')))
			out.push(problem(EN_LOCALE_FILE, key, '', 'a caption must contain {{count}} and {{of}}'));
	}
	const disagreement = locale.disagreement;
	if (typeof disagreement === 'object' && disagreement !== null)
		for (const outcome of Object.keys(disagreement))
			if (!bundle.outcomes.some((o) => o.id === outcome))
				out.push(problem(EN_LOCALE_FILE, `disagreement.${outcome}`, '', `"${outcome}" is not an outcome id`));
	return out;
}
