import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { loadQrEncoder, qrDrawing, qrPath, type QrDrawing } from './qr';

/** The drawing as pixels (dark on white, `scale` px a module), read back by a QR decoder as a phone would. */
function decode({ size, path }: QrDrawing, scale = 4): string | null {
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g))
		for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
			for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
	return jsQR(pixels, width, width)?.data ?? null;
}

describe('qrPath', () => {
	it('draws runs of dark modules as one rectangle each, inside a quiet zone', () => {
		const dark = [
			[true, true, false],
			[false, false, false],
			[true, false, true]
		];
		expect(qrPath(3, (r, c) => dark[r][c])).toEqual({
			size: 11,
			path: 'M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z'
		});
	});

	it('encodes a real deep link that a QR decoder reads back exactly', async () => {
		for (const link of ['https://example.org/en/outcomes/#cause=cancer&age=acute', 'https://example.org/ar/#answers=1.' + 'Ab9-_'.repeat(150)])
			expect(decode(await qrDrawing(link))).toBe(link);
	});

	it('says whether a text fits in a code a phone can scan', async () => {
		const encoder = await loadQrEncoder();
		expect(encoder.fits('https://example.org/en/#answers=1.' + 'a'.repeat(900))).toBe(true);
		expect(encoder.fits('https://example.org/en/#answers=1.' + 'a'.repeat(1100))).toBe(false);
		expect(encoder.fits('x'.repeat(100_000))).toBe(false);
		// At most version 25: 117 modules a side, and the 4-module quiet zone.
		expect(encoder.draw('https://example.org/en/#answers=1.' + 'a'.repeat(900)).size).toBeLessThanOrEqual(117 + 8);
	});
});
