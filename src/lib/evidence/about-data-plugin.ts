import type { Plugin } from 'vite';
import { aboutData } from './provenance.ts';

const ABOUT_DATA_ID = 'virtual:sfc/about-data';
const RESOLVED = `\0${ABOUT_DATA_ID}`;

/**
 * Serves `virtual:sfc/about-data`: what About shows about the evidence (sources, designs used,
 * counts), computed at build time, so the page ships the bibliography without every figure
 * (the estimates, means and costs it only counts: ~5 KB gzip).
 */
export function aboutEvidence(): Plugin {
	return {
		name: 'sfc-about-data',
		enforce: 'pre',
		resolveId: (id) => (id === ABOUT_DATA_ID ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(aboutData())};` : undefined)
	};
}
