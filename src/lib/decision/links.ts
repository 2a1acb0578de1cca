import { resolve } from '$app/paths';
import { pagePath, type Page } from './paths';

/**
 * Every internal link and navigation goes through here: SvelteKit's `resolve()` adds the base
 * path (relative in prerendered HTML, so a copy of `build/` works under any sub-path).
 */
export function pageHref(lang: string, page: Page = ''): string {
	return resolve(pagePath(lang, page));
}
