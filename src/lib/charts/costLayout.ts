/**
 * Geometry of the cost chart: one horizontal bar per amount, in the source's own currency (never
 * converted), options in the fixed order and every option present — an option without an amount
 * gets a row that says "no figure" rather than disappearing. Bars are measured in a 0…100 box
 * (the component stretches it with CSS); in RTL they grow from the right.
 */
import { max } from 'd3-array';
import { OPTIONS, type CostStudy, type OptionId } from '$lib/evidence/types';
import { round3, type Dir } from './iconLayout';

export interface CostBar {
	arm: OptionId;
	/** i18n key (evidence namespace) naming a sub-setting, e.g. outpatient vs inpatient. */
	label?: string;
	amount: number | null;
	/** Start and length in the 0…100 box; 0 for a missing amount. */
	x: number;
	width: number;
}

const COST_BOX = 100;

export function costBars(study: CostStudy, dir: Dir = 'ltr'): CostBar[] {
	const largest = max(study.amounts, (a) => a.amount ?? undefined) ?? 0;
	// Proportional from zero; plain arithmetic keeps d3-scale's linear scale (and d3-interpolate,
	// d3-color, d3-format) out of pages that only show costs.
	const length = (amount: number) => (largest > 0 ? (amount / largest) * COST_BOX : 0);
	return OPTIONS.flatMap((arm) => {
		const entries = study.amounts.filter((a) => a.arm === arm);
		const rows = entries.length ? entries : [{ arm, amount: null }];
		return rows.map((entry): CostBar => {
			const amount = entry.amount;
			const width = amount === null ? 0 : round3(Math.max(0, length(amount)));
			return {
				arm,
				...('label' in entry && entry.label ? { label: entry.label } : {}),
				amount,
				x: dir === 'rtl' ? round3(COST_BOX - width) : 0,
				width
			};
		});
	});
}
