// Modules generated at build time by Vite plugins (see vite.config.ts).
declare module 'virtual:sfc/source-facts' {
	const facts: import('$lib/evidence/source-facts-plugin').SourceFacts;
	export default facts;
}
