import { describe, expect, it } from 'vitest';
import { joinSentences, spaceAfter } from './spacing';

describe('spacing between translated pieces', () => {
	it('puts no space after Chinese full-width punctuation, one space elsewhere', () => {
		expect(spaceAfter('研究对象：')).toBe('');
		expect(spaceAfter('没有可靠数据。')).toBe('');
		expect(spaceAfter('Who was studied:')).toBe(' ');
		expect(spaceAfter('من شملتهم الدراسة:')).toBe(' ');
	});
	it('joins sentences the way each script does', () => {
		expect(joinSentences(['第一句。', '第二句。'])).toBe('第一句。第二句。');
		expect(joinSentences(['One.', '', 'Two.'])).toBe('One. Two.');
	});
});
