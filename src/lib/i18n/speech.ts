/**
 * Read-aloud with the browser's own speech synthesis (nothing leaves the device). A language is
 * spoken only by a voice of that language; without one, there is no listen button at all.
 */
export function speechAvailable(): boolean {
	return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** The best voice for a BCP 47 tag: same tag, else same primary language (zh-Hans → zh-CN). */
export function voiceFor(lang: string, voices: readonly Pick<SpeechSynthesisVoice, 'lang'>[]): number {
	const wanted = lang.toLowerCase();
	const primary = wanted.split('-')[0];
	const exact = voices.findIndex((v) => v.lang.toLowerCase() === wanted);
	if (exact !== -1) return exact;
	return voices.findIndex((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
}

/** Same language, compared on the primary subtag as voices are (`zh-Hans` reads as `zh`). */
function sameLanguage(a: string, b: string): boolean {
	const primary = (tag: string) => tag.toLowerCase().replace('_', '-').split('-')[0];
	return primary(a) === primary(b);
}

/** One piece read as one utterance: a paragraph, a heading, a caption line — never a whole page. */
export interface Segment {
	element: HTMLElement;
	text: string;
}

/** Which text to read: only one language (the second language's own button), or all but one. */
export type LanguageFilter = { only: string } | { except: string | null };

/** Never read: controls, pictures (their words are in the captions), and anything hidden. */
const SKIP = 'button, select, svg, script, style, [hidden], .no-speak, .visually-hidden, dialog:not([open])';
/** The blocks text is grouped by; each becomes its own utterance. */
const BLOCK = '.bi-first, .bi-second, p, li, h1, h2, h3, h4, legend, label, th, td, figcaption > *, summary, div';

function keeps(filter: LanguageFilter, lang: string): boolean {
	if ('only' in filter) return sameLanguage(lang, filter.only);
	return filter.except === null || !sameLanguage(lang, filter.except);
}

/**
 * The visible text under `root`, block by block, in the language(s) asked for, each block with the
 * language it is written in. Hidden parts (closed disclosures, dialogs, other tabs) are skipped.
 */
export function speechSegments(root: HTMLElement, filter: LanguageFilter): (Segment & { lang: string })[] {
	const segments: (Segment & { lang: string })[] = [];
	const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
		const parent = node.parentElement;
		if (!text || !parent || parent.closest(SKIP)) continue;
		if (parent.checkVisibility && !parent.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) continue;
		const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
		if (!keeps(filter, lang)) continue;
		const element = (parent.closest(BLOCK) as HTMLElement | null) ?? parent;
		const last = segments.at(-1);
		if (last && last.element === element && last.lang === lang) last.text += ` ${text}`;
		else segments.push({ element, text, lang });
	}
	return segments;
}

/**
 * Reads segments one after another in one voice, reporting where it is (a position cue), so
 * long cards are short utterances (Chrome cuts long ones) and reading can stop between any two.
 */
export function speakSegments(
	segments: readonly Segment[],
	lang: string,
	events: { onProgress: (index: number, total: number, segment: Segment) => void; onEnd: () => void }
): boolean {
	if (!speechAvailable() || segments.length === 0) return false;
	const synth = window.speechSynthesis;
	const voices = synth.getVoices();
	const index = voiceFor(lang, voices);
	if (index === -1) return false;
	synth.cancel();
	let stopped = false;
	const next = (i: number) => {
		if (stopped) return;
		if (i >= segments.length) {
			events.onEnd();
			return;
		}
		const utterance = new SpeechSynthesisUtterance(segments[i].text);
		utterance.voice = voices[index];
		utterance.lang = voices[index].lang;
		utterance.onend = () => next(i + 1);
		utterance.onerror = () => {
			stopped = true;
			events.onEnd();
		};
		events.onProgress(i, segments.length, segments[i]);
		synth.speak(utterance);
	};
	current?.();
	current = () => {
		stopped = true;
		events.onEnd();
	};
	next(0);
	return true;
}

let current: (() => void) | null = null;

export function stopSpeaking(): void {
	current?.();
	current = null;
	if (speechAvailable()) window.speechSynthesis.cancel();
}
