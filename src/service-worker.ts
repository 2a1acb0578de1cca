/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

/**
 * Offline after the first visit: every page of every language and every asset is precached at
 * install. Requests are answered from the cache first; only same-origin GETs are handled.
 * A new version waits until the page asks it to take over (the "new version" notice).
 * `version` is `kit.version.name` (svelte.config.js): the same tree gives the same version, so a
 * rebuild without changes keeps every client's cache.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `sfc-${version}`;
// The host's "not found" page is the adapter's fallback (svelte.config.js), which `prerendered` does not list.
const NOT_FOUND = `${base}/${__NOT_FOUND_PAGE__}`;
// The outcomes pages per situation are for browsers without JavaScript, which run no service worker either.
const NO_SCRIPT_PAGE = /\/outcomes\/[a-z]+-[a-z]+\/?$/;
const ASSETS = [...build, ...files, ...prerendered.filter((path) => !NO_SCRIPT_PAGE.test(path)), NOT_FOUND];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are cached under their folder path ("/en/values/"), whatever the fragment or query.
	const cached = (await cache.match(url.pathname)) ?? (await cache.match(request, { ignoreSearch: true }));
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') cache.put(request, response.clone());
		return response;
	} catch {
		// Offline and not cached: a page gets the site's own "not found" page (it links to every
		// language's start); a script or style gets a plain failure, never HTML in its place.
		const notFound = request.mode === 'navigate' ? await cache.match(NOT_FOUND) : undefined;
		if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
		return new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } });
	}
}
