import sources from '../../../content/evidence/sources.json' with { type: 'json' };
import outcomes from '../../../content/evidence/outcomes.json' with { type: 'json' };
import estimates from '../../../content/evidence/estimates.json' with { type: 'json' };
import means from '../../../content/evidence/means.json' with { type: 'json' };
import costs from '../../../content/evidence/costs.json' with { type: 'json' };
import guidelines from '../../../content/evidence/guidelines.json' with { type: 'json' };
import type { EvidenceBundle } from './files.ts';

export type { EvidenceBundle } from './files.ts';
export * from './types.ts';

// The JSON is checked against the schemas at build and test time (vite-plugin.ts, validate.test.ts),
// so the browser gets it as typed data without shipping valibot.
const typed = <T>(json: unknown): T => json as T;

/** All evidence content, typed. */
export const evidence: EvidenceBundle = {
	sources: typed<EvidenceBundle['sources']>(sources),
	outcomes: typed<EvidenceBundle['outcomes']>(outcomes),
	estimates: typed<EvidenceBundle['estimates']>(estimates),
	means: typed<EvidenceBundle['means']>(means),
	costs: typed<EvidenceBundle['costs']>(costs),
	guidelines: typed<EvidenceBundle['guidelines']>(guidelines)
};
