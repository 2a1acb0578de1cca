import { describe, expect, it } from 'vitest';
import { handoffOrigin, isPrivateHost } from './handoff-link';

describe('handoffOrigin', () => {
	it('uses the configured public origin, even on a local page', () => {
		expect(handoffOrigin('http://127.0.0.1:4173', 'https://spine.example.org/')).toEqual({
			origin: 'https://spine.example.org',
			localOnly: false,
			host: 'spine.example.org'
		});
	});

	it('falls back to the page origin, and says when a phone cannot reach it', () => {
		expect(handoffOrigin('https://spine.example.org', undefined)).toMatchObject({ origin: 'https://spine.example.org', localOnly: false });
		expect(handoffOrigin('http://127.0.0.1:4403', '')).toEqual({ origin: 'http://127.0.0.1:4403', localOnly: true, host: '127.0.0.1:4403' });
	});

	it('ignores a configured value that is not a web address', () => {
		expect(handoffOrigin('http://localhost:5173', 'spine.example.org')).toMatchObject({ origin: 'http://localhost:5173', localOnly: true });
		expect(handoffOrigin('http://localhost:5173', 'javascript:alert(1)')).toMatchObject({ origin: 'http://localhost:5173', localOnly: true });
	});
});

describe('isPrivateHost', () => {
	it('knows loopback, private ranges and intranet names', () => {
		for (const host of ['localhost', 'app.localhost', '127.0.0.1', '10.2.3.4', '172.16.0.1', '172.31.255.255', '192.168.1.20', '169.254.1.1', '[::1]', 'fd12::1', 'fe80::1', 'clinic-tablet', 'tablet.local', 'x.internal'])
			expect(isPrivateHost(host), host).toBe(true);
	});

	it('takes public names and addresses as public', () => {
		for (const host of ['spine.example.org', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:db8::1', 'user.github.io'])
			expect(isPrivateHost(host), host).toBe(false);
	});
});
