import type { Plugin } from 'vite';
import { evidence } from '../evidence/index.ts';
import { readIntlTable } from './intl-table-build.ts';
import { LOCALES, findLocale } from './locales.ts';

const INTL_ID = 'virtual:sfc/intl';
const RESOLVED = `\0${INTL_ID}`;
const TABLE_PREFIX = `\0sfc-intl/`;

/** The currencies the content's costs are given in. */
const contentCurrencies = () => [...new Set(evidence.costs.map((c) => c.currency))].sort();

/**
 * Serves `virtual:sfc/intl`: `loadIntlTable(lang)` gives one language's `IntlTable` (intl-table.ts),
 * read off Node's `Intl` at build time, each language its own small chunk loaded beside the shell's text.
 */
export function intlTables(): Plugin {
	// The client and server builds each load every language's table: read each once (half a second apiece).
	const tables = new Map<string, string>();
	const tableModule = (code: string) => {
		const locale = findLocale(code);
		if (!locale) return 'export default undefined;';
		let json = tables.get(code);
		if (json === undefined) tables.set(code, (json = JSON.stringify(readIntlTable(locale, contentCurrencies()))));
		return `export default JSON.parse(${JSON.stringify(json)});`;
	};
	return {
		name: 'sfc-intl-tables',
		enforce: 'pre',
		resolveId(id) {
			if (id === INTL_ID) return RESOLVED;
			if (id.startsWith(`${INTL_ID}/`)) return TABLE_PREFIX + id.slice(INTL_ID.length + 1);
			return undefined;
		},
		load(id) {
			if (id === RESOLVED) {
				const lines = LOCALES.map(({ code }) => `\t${JSON.stringify(code)}: () => import(${JSON.stringify(`${INTL_ID}/${code}`)}),`);
				return [
					'const loaders = {',
					...lines,
					'};',
					'/** @param {string} lang */',
					'export const loadIntlTable = (lang) => { const load = loaders[lang]; return load ? load().then((m) => m.default) : Promise.resolve(undefined); };'
				].join('\n');
			}
			if (!id.startsWith(TABLE_PREFIX)) return undefined;
			return tableModule(id.slice(TABLE_PREFIX.length));
		}
	};
}
