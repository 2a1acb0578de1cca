/**
 * The one line each language shows on `/` and on the not-found page, where no language is chosen yet.
 * Only the `root` and `notFound` parts of each locale are bundled here, not whole locales.
 */
const texts = import.meta.glob<{ intro: string; choose: string }>('/content/locales/*/common.json', {
	eager: true,
	import: 'root'
});
const notFound = import.meta.glob<{ title: string; body: string; choose: string }>('/content/locales/*/common.json', {
	eager: true,
	import: 'notFound'
});

function byLanguage<T>(modules: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(modules).map(([path, value]) => [path.split('/')[3], value]));
}

export const notFoundText = byLanguage(notFound);
export default byLanguage(texts);
