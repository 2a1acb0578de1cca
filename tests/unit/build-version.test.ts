import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config, { buildVersion } from '../../svelte.config.js';
import pkg from '../../package.json';

/** The service worker's cache name comes from this: same tree, same name; any change, a new one. */
describe('buildVersion (kit.version.name)', () => {
	const root = mkdtempSync(join(tmpdir(), 'sfc-version-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const put = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	put('package.json', JSON.stringify({ version: '2.3.4' }));
	for (const file of ['package-lock.json', 'svelte.config.js', 'vite.config.ts', 'src/app.html', 'content/about.json', 'static/robots.txt'])
		put(file, file);
	put('src/lib/a.test.ts', 'a test');
	put('src/lib/__snapshots__/a.html', 'a snapshot');

	it('is the package version plus a content hash, the same for the same tree', () => {
		const first = buildVersion(root);
		expect(first).toMatch(/^2\.3\.4-[0-9a-f]{12}$/);
		expect(buildVersion(root)).toBe(first);
	});

	it('changes with what the build reads, not with tests or snapshots', () => {
		const before = buildVersion(root);
		put('src/lib/a.test.ts', 'another test');
		put('src/lib/__snapshots__/a.html', 'another snapshot');
		expect(buildVersion(root)).toBe(before);
		put('content/about.json', 'changed');
		expect(buildVersion(root)).not.toBe(before);
	});

	it('is what the project builds with', () => {
		expect(config.kit?.version?.name).toBe(buildVersion());
		expect(config.kit?.version?.name?.startsWith(`${pkg.version}-`)).toBe(true);
	});
});
