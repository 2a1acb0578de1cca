import { untrack } from 'svelte';
import { emptyAnswers, type Answers, type Mode } from './model';
import { STORAGE_KEY, browserStore, encodeStored, loadDecode, type Decode, type KeyValueStore, type LoadNotice } from './storage';
import { parseFragment, type FragmentProblem } from './fragment';
import type { CardId } from './cards';

export type Notice =
	| { kind: 'storage'; problem: Exclude<LoadNotice, 'none'> | 'unavailable' | 'other-tab' }
	| { kind: 'fragment'; problem: FragmentProblem };

/**
 * The one session: every answer, persisted to `localStorage` and mirrored (situation only) into
 * the URL fragment. Shaped like svelte.dev's `Persisted`: private state behind getters, methods for
 * every change that is more than a form binding, and the storage work (loading, saving as answers
 * change, following other tabs) inside the class. On the server it stays empty; the browser hydrates
 * it once.
 *
 * `answers` is deep state on purpose: the forms bind straight into it (`bind:group={session.answers.values[item]}`).
 */
export class Session {
	#answers = $state<Answers>(emptyAnswers());
	#notices = $state<Notice[]>([]);
	#card = $state<CardId | null>(null);
	#ready = $state(false);
	#handoff = $state<string | null>(null);
	#store: KeyValueStore | null = null;
	/**
	 * The raw value this tab last read or wrote (`null`: nothing stored). Saving skips an unchanged
	 * value, so a change received from another tab is never written back to it (no ping-pong).
	 */
	#stored: string | null = null;
	/** Reads stored answers back; loaded by `prepare()` only when something is stored. */
	#decode: Decode | null = null;
	#stop: () => void = () => {};

	get answers(): Answers {
		return this.#answers;
	}
	get notices(): readonly Notice[] {
		return this.#notices;
	}
	/** The open card of the Together deck: a view, not an answer, so it lives in the address bar only. */
	get card(): CardId | null {
		return this.#card;
	}
	set card(card: CardId | null) {
		this.#card = card;
	}
	/** False until the browser has read storage and the fragment; saving waits for it. */
	get ready(): boolean {
		return this.#ready;
	}
	/** A hand-off payload from the link, waiting for the person to agree (or not) to load it. */
	get handoff(): string | null {
		return this.#handoff;
	}

	/**
	 * Loads what `hydrate` needs to read saved answers, when there are any (a first visit has none,
	 * and does without the validation code). Run before the first render (the layout's `load`).
	 */
	async prepare(store: KeyValueStore | null = browserStore()): Promise<void> {
		if (this.#decode || !store || read(store) === null) return;
		this.#decode = await loadDecode();
	}

	/**
	 * Reads storage and the fragment, then saves every change and follows changes made in other tabs
	 * until `dispose()`. Without storage (private mode, disabled) the session works in memory, with a notice.
	 *
	 * It runs during the layout's first render, after `prepare()` (the layout's `load`), so the client's
	 * first render already shows the saved answers (no flash of an empty form); Svelte repairs the few
	 * prerendered bits that differ. `decode` is what `prepare()` loaded; without it, stored answers are
	 * read (and `ready` set) once it has loaded.
	 */
	hydrate(hash: string, store: KeyValueStore | null = browserStore(), decode: Decode | null = this.#decode): void {
		this.dispose();
		if (store && !decode && read(store) !== null) {
			// Saved after prepare() looked (another tab, just now): read them once the decoder is here.
			loadDecode().then((loaded) => this.hydrate(hash, store, loaded));
			return;
		}
		this.#store = store;
		this.#decode = decode;
		const notices: Notice[] = [];
		if (store) {
			this.#stored = read(store);
			const { answers, notice } = this.#stored === null || !decode ? { answers: emptyAnswers(), notice: 'none' as const } : decode(this.#stored);
			this.#answers = answers;
			if (notice !== 'none') notices.push({ kind: 'storage', problem: notice });
		} else {
			notices.push({ kind: 'storage', problem: 'unavailable' });
		}
		this.#notices = notices;
		this.applyFragment(hash);
		this.#ready = true;

		const unwatch = store?.watch(STORAGE_KEY, (raw) => this.#receive(raw));
		const unsave = $effect.root(() => {
			$effect(() => this.#save());
		});
		this.#stop = () => {
			unwatch?.();
			unsave();
		};
	}

	/** Stops saving and following other tabs (tests, and a page that hydrates again). */
	dispose(): void {
		this.#stop();
		this.#stop = () => {};
	}

	/** A deep link sets the situation (and second language) and nothing else. */
	applyFragment(hash: string): void {
		const { situation, second, card, answers, problems } = parseFragment(hash);
		this.#card = card ?? null;
		if (answers) this.#handoff = answers;
		if (situation.cause) this.#answers.situation.cause = situation.cause;
		if (situation.age) this.#answers.situation.age = situation.age;
		if (second) this.#answers.second = second;
		this.#notices = [
			...this.#notices.filter((n) => n.kind !== 'fragment'),
			...problems.map((problem): Notice => ({ kind: 'fragment', problem }))
		];
	}

	/** The page's language, remembered so that `/` sends the person back to it. */
	setLanguage(code: string): void {
		this.#answers.language = code;
	}

	/** The way in last used (the Together deck or the step pages), so that `/` returns a clinician to the deck. */
	setMode(mode: Mode): void {
		this.#answers.mode = mode;
	}

	/** The second language of a bilingual consultation; `null` for one language only. */
	setSecond(code: string | null): void {
		this.#answers.second = code;
	}

	/** The person read the safety advice and chose to go on with the aid all the same. */
	continueAnyway(): void {
		this.#answers.safety.continuedAnyway = true;
	}

	addQuestion(text: string): void {
		this.#answers.questions.own.push(text);
	}

	removeQuestion(index: number): void {
		this.#answers.questions.own.splice(index, 1);
	}

	/**
	 * The person agreed to load a hand-off: its answers replace the ones here (they were asked
	 * first when there were any); this device's language and mode stay.
	 */
	acceptHandoff(answers: Answers): void {
		this.#answers = withScreenOf(answers, this.#answers);
		this.#handoff = null;
	}

	/** Keeps the answers here and forgets the hand-off. */
	declineHandoff(): void {
		this.#handoff = null;
	}

	/** "Clear my answers" / "Next patient": nothing of this person stays on the device. */
	clear(): void {
		try {
			this.#store?.remove(STORAGE_KEY);
			this.#stored = null;
		} catch {
			// Nothing to remove if storage went away.
		}
		this.#answers = withScreenOf(emptyAnswers(), this.#answers);
		this.#card = null;
		this.#notices = [];
	}

	dismiss(notice: Notice): void {
		this.#notices = this.#notices.filter((n) => n !== notice);
	}

	#save(): void {
		const answers = $state.snapshot(this.#answers) as Answers;
		// Nothing answered yet: leave no trace at all (a cleared clinic device stays clean).
		const raw = isBlank(answers) ? null : encodeStored(answers);
		if (!this.#store || raw === this.#stored) return;
		try {
			if (raw === null) this.#store.remove(STORAGE_KEY);
			else this.#store.set(STORAGE_KEY, raw);
			this.#stored = raw;
		} catch {
			// Quota or a revoked permission: keep working in memory and say so once.
			this.dispose();
			this.#store = null;
			untrack(() => this.#notify('unavailable'));
		}
	}

	/**
	 * Another tab (a second consultation screen, the patient's summary) saved or cleared: this tab
	 * takes its answers rather than overwriting them later, keeps its own language, and says so.
	 */
	#receive(raw: string | null): void {
		if (raw === this.#stored) return;
		const decode = this.#decode;
		if (raw !== null && !decode) {
			// This tab had nothing stored, so it has not loaded the decoder yet.
			loadDecode().then((loaded) => {
				this.#decode = loaded;
				this.#receive(raw);
			});
			return;
		}
		const next = withScreenOf(raw === null ? emptyAnswers() : decode!(raw).answers, this.#answers);
		this.#answers = next;
		this.#stored = isBlank(next) ? null : encodeStored(next);
		if (raw === null) this.#card = null;
		this.#notify('other-tab');
	}

	#notify(problem: 'unavailable' | 'other-tab'): void {
		const others = this.#notices.filter((n) => !(n.kind === 'storage' && n.problem === problem));
		this.#notices = [...others, { kind: 'storage', problem }];
	}
}

function read(store: KeyValueStore): string | null {
	try {
		return store.get(STORAGE_KEY);
	} catch {
		return null;
	}
}

/** `answers` with the screen settings (language, mode) of this device. */
function withScreenOf(answers: Answers, screen: Answers): Answers {
	return { ...answers, language: screen.language, mode: screen.mode };
}

/** True when nothing but the screen settings (language, mode) differs from a fresh start. */
export function isBlank(answers: Answers): boolean {
	const { language: _l, mode: _m, ...rest } = answers;
	const { language: _el, mode: _em, ...empty } = emptyAnswers();
	return JSON.stringify(rest) === JSON.stringify(empty);
}

export const session = new Session();
