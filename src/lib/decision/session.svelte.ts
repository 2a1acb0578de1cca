import { emptyAnswers, type Answers } from './model';
import { STORAGE_KEY, browserStore, decodeStored, encodeStored, type KeyValueStore, type LoadNotice } from './storage';
import { parseFragment, type FragmentProblem } from './fragment';
import type { CardId } from './cards';

export type Notice =
	| { kind: 'storage'; problem: Exclude<LoadNotice, 'none'> | 'unavailable' }
	| { kind: 'fragment'; problem: FragmentProblem };

/**
 * The one session: every answer, persisted to `localStorage` and mirrored (situation only) into
 * the URL fragment. On the server it stays empty; the browser hydrates it once.
 */
export class Session {
	answers = $state<Answers>(emptyAnswers());
	notices = $state<Notice[]>([]);
	/** The open card of the Together deck: a view, not an answer, so it lives in the address bar only. */
	card = $state<CardId | null>(null);
	/** False until the browser has read storage and the fragment; saving waits for it. */
	ready = $state(false);
	#store: KeyValueStore | null = null;

	hydrate(hash: string, store: KeyValueStore | null = browserStore()): void {
		this.#store = store;
		const notices: Notice[] = [];
		if (store) {
			let raw: string | null = null;
			try {
				raw = store.get(STORAGE_KEY);
			} catch {
				raw = null;
			}
			const { answers, notice } = decodeStored(raw);
			this.answers = answers;
			if (notice !== 'none') notices.push({ kind: 'storage', problem: notice });
		} else {
			notices.push({ kind: 'storage', problem: 'unavailable' });
		}
		this.notices = notices;
		this.applyFragment(hash);
		this.ready = true;
	}

	/** A deep link sets the situation (and second language) and nothing else. */
	applyFragment(hash: string): void {
		const { situation, second, card, problems } = parseFragment(hash);
		this.card = card ?? null;
		if (situation.cause) this.answers.situation.cause = situation.cause;
		if (situation.age) this.answers.situation.age = situation.age;
		if (second) this.answers.second = second;
		this.notices = [
			...this.notices.filter((n) => n.kind !== 'fragment'),
			...problems.map((problem): Notice => ({ kind: 'fragment', problem }))
		];
	}

	save(): void {
		if (!this.ready || !this.#store) return;
		const answers = $state.snapshot(this.answers) as Answers;
		try {
			// Nothing answered yet: leave no trace at all (a cleared clinic device stays clean).
			if (isBlank(answers)) this.#store.remove(STORAGE_KEY);
			else this.#store.set(STORAGE_KEY, encodeStored(answers));
		} catch {
			// Quota or a revoked permission: keep working in memory and say so once.
			this.#store = null;
			this.notices = [...this.notices, { kind: 'storage', problem: 'unavailable' }];
		}
	}

	/** "Clear my answers" / "Next patient": nothing of this person stays on the device. */
	clear(): void {
		const language = this.answers.language;
		const mode = this.answers.mode;
		try {
			this.#store?.remove(STORAGE_KEY);
		} catch {
			// Nothing to remove if storage went away.
		}
		this.answers = { ...emptyAnswers(), language, mode };
		this.card = null;
		this.notices = [];
	}

	dismiss(notice: Notice): void {
		this.notices = this.notices.filter((n) => n !== notice);
	}
}

/** True when nothing but the screen settings (language, mode) differs from a fresh start. */
export function isBlank(answers: Answers): boolean {
	const { language: _l, mode: _m, ...rest } = answers;
	const { language: _el, mode: _em, ...empty } = emptyAnswers();
	return JSON.stringify(rest) === JSON.stringify(empty);
}

export const session = new Session();
