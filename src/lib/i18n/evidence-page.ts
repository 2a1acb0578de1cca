import { EVIDENCE_NAMESPACES, type Translator } from './translator';

/**
 * `load` for pages that show evidence (outcomes, Together, check, summary, about): their text
 * (`evidence`, `charts`) is fetched only there, so the other pages stay light.
 */
export async function loadEvidenceText({ parent }: { parent: () => Promise<{ translator: Translator }> }) {
	const { translator } = await parent();
	await translator.need(EVIDENCE_NAMESPACES);
	return {};
}
