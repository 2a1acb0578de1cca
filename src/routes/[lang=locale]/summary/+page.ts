export { localeEntries as entries } from '$lib/i18n/entries';
