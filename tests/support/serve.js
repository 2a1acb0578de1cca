// A tiny static server for the built site (build/), as any static host would serve it:
// folders answer with their index.html, unknown paths get 404.html with status 404, text is
// gzipped when the browser accepts it.
// Loopback only. Usage: node tests/support/serve.js [port] [dir]
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * @param {number} port @param {string} [root]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer(port, root = 'build') {
	const base = resolve(root);
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const cache = path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
			const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg|manifest/.test(type);
			res.writeHead(200, {
				'content-type': type,
				'cache-control': cache,
				...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
			});
			res.end(gzip ? gzipSync(body) : body);
		} catch {
			const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound);
		}
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? 4173);
	startServer(port, process.argv[3] ?? 'build').then(() => console.log(`Serving build/ on http://127.0.0.1:${port}/`));
}
