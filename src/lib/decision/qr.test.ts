import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrDrawing, qrPath } from './qr';

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
		const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' });
		expect(drawing.size).toBe(modules.size + 8);
		let dark = 0;
		for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) dark += modules.get(r, c) ? 1 : 0;
		const drawn = [...drawing.path.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(drawn).toBe(dark);
	});
});
