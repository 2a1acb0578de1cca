import sources from '../../../content/evidence/sources.json' with { type: 'json' };
import { core, typed } from './core.ts';
import type { EvidenceBundle } from './files.ts';

export type { EvidenceBundle } from './files.ts';
export * from './types.ts';

/** All evidence content, typed, bibliography included (About, provenance panels, validation). */
export const evidence: EvidenceBundle = { ...core, sources: typed<EvidenceBundle['sources']>(sources) };
