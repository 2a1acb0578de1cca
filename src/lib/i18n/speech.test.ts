import { describe, expect, it } from 'vitest';
import { voiceFor } from './speech';

describe('voiceFor', () => {
	const voices = [{ lang: 'en-US' }, { lang: 'es-ES' }, { lang: 'zh-CN' }, { lang: 'ar-SA' }];

	it('prefers the exact tag, then the same primary language', () => {
		expect(voiceFor('en-US', voices)).toBe(0);
		expect(voiceFor('en', voices)).toBe(0);
		expect(voiceFor('zh-Hans', voices)).toBe(2);
		expect(voiceFor('ar', voices)).toBe(3);
	});

	it('finds no voice for a language the browser cannot speak', () => {
		expect(voiceFor('vi', voices)).toBe(-1);
		expect(voiceFor('fr', [])).toBe(-1);
	});
});
