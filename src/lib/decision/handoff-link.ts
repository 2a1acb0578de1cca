import type { Answers } from './model';

/** The language a hand-off link opens in: the patient's, that is the second language when one is set. */
export function patientLanguage(answers: Answers, language: string): string {
	return answers.second ?? language;
}

/**
 * Where a hand-off link points. A configured public origin (PUBLIC_SITE_ORIGIN, set at build
 * time) wins; otherwise the page's own origin, which a phone can open only when it is public —
 * a clinic tablet served from localhost or an intranet address makes a code that only works on
 * the same network, and the page says so.
 */
export interface HandoffOrigin {
	origin: string;
	/** True when the origin is loopback, private or a bare intranet name. */
	localOnly: boolean;
	host: string;
}

export function handoffOrigin(pageOrigin: string, configured: string | undefined): HandoffOrigin {
	// A configured origin is taken at its word: whoever set it knows where the site is published.
	const publicUrl = parseOrigin(configured);
	if (publicUrl) return { origin: publicUrl.origin, localOnly: false, host: publicUrl.host };
	const page = parseOrigin(pageOrigin);
	if (!page) return { origin: pageOrigin, localOnly: true, host: pageOrigin };
	return { origin: page.origin, localOnly: isPrivateHost(page.hostname), host: page.host };
}

function parseOrigin(text: string | undefined): URL | null {
	if (!text) return null;
	try {
		const url = new URL(text);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
	} catch {
		return null;
	}
}

export function isPrivateHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
	if (host.endsWith('.lan') || host.endsWith('.home.arpa')) return true;
	const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	if (ipv4) {
		const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
		return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
	}
	if (host.includes(':')) return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
	// A name without a dot resolves only inside its own network.
	return !host.includes('.');
}
