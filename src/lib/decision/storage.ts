import type { Answers } from './model';

/**
 * Saved answers live under one key per major version. Loading is total: missing, corrupt,
 * foreign or older data never throws; the caller gets usable answers and a notice to show.
 * Reading them back (`decode.ts`, with valibot) loads only when something is stored: a first
 * visit never needs it.
 */
export const STORAGE_KEY = 'sfc:v1';
export const STORAGE_VERSION = 1;

/** `trimmed`: everything was readable, but some saved text was longer than `LIMITS` and was cut. */
export type LoadNotice = 'none' | 'corrupt' | 'partly-corrupt' | 'old-version' | 'trimmed';

/** Stored text → answers and the notice to show (`decodeStored` in `decode.ts`). */
export type Decode = (raw: string | null | undefined) => { answers: Answers; notice: LoadNotice };

/** The decoder, loaded on demand (a precached chunk, so offline too). */
export const loadDecode = (): Promise<Decode> => import('./decode').then((m) => m.decodeStored);

export function encodeStored(answers: Answers): string {
	return JSON.stringify({ version: STORAGE_VERSION, answers });
}

/** localStorage, or nothing at all when the browser refuses it (private mode, disabled storage). */
export interface KeyValueStore {
	get(key: string): string | null;
	set(key: string, value: string): void;
	remove(key: string): void;
	/**
	 * Calls `changed` with the new raw value when another tab or window writes `key` (`null`: it was
	 * removed). Returns the unsubscribe function.
	 */
	watch(key: string, changed: (raw: string | null) => void): () => void;
}

export function browserStore(): KeyValueStore | null {
	try {
		const storage = globalThis.localStorage;
		const probe = `${STORAGE_KEY}:probe`;
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return {
			get: (key) => storage.getItem(key),
			set: (key, value) => storage.setItem(key, value),
			remove: (key) => storage.removeItem(key),
			watch(key, changed) {
				// The `storage` event fires only in the other tabs, never in the one that wrote.
				const listener = (event: StorageEvent) => {
					if (event.storageArea === storage && (event.key === key || event.key === null)) changed(event.newValue);
				};
				globalThis.addEventListener('storage', listener);
				return () => globalThis.removeEventListener('storage', listener);
			}
		};
	} catch {
		return null;
	}
}
