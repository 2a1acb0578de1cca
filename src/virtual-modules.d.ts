// Modules generated at build time by Vite plugins (see vite.config.ts).
declare module 'virtual:sfc/source-facts' {
	const facts: import('$lib/evidence/source-facts-plugin').SourceFacts;
	export default facts;
}
declare module 'virtual:sfc/text' {
	/** One bundle's text (`shell`, or a page's own) in one language: `{ namespace: tree }`. */
	export function loadText(bundle: string, lang: string): Promise<Record<string, Record<string, unknown>>>;
}
declare module 'virtual:sfc/about-data' {
	const data: import('$lib/evidence/about-data-plugin').AboutShown;
	export default data;
}
declare module 'virtual:sfc/intl' {
	/** One language's `IntlTable`, read off `Intl` at build time (undefined for an unknown language). */
	export function loadIntlTable(lang: string): Promise<import('$lib/i18n/intl-table').IntlTable | undefined>;
}
