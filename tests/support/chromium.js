// Where the system Chromium is, and the flags it needs on these machines (no sandbox as root, no
// background network: the machine's network is closed and Chromium would otherwise retry forever).
import { existsSync } from 'node:fs';

/** @type {string[]} */
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
	(p) => p.length > 0
);

export function findChromium() {
	return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu',
	'--disable-quic'
];
