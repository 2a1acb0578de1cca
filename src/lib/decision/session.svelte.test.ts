import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { emptyAnswers, type Answers } from './model';
import { Session } from './session.svelte';
import { STORAGE_KEY, encodeStored, type KeyValueStore } from './storage';
import { decodeStored } from './decode';

/** A `localStorage` stand-in; `otherTab` writes as a second tab would, firing this tab's watchers. */
function fakeStore(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	const watchers = new Set<(raw: string | null) => void>();
	let writes = 0;
	let full = false;
	const store: KeyValueStore = {
		get: (key) => data.get(key) ?? null,
		set(key, value) {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			writes++;
			data.set(key, value);
		},
		remove(key) {
			writes++;
			data.delete(key);
		},
		watch(key, changed) {
			const watcher = (raw: string | null) => changed(raw);
			watchers.add(watcher);
			return () => watchers.delete(watcher);
		}
	};
	return {
		store,
		saved: () => (data.has(STORAGE_KEY) ? JSON.parse(data.get(STORAGE_KEY)!).answers : null),
		writes: () => writes,
		fill: () => (full = true),
		watching: () => watchers.size,
		otherTab(answers: Answers | null) {
			const raw = answers ? encodeStored(answers) : null;
			if (raw === null) data.delete(STORAGE_KEY);
			else data.set(STORAGE_KEY, raw);
			watchers.forEach((w) => w(raw));
		}
	};
}

function answered(change: (answers: Answers) => void): Answers {
	const answers = emptyAnswers();
	change(answers);
	return answers;
}

function started(storage = fakeStore(), hash = '') {
	const session = new Session();
	session.hydrate(hash, storage.store, decodeStored);
	flushSync();
	return session;
}

describe('Session', () => {
	it('starts empty and stores nothing until something is answered', () => {
		const storage = fakeStore();
		const session = started(storage);
		expect(session.ready).toBe(true);
		expect(session.notices).toEqual([]);
		expect(session.answers).toEqual(emptyAnswers());
		session.setLanguage('fr');
		flushSync();
		expect(storage.saved()).toBeNull();
		session.dispose();
	});

	it('loads saved answers and saves every later change by itself', () => {
		const storage = fakeStore({ [STORAGE_KEY]: encodeStored(answered((a) => (a.values.cost = 3))) });
		const session = started(storage);
		expect(session.answers.values.cost).toBe(3);
		session.answers.situation.cause = 'cancer';
		session.addQuestion('Will I need a brace?');
		flushSync();
		expect(storage.saved()).toMatchObject({ situation: { cause: 'cancer' }, values: { cost: 3 }, questions: { own: ['Will I need a brace?'] } });
		session.removeQuestion(0);
		flushSync();
		expect(storage.saved().questions.own).toEqual([]);
		session.dispose();
	});

	it('loads the decoder before the first render only when answers are stored', async () => {
		const storage = fakeStore({ [STORAGE_KEY]: encodeStored(answered((a) => (a.values.cost = 3))) });
		const session = new Session();
		await session.prepare(storage.store);
		session.hydrate('', storage.store);
		flushSync();
		expect(session.ready).toBe(true);
		expect(session.answers.values.cost).toBe(3);
		session.dispose();
	});

	it('answers stored after prepare() looked are read once the decoder is loaded, never overwritten', async () => {
		const storage = fakeStore();
		const session = new Session();
		await session.prepare(storage.store);
		storage.otherTab(answered((a) => (a.values.cost = 3)));
		session.hydrate('', storage.store);
		expect(session.ready).toBe(false);
		await vi.waitFor(() => expect(session.ready).toBe(true));
		flushSync();
		expect(session.answers.values.cost).toBe(3);
		expect(storage.saved()).toMatchObject({ values: { cost: 3 } });
		session.dispose();
	});

	it('starts fresh with a notice when the saved answers are corrupt', () => {
		const session = started(fakeStore({ [STORAGE_KEY]: '{"version":1,"answers":' }));
		expect(session.answers).toEqual(emptyAnswers());
		expect(session.notices).toEqual([{ kind: 'storage', problem: 'corrupt' }]);
		session.dispose();
	});

	it('works in memory, with a notice, when storage is switched off', () => {
		const session = new Session();
		session.hydrate('', null);
		flushSync();
		session.answers.leaning = 'conservative';
		flushSync();
		expect(session.answers.leaning).toBe('conservative');
		expect(session.notices).toEqual([{ kind: 'storage', problem: 'unavailable' }]);
		session.dispose();
	});

	it('keeps working in memory and says so once when saving fails', () => {
		const storage = fakeStore();
		const session = started(storage);
		storage.fill();
		session.answers.values.cost = 1;
		flushSync();
		session.answers.values.cost = 2;
		flushSync();
		expect(session.answers.values.cost).toBe(2);
		expect(session.notices).toEqual([{ kind: 'storage', problem: 'unavailable' }]);
		expect(storage.watching()).toBe(0);
	});

	it('takes the situation from a deep link, never other saved answers, and notes the parts it ignored', () => {
		const storage = fakeStore({ [STORAGE_KEY]: encodeStored(answered((a) => (a.values.fastRelief = 4))) });
		const session = started(storage, '#cause=osteoporotic&age=acute&colour=blue');
		expect(session.answers.situation).toEqual({ cause: 'osteoporotic', age: 'acute' });
		expect(session.answers.values.fastRelief).toBe(4);
		expect(session.notices.map((n) => n.kind)).toEqual(['fragment']);
		session.applyFragment('#cause=cancer');
		expect(session.answers.situation).toEqual({ cause: 'cancer', age: 'acute' });
		expect(session.notices).toEqual([]);
		session.dispose();
	});

	it('clears everything of the person but the screen settings, and removes the stored answers', () => {
		const storage = fakeStore();
		const session = started(storage);
		session.setLanguage('ar');
		session.setMode('together');
		session.setSecond('en');
		session.continueAnyway();
		session.card = 'harms';
		flushSync();
		expect(storage.saved()).toMatchObject({ second: 'en', language: 'ar' });
		session.clear();
		flushSync();
		expect(storage.saved()).toBeNull();
		expect(session.answers).toEqual({ ...emptyAnswers(), language: 'ar', mode: 'together' });
		expect(session.card).toBeNull();
		session.dispose();
	});

	it('loads an accepted hand-off but keeps this device’s language and mode', () => {
		const session = started(fakeStore(), '#answers=abc');
		session.setLanguage('vi');
		expect(session.handoff).toBe('abc');
		session.acceptHandoff(answered((a) => ((a.language = 'en'), (a.leaning = 'kyphoplasty'))));
		expect(session.answers).toMatchObject({ language: 'vi', mode: 'home', leaning: 'kyphoplasty' });
		expect(session.handoff).toBeNull();
		session.dispose();
	});

	describe('with a second tab open', () => {
		it('takes the other tab’s answers, says so, and keeps its own language', () => {
			const storage = fakeStore();
			const session = started(storage);
			session.setLanguage('es');
			session.answers.values.cost = 1;
			flushSync();
			storage.otherTab(answered((a) => ((a.language = 'en'), (a.values.cost = 4))));
			flushSync();
			expect(session.answers.values.cost).toBe(4);
			expect(session.answers.language).toBe('es');
			expect(session.notices).toEqual([{ kind: 'storage', problem: 'other-tab' }]);
			session.dispose();
		});

		it('does not write a received change back (two tabs never ping-pong)', () => {
			const storage = fakeStore();
			const session = started(storage);
			session.setLanguage('es');
			flushSync();
			const before = storage.writes();
			storage.otherTab(answered((a) => ((a.language = 'en'), (a.notes = 'from the desk'))));
			flushSync();
			expect(storage.writes()).toBe(before);
			expect(storage.saved().language).toBe('en');
			// A change made here afterwards is saved as usual.
			session.answers.notes = 'from the tablet';
			flushSync();
			expect(storage.saved()).toMatchObject({ notes: 'from the tablet', language: 'es' });
			session.dispose();
		});

		it('forgets the person here too when the other tab clears ("Next patient")', () => {
			const storage = fakeStore();
			const session = started(storage);
			session.answers.leaning = 'vertebroplasty';
			session.card = 'cost';
			flushSync();
			storage.otherTab(null);
			flushSync();
			expect(session.answers.leaning).toBeNull();
			expect(session.card).toBeNull();
			expect(storage.saved()).toBeNull();
			expect(session.notices).toEqual([{ kind: 'storage', problem: 'other-tab' }]);
			session.dispose();
		});

		it('loads the decoder first when this tab had nothing stored, then takes the other tab’s answers', async () => {
			const storage = fakeStore();
			const session = new Session();
			await session.prepare(storage.store);
			session.hydrate('', storage.store);
			flushSync();
			storage.otherTab(answered((a) => (a.values.cost = 2)));
			await vi.waitFor(() => expect(session.answers.values.cost).toBe(2));
			expect(session.notices).toEqual([{ kind: 'storage', problem: 'other-tab' }]);
			session.dispose();
		});

		it('stops following the other tab once disposed', () => {
			const storage = fakeStore();
			const session = started(storage);
			session.dispose();
			storage.otherTab(answered((a) => (a.notes = 'later')));
			expect(session.answers.notes).toBe('');
		});
	});
});
