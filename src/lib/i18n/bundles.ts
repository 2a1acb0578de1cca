/**
 * The text bundle a route needs besides the shell's (layouts, header, footer): its page's own keys, cut
 * at build time from the code (see page-text.ts). Its path below the language, brackets dropped:
 * `/[lang=locale]/outcomes` → `outcomes`, `/[lang=locale]/outcomes/[situation]` → `outcomes.situation`;
 * the start page `start`.
 */
export function textBundleOf(routeId: string | null | undefined): string {
	const below = (routeId ?? '').split('/').slice(2).filter(Boolean);
	return below.length > 0 ? below.map((segment) => segment.replace(/^\[|\]$/g, '').replace(/=.*$/, '')).join('.') : 'start';
}
