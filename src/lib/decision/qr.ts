/**
 * A QR code of a deep link, as one SVG path: the encoding is done by the `qrcode` library; this
 * only turns its module matrix into drawing instructions so Svelte can render it (no `{@html}`).
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

/** Loads the encoder only when a QR code is asked for, so no other page pays for it. */
export async function qrDrawing(text: string): Promise<QrDrawing> {
	const { default: QRCode } = await import('qrcode');
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	return qrPath(modules.size, (row, col) => Boolean(modules.get(row, col)));
}
