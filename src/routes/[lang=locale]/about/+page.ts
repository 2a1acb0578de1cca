export { localeEntries as entries } from '$lib/i18n/entries';
export { loadEvidenceText as load } from '$lib/i18n/evidence-page';
