/**
 * The patient questions the outcomes page and the Together deck are organised by (DESIGN.md §4
 * "Questions and bottom lines"). This file is the shared shape of one answered question; the
 * selector that fills it from `content/evidence/` lives beside it.
 */
import sourcesJson from '../../../content/evidence/sources.json' with { type: 'json' };
import { core, typed } from './core.ts';
import { selectEvidence, strataFor } from './select.ts';
import { OPTIONS } from './types.ts';
import type {
	ArmId,
	Cause,
	Certainty,
	ComparisonRow,
	CostStudy,
	Design,
	Estimate,
	FigureEstimate,
	FractureAge,
	MeanResult,
	MissingEstimate,
	OptionId,
	Outcome,
	Question,
	Situation,
	Source,
	Stratum,
	TimeUnit
} from './types.ts';

export const QUESTION_IDS = ['pain-soon', 'pain-later', 'harms', 'fractures', 'posture', 'cost'] as const;
/** Stable ids: `section[data-question]` and `[data-card]` values. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/**
 * A situation as the person gave it, "unsure" included: the four strata plus the five
 * combinations with "unsure" cause and/or age. A bottom line says which of these it covers.
 */
export type SituationKey = `${Cause | 'unsure'}-${FractureAge | 'unsure'}`;
export const SITUATION_KEYS: readonly SituationKey[] = (['osteoporotic', 'cancer', 'unsure'] as const).flatMap((c) =>
	(['acute', 'chronic', 'unsure'] as const).map((a) => `${c}-${a}` as SituationKey)
);

/** One plain-language summary of what the strongest evidence shows for one question in one situation. */
interface BottomLine {
	id: string;
	/** i18n key (evidence namespace) of the one or two sentences. */
	text: string;
	certainty: Certainty;
	/** Ids of the estimates, means, differences or costs it summarises. */
	entries: string[];
	/** Pooled reviews it also rests on that give no displayable figure (e.g. AHRQ 2021), by source id. */
	sources?: string[];
	/** It names the rare serious harms itself, so the page does not list them a second time under it. */
	namesHarms?: boolean;
}

/** A bottom line as written in `content/evidence/bottom-lines.json`. */
export interface BottomLineEntry extends BottomLine {
	question: QuestionId;
	/** The situations it is shown for; each situation × question has exactly one. */
	situations: SituationKey[];
	/** Per option, the entry id an editor chose as that option's headline on the card. */
	headline?: Partial<Record<OptionId, string>>;
	/** Per option, an i18n key that replaces any figure with a stated gap (e.g. a figure that must not headline). */
	gaps?: Partial<Record<OptionId, string>>;
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
	/** The questions it answers (a long trial can answer both pain soon and pain later). */
	questions: QuestionId[];
	/** What a positive difference means, as the source reports it. */
	higherMeans: 'treatment-better' | 'comparator-better';
	/** As on FigureEstimate: set when the result comes from another population or fracture age. */
	borrowedFrom?: { population?: 'osteoporotic' | 'cancer' | 'mixed'; age?: FractureAge | 'mixed' };
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

// ---------------------------------------------------------------------------------------------
// The selector: one answered question per id, for the person's situation.

/** What `selectQuestions` needs: the figures, the bottom lines and (for the funding flag) the sources. */
export interface QuestionBundle {
	outcomes: Outcome[];
	estimates: Estimate[];
	means: MeanResult[];
	differences: DifferenceResult[];
	costs: CostStudy[];
	bottomLines: BottomLineEntry[];
	sources: Pick<Source, 'id' | 'industryFunded' | 'participants'>[];
}

const DEFAULT_BUNDLE: QuestionBundle = { ...core, sources: typed<Source[]>(sourcesJson) };

/** The situation as a bottom-line key: a cause or age that is not known counts as "unsure". */
export function situationKey(situation: Situation): SituationKey {
	const { strata, unsureCause, unsureAge } = strataFor(situation);
	const [cause, age] = strata[0].split('-') as [Cause, FractureAge];
	return `${unsureCause ? 'unsure' : cause}-${unsureAge ? 'unsure' : age}`;
}

/** update-2026-12 §3 rule 2: pooled reviews → sham-controlled → other randomised → single-arm / observational. */
const DESIGN_RANK: Record<Design, number> = {
	'systematic-review': 0,
	hta: 0,
	'sham-controlled': 1,
	'active-control-rct': 2,
	'open-label-rct': 2,
	'cost-study': 3,
	'single-arm': 3,
	observational: 3,
	guideline: 4
};

/** How many items are shown by default besides every sham-controlled trial and every column headline. */
const TOP_VISIBLE = 2;
/** Pain measured up to this many months answers "how soon will it ease"; later, "will it still hurt". */
const SOON_MONTHS = 3;

const MONTHS_PER: Record<TimeUnit, number> = { day: 1 / 30, week: 7 / 30, month: 1, year: 12 };
const months = (t: { value: number; unit: TimeUnit }) => t.value * MONTHS_PER[t.unit];

const QUESTION_OF: Record<Exclude<Question, 'pain'>, QuestionId> = {
	harms: 'harms',
	fractures: 'fractures',
	posture: 'posture',
	cost: 'cost'
};

type Borrowed = { population?: unknown; age?: unknown } | undefined;
/** 0 own situation, 1 another fracture age, 2 another population: a borrowed figure is never first. */
const borrowLevel = (b: Borrowed): number => (b?.population ? 2 : b?.age ? 1 : 0);

interface Candidate extends RankedItem {
	/**
	 * Entry ids inside the item, so a bottom line can name one as an option's headline. A copy borrowed
	 * for another situation (`<id>-chronic`, `<id>-cancer`) also answers to the id of the original.
	 */
	ids: string[];
	study: string;
	borrow: number;
	size: number;
	order: number;
}

/**
 * The one time point of a between-group difference that answers a question: for "pain soon" the
 * earliest point after treatment within the first three months, for any other question the latest.
 */
export function differencePoint(result: DifferenceResult, question: QuestionId): DifferencePoint {
	const points = result.points;
	if (question === 'pain-soon') {
		const soon = points.find((p) => p.time.value > 0 && months(p.time) <= SOON_MONTHS);
		if (soon) return soon;
	}
	return points[points.length - 1];
}

function figuresOf(row: ComparisonRow): FigureEstimate[] {
	return Object.values(row.arms).filter((e): e is FigureEstimate => e?.status === 'figure');
}

function painQuestion(latestMonths: number): QuestionId {
	return latestMonths <= SOON_MONTHS ? 'pain-soon' : 'pain-later';
}

/** Every piece of evidence for the situation, each tagged with the question(s) it answers. */
function candidates(situation: Situation, bundle: QuestionBundle): Map<QuestionId, Candidate[]> {
	const selected = selectEvidence(situation, { ...bundle, guidelines: [] });
	const applies = (item: { strata: Stratum[] }) => item.strata.some((s) => selected.strata.includes(s));
	const sources = new Map(bundle.sources.map((s) => [s.id, s]));
	const byQuestion = new Map<QuestionId, Candidate[]>(QUESTION_IDS.map((q) => [q, []]));
	let order = 0;
	const add = (questions: QuestionId[], item: EvidenceItem, design: Design, ids: string[], srcs: string[], study: string, borrow: number) => {
		const unique = [...new Set(srcs)];
		ids = [...new Set(ids.flatMap((id) => [id, id.replace(/-(chronic|cancer)$/, '')]))];
		const candidate: Candidate = {
			item,
			design,
			sources: unique,
			industryFunded: unique.some((id) => sources.get(id)?.industryFunded === true),
			visible: false,
			ids,
			study,
			borrow,
			size: Math.max(0, ...unique.map((id) => sources.get(id)?.participants ?? 0)),
			order: order++
		};
		for (const q of questions) byQuestion.get(q)?.push(candidate);
	};

	for (const evidence of selected.outcomes) {
		for (const row of evidence.rows) {
			const figures = figuresOf(row);
			const question =
				evidence.outcome.question === 'pain'
					? painQuestion(Math.max(...figures.map((f) => months(f.timeFrame))))
					: QUESTION_OF[evidence.outcome.question];
			add(
				[question],
				{ kind: 'figures', outcome: evidence.outcome, row },
				figures[0].design,
				figures.map((f) => f.id),
				figures.flatMap((f) => f.sources),
				row.comparison,
				Math.max(...figures.map((f) => borrowLevel(f.borrowedFrom)))
			);
		}
	}
	for (const result of selected.means) {
		const latest = Math.max(...result.arms.flatMap((a) => a.points.map((p) => months(p.time))));
		add([painQuestion(latest)], { kind: 'mean', result }, result.design, [result.id], result.sources, result.id, borrowLevel(result.borrowedFrom));
	}
	for (const result of bundle.differences.filter(applies)) {
		add(result.questions, { kind: 'difference', result }, result.design, [result.id], result.sources, result.id, borrowLevel(result.borrowedFrom));
	}
	for (const study of selected.costs) {
		add(['cost'], { kind: 'cost', study }, 'cost-study', [study.id], study.sources, study.id, 0);
	}
	return byQuestion;
}

/** Strongest design first, largest first within a design; then the least-borrowed item is moved to the front. */
function rank(list: Candidate[]): Candidate[] {
	const sorted = [...list].sort(
		(a, b) => DESIGN_RANK[a.design] - DESIGN_RANK[b.design] || b.size - a.size || a.order - b.order
	);
	const least = Math.min(...sorted.map((c) => c.borrow));
	const front = sorted.findIndex((c) => c.borrow === least);
	if (front > 0) sorted.unshift(...sorted.splice(front, 1));
	return sorted;
}

/** Does this item give the option something to show in its column? */
function answersFor(c: Candidate, option: OptionId): boolean {
	const { item } = c;
	switch (item.kind) {
		case 'figures':
			return item.row.arms[option]?.status === 'figure';
		case 'mean':
			return item.result.arms.some((a) => a.arm === option);
		case 'difference':
			return item.result.treatment === option;
		case 'cost':
			return item.study.amounts.some((a) => a.arm === option && a.amount !== null);
	}
}

function columnFor(c: Candidate, option: OptionId): OptionAnswer {
	const { item } = c;
	if (item.kind !== 'figures') return { kind: 'evidence', item };
	const arms: ComparisonRow['arms'] = { [option]: item.row.arms[option] };
	let comparator: ArmId | undefined;
	if (item.row.arms.sham?.status === 'figure') comparator = 'sham';
	else if (option !== 'conservative' && item.row.arms.conservative?.status === 'figure') comparator = 'conservative';
	if (comparator) arms[comparator] = item.row.arms[comparator];
	return { kind: 'figure', outcome: item.outcome, row: { ...item.row, arms }, ...(comparator ? { comparator } : {}) };
}

const denominatorOf = (c: Candidate): number | null => (c.item.kind === 'figures' ? c.item.outcome.denominator : null);

/** The honest gap for an option: the reasons content gives, and whether the question cannot apply to it. */
function gapFor(question: QuestionId, option: OptionId, situation: Situation, bundle: QuestionBundle): OptionAnswer {
	const strata = strataFor(situation).strata;
	if (question === 'cost') return { kind: 'gap', notes: ['notes.noCostGiven'], notApplicable: false };
	const outcomes = new Set(
		bundle.outcomes
			.filter((o) => (o.question === 'pain' ? question === 'pain-soon' || question === 'pain-later' : QUESTION_OF[o.question] === question))
			.map((o) => o.id)
	);
	const gaps = bundle.estimates.filter(
		(e): e is MissingEstimate =>
			e.status === 'no-evidence' && e.arm === option && outcomes.has(e.outcome) && e.strata.some((s) => strata.includes(s))
	);
	const notApplicable = gaps.length > 0 && gaps.every((e) => e.notApplicable === true);
	const notes = [...new Set((notApplicable ? gaps : gaps.filter((e) => !e.notApplicable)).map((e) => e.note))];
	return { kind: 'gap', notes: notes.length > 0 ? notes : ['gap.noEvidence'], notApplicable };
}

/** The bottom line an editor wrote for this question and situation (validation guarantees exactly one). */
export function bottomLineFor(question: QuestionId, key: SituationKey, lines: BottomLineEntry[]): BottomLineEntry | undefined {
	return lines.find((b) => b.question === question && b.situations.includes(key));
}

/**
 * Every patient question for the person's situation, in QUESTION_IDS order: its bottom line, the
 * evidence ranked strongest first (update-2026-12 §3), and one column per option.
 */
export function selectQuestions(situation: Situation, bundle: QuestionBundle = DEFAULT_BUNDLE): QuestionEvidence[] {
	const key = situationKey(situation);
	const all = candidates(situation, bundle);
	return QUESTION_IDS.map((question) => {
		const line = bottomLineFor(question, key, bundle.bottomLines);
		if (!line) throw new Error(`no bottom line for ${question} in ${key} (content/evidence/bottom-lines.json)`);
		const ranked = rank(all.get(question) ?? []);
		const cardDenominator = ranked.map(denominatorOf).find((d) => d !== null) ?? null;

		const chosen = new Map<OptionId, Candidate>();
		const columns = {} as Record<OptionId, OptionAnswer>;
		for (const option of OPTIONS) {
			const gapNote = line.gaps?.[option];
			if (gapNote) {
				columns[option] = { kind: 'gap', notes: [gapNote], notApplicable: false };
				continue;
			}
			const named = line.headline?.[option];
			const fitting = ranked.filter((c) => answersFor(c, option));
			let pick = named ? fitting.find((c) => c.ids.includes(named)) : undefined;
			if (!pick && fitting.length > 0) {
				pick = fitting[0];
				const same = fitting.find((c) => denominatorOf(c) === cardDenominator);
				if (denominatorOf(pick) !== null && denominatorOf(pick) !== cardDenominator && same) pick = same;
			}
			if (pick) {
				chosen.set(option, pick);
				columns[option] = columnFor(pick, option);
			} else columns[option] = gapFor(question, option, situation, bundle);
		}
		const headlines = new Set(chosen.values());
		const items: RankedItem[] = ranked.map((c, i) => ({
			item: c.item,
			design: c.design,
			sources: c.sources,
			industryFunded: c.industryFunded,
			visible: i < TOP_VISIBLE || c.design === 'sham-controlled' || headlines.has(c)
		}));
		const studies = new Set([...chosen.values()].map((c) => c.study));
		const bottomLine: BottomLine = {
			id: line.id,
			text: line.text,
			certainty: line.certainty,
			entries: line.entries,
			...(line.sources ? { sources: line.sources } : {}),
			...(line.namesHarms ? { namesHarms: true } : {})
		};
		return { question, bottomLine, items, columns, mixedStudies: studies.size > 1 };
	});
}
