/**
 * The patient questions the outcomes page and the Together deck are organised by (DESIGN.md §4
 * "Questions and bottom lines"). This file is the shared shape of one answered question; the
 * selector that fills it from `content/evidence/` lives beside it.
 */
import type { ArmId, Certainty, ComparisonRow, CostStudy, Design, MeanResult, OptionId, Outcome, Stratum } from './types.ts';

export const QUESTION_IDS = ['pain-soon', 'pain-later', 'harms', 'fractures', 'posture', 'cost'] as const;
/** Stable ids: `section[data-question]` and `[data-card]` values. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** One plain-language summary of what the strongest evidence shows for one question in one situation. */
export interface BottomLine {
	id: string;
	/** i18n key (evidence namespace) of the one or two sentences. */
	text: string;
	certainty: Certainty;
	/** Ids of the estimates, means, differences or costs it summarises. */
	entries: string[];
}

/** One time point of a between-group difference (treatment minus comparator), never turned into people. */
export interface DifferencePoint {
	time: { value: number; unit: 'day' | 'week' | 'month' | 'year' };
	/** Treatment minus comparator, on the scale's units; 95% range. */
	difference: number;
	low: number;
	high: number;
}

/** A trial's between-group difference in a score over time, with a zero line (`data-chart="difference"`). */
export interface DifferenceResult {
	id: string;
	/** i18n key under `scales.`: what was measured. */
	scale: string;
	treatment: ArmId;
	comparator: ArmId;
	strata: Stratum[];
	sources: string[];
	design: Design;
	certainty: Certainty;
	points: DifferencePoint[];
	note?: string;
}

/** One piece of evidence under a question; `items` are ranked strongest design first (update §3). */
export type EvidenceItem =
	| { kind: 'figures'; outcome: Outcome; row: ComparisonRow }
	| { kind: 'mean'; result: MeanResult }
	| { kind: 'difference'; result: DifferenceResult }
	| { kind: 'cost'; study: CostStudy };

export interface RankedItem {
	item: EvidenceItem;
	design: Design;
	sources: string[];
	/** Any source paid for by a device maker: the chart carries `data-funded="industry"`. */
	industryFunded: boolean;
	/** Shown by default (every sham-controlled trial is); the rest sit behind "the studies behind this". */
	visible: boolean;
}

/** What one option's column in a deck card shows. */
export type OptionAnswer =
	| {
			kind: 'figure';
			outcome: Outcome;
			/** The study's arms to draw in this column: the option, and its comparator when there is one. */
			row: ComparisonRow;
			/** The arm drawn as the baseline of the incremental array (e.g. `sham`), if any. */
			comparator?: ArmId;
	  }
	| { kind: 'evidence'; item: EvidenceItem }
	| { kind: 'gap'; notes: string[]; notApplicable: boolean };

export interface QuestionEvidence {
	question: QuestionId;
	bottomLine: BottomLine;
	items: RankedItem[];
	columns: Record<OptionId, OptionAnswer>;
	/** The columns' figures come from different studies: the card says so and invites no subtraction. */
	mixedStudies: boolean;
}
