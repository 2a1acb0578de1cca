// Makes a Chromium available for the browser tests: CHROMIUM_PATH or /usr/bin/chromium; when there is
// none, installs Debian's `chromium` (and fonts for Arabic and Chinese) if running as root, otherwise
// stops with a one-line instruction.
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.js';

/** @param {string} command @param {string[]} args */
function run(command, args) {
	execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
	console.error(
		'No Chromium found. Install it with "sudo apt-get install chromium fonts-noto-core fonts-noto-cjk" or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}
console.log('No Chromium found: installing Debian\'s chromium package (one time)…');
try {
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core', 'fonts-noto-cjk']);
} catch {
	console.error('Installing chromium with apt-get failed. Install it by hand or set CHROMIUM_PATH.');
	process.exit(1);
}
if (!findChromium()) {
	console.error('chromium was installed but not found at /usr/bin/chromium. Set CHROMIUM_PATH.');
	process.exit(1);
}
