import type { Plugin } from 'vite';
import { aboutData, type AboutData } from './provenance.ts';
import type { Source, SourceShown } from './types.ts';

const ABOUT_DATA_ID = 'virtual:sfc/about-data';
const RESOLVED = `\0${ABOUT_DATA_ID}`;

/** What the About page draws of the evidence. */
export type AboutShown = Pick<AboutData, 'certainty' | 'designs' | 'counts'> & { sources: SourceShown[] };

const shown = ({ id, citation, year, doi, nct, pmid, urls, design, population, sponsor, conflicts, industryFunded }: Source): SourceShown => ({
	id,
	citation,
	year,
	doi,
	nct,
	pmid,
	urls,
	design,
	population,
	sponsor,
	conflicts,
	industryFunded
});

/** About's evidence summary, from the content files: each source with the fields its entry shows. */
export function aboutShown(): AboutShown {
	const { sources, certainty, designs, counts } = aboutData();
	return { sources: sources.map(shown), certainty, designs, counts };
}

/**
 * Serves `virtual:sfc/about-data`: what About shows about the evidence (sources, designs used,
 * counts), computed at build time, so the page ships its bibliography without the figures it only
 * counts (estimates, means, costs) or the source fields no entry shows.
 */
export function aboutEvidence(): Plugin {
	return {
		name: 'sfc-about-data',
		enforce: 'pre',
		resolveId: (id) => (id === ABOUT_DATA_ID ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(aboutShown())};` : undefined)
	};
}
