import type { Source } from './types.ts';

/** "PMID 21337428 · doi:10.1002/jbmr.364 · NCT00211211": bibliographic identifiers, never translated. */
export function identifiers(source: Pick<Source, 'pmid' | 'doi' | 'nct'>): string {
	return [source.pmid && `PMID ${source.pmid}`, source.doi && `doi:${source.doi}`, source.nct].filter(Boolean).join(' · ');
}
