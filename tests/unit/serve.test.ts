import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/serve.js';

/** The test server behaves as a static host does, since the browser tests and the bench rely on it. */
describe('tests/support/serve.js', () => {
	const root = mkdtempSync(join(tmpdir(), 'sfc-serve-'));
	let server: Server;
	let origin = '';
	const page = '<!doctype html><p>' + 'hello '.repeat(200) + '</p>';
	beforeAll(async () => {
		mkdirSync(join(root, 'en'));
		mkdirSync(join(root, '_app', 'immutable'), { recursive: true });
		writeFileSync(join(root, 'en', 'index.html'), page);
		writeFileSync(join(root, '404.html'), '<p>not found</p>');
		writeFileSync(join(root, '_app', 'immutable', 'a.js'), 'export const a = 1;');
		server = await startServer(0, root);
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => {
		server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('answers a folder with its index.html, gzipped when accepted', async () => {
		const plain = await fetch(`${origin}/en/`, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.status).toBe(200);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(page);
		// fetch() would unzip on its own: read the raw bytes through node:http instead.
		const { request } = await import('node:http');
		const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done) =>
			request(`${origin}/en/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c)).on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
			}).end()
		);
		expect(raw.headers['content-encoding']).toBe('gzip');
		expect(Number(raw.headers['content-length'])).toBe(raw.body.length);
		expect(gunzipSync(raw.body).toString()).toBe(page);
	});

	it('redirects a folder asked for without its slash, as static hosts do', async () => {
		const response = await fetch(`${origin}/en?x=1`, { redirect: 'manual' });
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/en/?x=1');
	});

	it('gives 404.html with status 404 for unknown and malformed paths', async () => {
		for (const path of ['/nope/', '/%E0%A4%A', '/../etc/passwd']) {
			const response = await fetch(`${origin}${path}`);
			expect(response.status, path).toBe(404);
			expect(await response.text()).toBe('<p>not found</p>');
		}
	});

	it('lets hashed assets be cached for good, and the rest revalidated', async () => {
		expect((await fetch(`${origin}/_app/immutable/a.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect((await fetch(`${origin}/en/`)).headers.get('cache-control')).toBe('no-cache');
	});
});
