// Serves the built site (build/) as a static host would, with sirv: folders answer with their
// index.html (a folder asked for without its trailing slash gets a 308 to it, as real hosts do),
// unknown paths get 404.html with status 404, text is gzipped when the browser accepts it (the
// bench's Lighthouse runs measure what a real host would send), hashed assets are cached for good.
// Files are looked up per request, so a rebuild while the server runs is served at once.
// Loopback only. Usage: node tests/support/serve.js [port] [dir]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const COMPRESSIBLE = /text|javascript|json|svg|manifest/;

/**
 * Gzips a 200 response of a compressible type in one piece. The site's files are small, so
 * buffering is simpler than streaming and gives a correct Content-Length.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
function gzipWhenAccepted(req, res) {
	if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return;
	const writeHead = res.writeHead.bind(res);
	const write = res.write.bind(res);
	const end = res.end.bind(res);
	/** @type {Buffer[]} */
	const chunks = [];
	let buffering = false;
	/** @param {number} code @param {Record<string, string | number>} [headers] */
	const head = (code, headers = {}) => {
		buffering = code === 200 && req.method !== 'HEAD' && COMPRESSIBLE.test(String(headers['Content-Type'] ?? res.getHeader('content-type') ?? ''));
		if (!buffering) return writeHead(code, headers);
		res.statusCode = code;
		for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() !== 'content-length') res.setHeader(key, value);
		return res;
	};
	res.writeHead = /** @type {typeof res.writeHead} */ (/** @type {unknown} */ (head));
	res.write = /** @type {typeof res.write} */ (
		/** @type {unknown} */ (
			(/** @type {Buffer | string} */ chunk) => {
				if (!buffering) return write(chunk);
				chunks.push(Buffer.from(chunk));
				return true;
			}
		)
	);
	res.end = /** @type {typeof res.end} */ (
		/** @type {unknown} */ (
			(/** @type {Buffer | string | undefined} */ chunk) => {
				if (!buffering) return chunk === undefined ? end() : end(chunk);
				if (chunk !== undefined && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
				const body = gzipSync(Buffer.concat(chunks));
				res.setHeader('Content-Encoding', 'gzip');
				res.setHeader('Vary', 'Accept-Encoding');
				res.setHeader('Content-Length', body.length);
				writeHead(res.statusCode);
				return end(body);
			}
		)
	);
}

/**
 * @param {number} port @param {string} [root]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer(port, root = 'build') {
	const base = resolve(root);
	const files = sirv(base, {
		dev: true,
		etag: true,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		},
		onNoMatch(_req, res) {
			let body;
			try {
				body = readFileSync(join(base, '404.html'));
			} catch {
				body = Buffer.from('Not found');
			}
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
			res.end(body);
		}
	});
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.endsWith('/') && isFolder(base, url.pathname)) {
			res.writeHead(308, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		gzipWhenAccepted(req, res);
		files(req, res);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** @param {string} base @param {string} pathname */
function isFolder(base, pathname) {
	try {
		const path = join(base, decodeURIComponent(pathname));
		return path.startsWith(base) && statSync(path).isDirectory();
	} catch {
		return false;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? 4173);
	const dir = process.argv[3] ?? 'build';
	startServer(port, dir).then(() => console.log(`Serving ${dir} on http://127.0.0.1:${port}/`));
}
