import { SAFETY_ITEMS, safetyFlags, type Answers, type SafetyItem } from './model';

/** What the printout records about the safety screen. */
export type SafetyRecord =
	| { status: 'clear'; flags: [] }
	| { status: 'flagged'; flags: SafetyItem[] }
	| { status: 'not-done'; flags: [] };

/** "No warning signs" only when every question was answered "no"; any "yes" is listed; otherwise not done. */
export function safetyRecord(answers: Answers): SafetyRecord {
	const flags = safetyFlags(answers);
	if (flags.length > 0) return { status: 'flagged', flags };
	const allNo = SAFETY_ITEMS.every((item) => answers.safety.answers[item] === false);
	return allNo ? { status: 'clear', flags: [] } : { status: 'not-done', flags: [] };
}
