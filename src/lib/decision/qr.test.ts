import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, QR_MAX_VERSION, loadQrEncoder, qrDrawing, qrPath } from './qr';

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

	it('encodes a real deep link with the qrcode library, module for module', async () => {
		const link = 'https://example.org/en/outcomes/#cause=cancer&age=acute';
		const drawing = await qrDrawing(link);
		const { modules } = QRCode.create(link, { errorCorrectionLevel: QR_ERROR_CORRECTION });
		expect(drawing.size).toBe(modules.size + 8);
		let dark = 0;
		for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) dark += modules.get(r, c) ? 1 : 0;
		const drawn = [...drawing.path.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(drawn).toBe(dark);
	});

	it('says whether a text fits in a code a phone can scan', async () => {
		const encoder = await loadQrEncoder();
		expect(encoder.fits('https://example.org/en/#answers=1.' + 'a'.repeat(900))).toBe(true);
		expect(encoder.fits('https://example.org/en/#answers=1.' + 'a'.repeat(1100))).toBe(false);
		expect(encoder.fits('x'.repeat(100_000))).toBe(false);
		expect(QRCode.create('https://example.org/en/#answers=1.' + 'a'.repeat(900), { errorCorrectionLevel: QR_ERROR_CORRECTION }).version).toBeLessThanOrEqual(QR_MAX_VERSION);
	});
});
