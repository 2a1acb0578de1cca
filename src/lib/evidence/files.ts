import type { BottomLineEntry, DifferenceResult } from './questions.ts';
import type { CostStudy, Estimate, Guideline, MeanResult, Outcome, Source } from './types.ts';

/** The evidence content files, in the order they are checked (later files refer to earlier ones). */
export const CONTENT_FILES = [
	'sources',
	'outcomes',
	'estimates',
	'means',
	'differences',
	'costs',
	'guidelines',
	'bottom-lines'
] as const;
export type ContentFile = (typeof CONTENT_FILES)[number];

/** The bundle property each file fills (file names are kebab-case, properties camelCase). */
export const BUNDLE_KEY = {
	sources: 'sources',
	outcomes: 'outcomes',
	estimates: 'estimates',
	means: 'means',
	differences: 'differences',
	costs: 'costs',
	guidelines: 'guidelines',
	'bottom-lines': 'bottomLines'
} as const satisfies Record<ContentFile, keyof EvidenceBundle>;

export const EVIDENCE_DIR = 'content/evidence';
export const EN_LOCALE_FILE = 'content/locales/en/evidence.json';

/** Repository-relative path, as printed in problems. */
export const contentPath = (file: ContentFile): string => `${EVIDENCE_DIR}/${file}.json`;

/** Everything in `content/evidence/`, typed. */
export interface EvidenceBundle {
	sources: Source[];
	outcomes: Outcome[];
	estimates: Estimate[];
	means: MeanResult[];
	differences: DifferenceResult[];
	costs: CostStudy[];
	guidelines: Guideline[];
	bottomLines: BottomLineEntry[];
}
