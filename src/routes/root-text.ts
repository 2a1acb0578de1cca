/**
 * The lines each language shows on `/` and on the not-found page, where no language is chosen
 * yet. They live in their own small `root.json` per language, so these pages (and the router,
 * which always loads the error page) do not pull in every language's full text.
 */
interface RootText {
	root: { title: string; intro: string };
	notFound: { title: string; body: string; chooseLanguage: string };
}

const texts = import.meta.glob<RootText>('/content/locales/*/root.json', { eager: true, import: 'default' });

const byLanguage: Record<string, RootText> = Object.fromEntries(
	Object.entries(texts).map(([path, value]) => [path.split('/')[3], value])
);

/** These texts skip i18next (to keep the pages small), so their `{{placeholders}}` are filled here. */
export const fill = (text: string, vars: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (all, name) => vars[name] ?? all);

export const notFoundText = Object.fromEntries(Object.entries(byLanguage).map(([lang, t]) => [lang, t.notFound]));
export default Object.fromEntries(Object.entries(byLanguage).map(([lang, t]) => [lang, t.root]));
