import { describe, expect, it } from 'vitest';
import { SLOT, splitAtSlot } from './slot';

describe('splitAtSlot', () => {
	it('splits where the translation put the slot, whatever the word order', () => {
		expect(splitAtSlot(`Pain: ${SLOT}.`)).toEqual({ before: 'Pain: ', after: '.' });
		expect(splitAtSlot(`${SLOT}（二〇二五）：`)).toEqual({ before: '', after: '（二〇二五）：' });
	});
	it('keeps the whole text when there is no slot', () => {
		expect(splitAtSlot('No slot here')).toEqual({ before: 'No slot here', after: null });
	});
});
