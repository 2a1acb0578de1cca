import outcomes from '../../../content/evidence/outcomes.json' with { type: 'json' };
import estimates from '../../../content/evidence/estimates.json' with { type: 'json' };
import means from '../../../content/evidence/means.json' with { type: 'json' };
import costs from '../../../content/evidence/costs.json' with { type: 'json' };
import guidelines from '../../../content/evidence/guidelines.json' with { type: 'json' };
import differences from '../../../content/evidence/differences.json' with { type: 'json' };
import bottomLines from '../../../content/evidence/bottom-lines.json' with { type: 'json' };
import type { EvidenceBundle } from './files.ts';

/** The figures without the bibliography: what the charts need. Sources load with `index.ts`. */
export type CoreBundle = Omit<EvidenceBundle, 'sources'>;

// The JSON is checked against the schemas at build and test time (vite-plugin.ts, validate.test.ts),
// so the browser gets it as typed data without shipping valibot.
export const typed = <T>(json: unknown): T => json as T;

export const core: CoreBundle = {
	outcomes: typed<EvidenceBundle['outcomes']>(outcomes),
	estimates: typed<EvidenceBundle['estimates']>(estimates),
	means: typed<EvidenceBundle['means']>(means),
	costs: typed<EvidenceBundle['costs']>(costs),
	guidelines: typed<EvidenceBundle['guidelines']>(guidelines),
	differences: typed<EvidenceBundle['differences']>(differences),
	bottomLines: typed<EvidenceBundle['bottomLines']>(bottomLines)
};
