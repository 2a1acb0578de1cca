import type { LocaleInfo } from './locales.ts';

/** How the aid groups its numbers: Chinese patient text writes 1000, not 1,000 (groups from five digits). */
export const numberGrouping = (locale: LocaleInfo): 'min2' | 'auto' => (locale.code === 'zh-Hans' ? 'min2' : 'auto');
