import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from './translator';

describe('a key the page text lacks', () => {
	// As in a built page in the browser (development skips the check, prerendering throws instead).
	afterEach(() => vi.unstubAllEnvs());
	it('is reported (a console error in the browser), and a key it has is not', () => {
		vi.stubEnv('DEV', false);
		vi.stubEnv('SSR', false);
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const tr = createTranslator('en', { common: { a: { b: 'Found' } }, evidence: { c: 'Also found' } }, {});
		expect(tr.t('a.b')).toBe('Found');
		expect(tr.t('evidence:c')).toBe('Also found');
		expect(error).not.toHaveBeenCalled();
		tr.t('a.missing');
		tr.t('evidence:missing', { count: 2 });
		expect(error).toHaveBeenCalledTimes(2);
		expect(String(error.mock.calls[1][0])).toContain('evidence:missing');
		error.mockRestore();
	});
});
