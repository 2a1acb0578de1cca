// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** `PUBLIC_SITE_ORIGIN` at build time ('' when unset); see vite.config.ts. */
	const __PUBLIC_SITE_ORIGIN__: string;
	/** The adapter's fallback page ("404.html"), named once in svelte.config.js; see vite.config.ts. */
	const __NOT_FOUND_PAGE__: string;
	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
