import { contentPath, type EvidenceBundle } from './files.ts';
import { problem, type Problem } from './problem.ts';
import { OPTIONS, STRATA } from './types.ts';

/**
 * Every outcome must say something for every option in every situation — a figure, or an
 * explicit "no-evidence" entry — so a gap is always shown as a gap, never as silence.
 * Likewise every option appears in some cost study for every situation (amount null if none).
 */
export function checkCoverage(bundle: EvidenceBundle): Problem[] {
	const out: Problem[] = [];
	for (const outcome of bundle.outcomes) {
		for (const stratum of STRATA) {
			for (const option of OPTIONS) {
				const covered = bundle.estimates.some(
					(e) => e.outcome === outcome.id && e.arm === option && e.strata.includes(stratum)
				);
				if (!covered)
					out.push(
						problem(
							contentPath('estimates'),
							outcome.id,
							'coverage',
							`no entry for ${option} in ${stratum}; add a figure or a "no-evidence" entry`
						)
					);
			}
		}
	}
	for (const stratum of STRATA) {
		for (const option of OPTIONS) {
			const covered = bundle.costs.some((c) => c.strata.includes(stratum) && c.amounts.some((a) => a.arm === option));
			if (!covered)
				out.push(
					problem(
						contentPath('costs'),
						'',
						'coverage',
						`no cost study lists ${option} for ${stratum}; add it to a study with "amount": null if the study has no figure`
					)
				);
		}
	}
	return out;
}
