import { describe, expect, it } from 'vitest';
import { keyNumbers } from './keyNumbers';
import { selectEvidence, type OutcomeEvidence } from './select';
import type { ComparisonRow, Estimate, FigureEstimate } from './types';

const figure = (count: number, of = 100) => ({ status: 'figure', count, of }) as unknown as FigureEstimate;
const gap = { status: 'no-evidence' } as unknown as Estimate;

function outcome(rows: Partial<ComparisonRow>[]): OutcomeEvidence {
	return { rows: rows.map((r) => ({ strata: [], arms: {}, ...r })) } as unknown as OutcomeEvidence;
}

describe('keyNumbers', () => {
	it('keeps only the arms some line has, in the fixed order (options, then sham)', () => {
		const table = keyNumbers({
			outcomes: [
				outcome([{ outcome: 'pain', comparison: 'a', arms: { sham: figure(30), vertebroplasty: figure(40) } }]),
				outcome([{ outcome: 'harm', comparison: 'b', arms: { conservative: figure(2, 1000) } }])
			]
		});
		expect(table.arms).toEqual(['conservative', 'vertebroplasty', 'sham']);
		expect(table.lines.map((l) => l.id)).toEqual(['paina', 'harmb']);
	});

	it('tells a figure, a stated gap and an option the study did not look at apart', () => {
		const table = keyNumbers({
			outcomes: [outcome([{ outcome: 'pain', comparison: 'a', arms: { conservative: figure(12), kyphoplasty: gap } }])]
		});
		expect(table.arms).toEqual(['conservative', 'kyphoplasty']);
		const [line] = table.lines;
		expect(line.cells.map((c) => c.kind)).toEqual(['figure', 'gap']);
		expect(line.cells[0].kind === 'figure' && line.cells[0].figure.count).toBe(12);

		const wider = keyNumbers({
			outcomes: [
				outcome([
					{ outcome: 'pain', comparison: 'a', arms: { conservative: figure(12) } },
					{ outcome: 'pain', comparison: 'b', arms: { vertebroplasty: figure(20) } }
				])
			]
		});
		expect(wider.lines[0].cells.map((c) => c.kind)).toEqual(['figure', 'not-studied']);
		expect(wider.lines[1].cells.map((c) => c.kind)).toEqual(['not-studied', 'figure']);
	});

	it('is empty when nothing was selected, and names the two denominators', () => {
		const table = keyNumbers({ outcomes: [] });
		expect(table).toEqual({ arms: [], lines: [], denominators: { common: 100, rare: 1000 } });
	});

	it('shows the same figures the selection holds, for a real situation', () => {
		const selected = selectEvidence({ cause: 'osteoporotic', age: 'acute' });
		const table = keyNumbers(selected);
		const rows = selected.outcomes.flatMap((o) => o.rows);
		expect(table.lines).toHaveLength(rows.length);
		const counts = table.lines.flatMap((l) => l.cells.flatMap((c) => (c.kind === 'figure' ? [c.figure.count] : [])));
		const expected = rows.flatMap((r) => table.arms.flatMap((arm) => { const e = r.arms[arm]; return e?.status === 'figure' ? [e.count] : []; }));
		expect(counts).toEqual(expected);
		expect(counts.length).toBeGreaterThan(0);
	});
});
