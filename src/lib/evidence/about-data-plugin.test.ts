import { describe, expect, it } from 'vitest';
import { aboutShown } from './about-data-plugin';
import { aboutData } from './provenance';

describe('About’s evidence summary (virtual:sfc/about-data)', () => {
	it('keeps every source, newest first, with what its entry shows, and the same counts and designs', () => {
		const full = aboutData();
		const shown = aboutShown();
		expect(shown.sources.map((s) => s.id)).toEqual(full.sources.map((s) => s.id));
		expect(shown.counts).toEqual(full.counts);
		expect(shown.designs).toEqual(full.designs);
		const first = full.sources[0];
		expect(shown.sources[0]).toMatchObject({ citation: first.citation, sponsor: first.sponsor, conflicts: first.conflicts, urls: first.urls });
		expect(shown.sources[0]).not.toHaveProperty('nPerArm');
	});
});
