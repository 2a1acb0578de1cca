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

export function speak(text: string, lang: string, onEnd: () => void): boolean {
	if (!speechAvailable()) return false;
	const synth = window.speechSynthesis;
	const voices = synth.getVoices();
	const index = voiceFor(lang, voices);
	if (index === -1) return false;
	synth.cancel();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.voice = voices[index];
	utterance.lang = voices[index].lang;
	utterance.onend = onEnd;
	utterance.onerror = onEnd;
	synth.speak(utterance);
	return true;
}

export function stopSpeaking(): void {
	if (speechAvailable()) window.speechSynthesis.cancel();
}

/** Text to read from an element: what a sighted person sees, without buttons and hidden parts. */
export function readableText(element: HTMLElement): string {
	const clone = element.cloneNode(true) as HTMLElement;
	clone.querySelectorAll('button, [hidden], .no-speak, svg, select, .visually-hidden').forEach((n) => n.remove());
	return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
