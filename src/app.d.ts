// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** `PUBLIC_SITE_ORIGIN` at build time ('' when unset); see vite.config.ts. */
	const __PUBLIC_SITE_ORIGIN__: string;
	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
