/**
 * A QR code of a deep link, as one SVG path: the encoding is done by the `lean-qr` library (3.6 KB
 * gzip, against 9 KB for `qrcode`, which it replaced); this only turns its module matrix into
 * drawing instructions so Svelte can render it (no `{@html}`).
 */
export interface QrDrawing {
	/** Modules per side, including the quiet zone. */
	size: number;
	path: string;
}

const QUIET_ZONE = 4;

/** Horizontal runs of dark modules become one rectangle each, which keeps the path short. */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean): QrDrawing {
	const parts: string[] = [];
	for (let row = 0; row < size; row++) {
		let col = 0;
		while (col < size) {
			if (!isDark(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < size && isDark(row, col)) col++;
			parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
		}
	}
	return { size: size + 2 * QUIET_ZONE, path: parts.join('') };
}

/**
 * Scannable by an ordinary phone camera: error correction M (15 %, for glare on a screen and
 * creases in a printout) and at most version 25 (117 × 117 modules, about 1,000 bytes), drawn
 * at 2.5 CSS px a module or more. A hand-off that needs more is shortened (`fitHandoff`).
 */
const QR_ERROR_CORRECTION = 'M';
const QR_MAX_VERSION = 25;

export interface QrEncoder {
	/** True when `text` fits in a code no larger than QR_MAX_VERSION. */
	fits(text: string): boolean;
	draw(text: string): QrDrawing;
}

/** Loads the encoder only when a QR code is asked for, so no other page pays for it. */
export async function loadQrEncoder(): Promise<QrEncoder> {
	const { generate, correction } = await import('lean-qr');
	// Correction M at least (lean-qr raises it where the chosen size has room); too long a text throws.
	const create = (text: string) => generate(text, { minCorrectionLevel: correction[QR_ERROR_CORRECTION], maxVersion: QR_MAX_VERSION });
	return {
		fits(text) {
			try {
				create(text);
				return true;
			} catch {
				return false;
			}
		},
		draw(text) {
			const code = create(text);
			return qrPath(code.size, (row, col) => code.get(col, row));
		}
	};
}

export async function qrDrawing(text: string): Promise<QrDrawing> {
	return (await loadQrEncoder()).draw(text);
}
