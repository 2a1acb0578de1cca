/** The languages the aid ships in. Adding one: a folder in `content/locales/` and a line here. */
export interface LocaleInfo {
	/** BCP 47 tag used in the URL path. */
	code: string;
	/** The language's own name for itself. */
	name: string;
	dir: 'ltr' | 'rtl';
	/** The tag handed to `Intl`, fixing the digits so server and browser agree. */
	intl: string;
}

export const LOCALES: readonly LocaleInfo[] = [
	{ code: 'en', name: 'English', dir: 'ltr', intl: 'en-u-nu-latn' },
	{ code: 'es', name: 'Español', dir: 'ltr', intl: 'es-u-nu-latn' },
	{ code: 'fr', name: 'Français', dir: 'ltr', intl: 'fr-u-nu-latn' },
	{ code: 'vi', name: 'Tiếng Việt', dir: 'ltr', intl: 'vi-u-nu-latn' },
	{ code: 'zh-Hans', name: '简体中文', dir: 'ltr', intl: 'zh-Hans-u-nu-latn' },
	// Arabic uses Arabic-Indic digits everywhere, charts included (a deliberate, consistent choice).
	{ code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-arab' }
];

export const DEFAULT_LOCALE = 'en';

/**
 * The text files of every language: `content/locales/<lang>/<namespace>.json`. `root` holds the
 * language list at `/` (read at build time); the translator loads the others.
 */
export const NAMESPACES = ['common', 'evidence', 'charts', 'glossary', 'handoff', 'root'] as const;

export function findLocale(code: string | null | undefined): LocaleInfo | undefined {
	return LOCALES.find((l) => l.code === code);
}

export function isLocale(code: string | null | undefined): boolean {
	return findLocale(code) !== undefined;
}

/**
 * The best supported language for a browser's preference list (navigator.languages):
 * exact tag first, then the same primary language (e.g. "zh-CN" → "zh-Hans", "es-MX" → "es").
 */
export function bestLocale(preferred: readonly string[]): string {
	for (const wanted of preferred) {
		const exact = LOCALES.find((l) => l.code.toLowerCase() === wanted.toLowerCase());
		if (exact) return exact.code;
		const primary = wanted.split('-')[0].toLowerCase();
		const sameLanguage = LOCALES.find((l) => l.code.split('-')[0].toLowerCase() === primary);
		if (sameLanguage) return sameLanguage.code;
	}
	return DEFAULT_LOCALE;
}
