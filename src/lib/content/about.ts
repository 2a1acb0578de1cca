import about from '../../../content/about.json';
import type { Translator } from '$lib/i18n/translator';

/** Publication facts shown in the footer and on About (content/about.json). */
export interface AboutFacts {
	/** The product's English name; every language shows its own descriptive title (`shell.productName`) beside it. */
	brandName: string;
	version: string;
	published: string;
	lastReviewed: string;
	nextReview: string;
	evidenceSearchedTo: string;
	/** Who develops the guide (i18n `about.development.by.<value>`), IPDAS C6. */
	developedBy: string;
	/** Who pays for its development (i18n `about.development.funding.<value>`). */
	funding: string;
	/** How long the At-home journey takes, in minutes (shown on the start page). */
	minutesToComplete: { low: number; high: number };
	/** Pain for less than this many months counts as a recent (acute) fracture. */
	acuteThresholdMonths: number;
	translations: Record<string, { status: 'original' | 'reviewed' | 'unreviewed' }>;
}

export const aboutFacts = about as AboutFacts;

export function translationStatus(lang: string): 'original' | 'reviewed' | 'unreviewed' {
	return aboutFacts.translations[lang]?.status ?? 'unreviewed';
}

/** The `{{months}}` value of the situation texts ("3 months"), in the translator's own language. */
export function acuteThreshold(translator: Translator): { months: string } {
	return { months: translator.format.duration(aboutFacts.acuteThresholdMonths, 'month') };
}
