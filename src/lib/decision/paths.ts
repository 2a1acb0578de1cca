import { PAGES } from './steps';

/**
 * The site's own page paths, before the base path: `/{lang}/` and `/{lang}/{page}/`, with the
 * trailing slash prerendered folder routes need. `links.ts` hands them to SvelteKit's
 * `resolve()`, so the site also works under a sub-path (`/decision-aids/spine/en/…`).
 */
export type Page = (typeof PAGES)[number];

export function pagePath(lang: string, page: Page = ''): `/${string}/` {
	return page ? `/${lang}/${page}/` : `/${lang}/`;
}

/**
 * The page a route shows (`'/[lang=locale]/summary'` → `'summary'`, the start page → `''`), so a
 * link can point at the same page in another language; null for a route outside `/{lang}/`.
 */
export function pageOfRoute(routeId: string | null): Page | null {
	const match = /^\/\[lang=locale\](?:\/(.*))?$/.exec(routeId ?? '');
	if (!match) return null;
	const page = match[1] ?? '';
	return (PAGES as readonly string[]).includes(page) ? (page as Page) : null;
}
