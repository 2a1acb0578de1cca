import { LOCALES } from './locales';

/** Every page is prerendered once per language (used as `entries` in each page's +page.ts). */
export const localeEntries = () => LOCALES.map((locale) => ({ lang: locale.code }));
