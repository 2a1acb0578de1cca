/**
 * A layout defect finder that runs inside the page (pass `findLayoutDefects` to `page.evaluate`).
 * It must be self-contained: Playwright serialises the function's source, so it may not use
 * anything from its module scope.
 *
 * What it reports (DESIGN.md §5 "layout"):
 * - `scroll`: the page scrolls sideways.
 * - `overflow`: a line of text sticks out of its visible container (the nearest ancestor with a
 *   border, a background or clipping; else the viewport) by more than 2 px.
 * - `overlap`: lines of two distinct text nodes cover each other (glyph boxes trimmed a little,
 *   so that touching lines of tight headings do not count).
 * - `squeezed`: a table cell, label, legend or term of at least three lines holds on average
 *   fewer than 1.5 words per line.
 * - `target`: a control smaller than 24 × 24 px (WCAG 2.5.8) whose 24 px square around its centre
 *   touches another control; links inside running text are exempt, as in the criterion.
 * Text that is visually hidden (clipped to 1 px), invisible or not rendered is ignored.
 */
export interface LayoutDefect {
	kind: 'scroll' | 'overflow' | 'overlap' | 'squeezed' | 'target';
	/** A short CSS path and the start of the text. */
	where: string;
	detail: string;
}

export function findLayoutDefects(): LayoutDefect[] {
	const defects: LayoutDefect[] = [];
	const vw = document.documentElement.clientWidth;
	const round = (n: number) => Math.round(n);

	const describe = (el: Element): string => {
		const parts: string[] = [];
		for (let node: Element | null = el; node && parts.length < 4 && node !== document.body; node = node.parentElement) {
			const cls = [...node.classList].filter((c) => !c.startsWith('svelte-'))[0];
			const attr = ['data-question', 'data-card', 'data-option', 'data-chart']
				.map((a) => (node!.hasAttribute(a) ? `[${a}=${node!.getAttribute(a)}]` : ''))
				.join('');
			parts.unshift(node.tagName.toLowerCase() + (cls ? `.${cls}` : '') + attr);
		}
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
		return `${parts.join(' > ')} "${text}"`;
	};

	// Hidden or visually hidden: not something a reader can see, so not a layout defect.
	const hiddenCache = new Map<Element, boolean>();
	const isHidden = (el: Element | null): boolean => {
		if (!el || el === document.documentElement) return false;
		const cached = hiddenCache.get(el);
		if (cached !== undefined) return cached;
		const s = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		// checkVisibility also sees closed <details> content, which keeps a layout box in Chromium.
		const hidden =
			// (display: contents has no box of its own, so checkVisibility calls it hidden.)
			(s.display !== 'contents' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) ||
			(s.clip !== 'auto' && s.clip !== '') ||
			(s.overflow === 'hidden' && (r.width <= 1 || r.height <= 1)) ||
			isHidden(el.parentElement);
		hiddenCache.set(el, hidden);
		return hidden;
	};

	const boxCache = new Map<Element, DOMRect | null>();
	/** The nearest ancestor a reader sees as a box; null means the viewport. */
	const visibleBox = (el: Element | null): DOMRect | null => {
		if (!el || el === document.body) return null;
		if (boxCache.has(el)) return boxCache.get(el)!;
		const box = ownBox(el) ?? visibleBox(el.parentElement);
		boxCache.set(el, box);
		return box;
	};
	const ownBox = (node: Element): DOMRect | null => {
		if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) return null;
		const s = getComputedStyle(node);
		const bordered = ['top', 'right', 'bottom', 'left'].some(
			(side) => parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0 && s.getPropertyValue(`border-${side}-style`) !== 'none'
		);
		const filled = s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
		const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
		return bordered || filled || clips ? node.getBoundingClientRect() : null;
	};

	// Every visible line of text, with the text node it belongs to.
	interface Line {
		id: number;
		el: Element;
		r: DOMRect;
	}
	const lines: Line[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	let id = 0;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!node.textContent || !node.textContent.trim()) continue;
		const el = node.parentElement;
		if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION', 'TITLE'].includes(el.tagName) || isHidden(el)) continue;
		id++;
		let rects: DOMRect[];
		if (el instanceof SVGElement) rects = [el.getBoundingClientRect()];
		else {
			range.selectNodeContents(node);
			rects = [...range.getClientRects()];
		}
		for (const r of rects) if (r.width > 0.5 && r.height > 0.5) lines.push({ id, el, r });
	}

	// Sideways scroll.
	const scrollWidth = document.documentElement.scrollWidth;
	if (scrollWidth > vw + 1) {
		const widest = lines.reduce<Line | null>((w, l) => (l.r.right > (w?.r.right ?? vw) ? l : w), null);
		defects.push({
			kind: 'scroll',
			where: widest ? describe(widest.el) : 'html',
			detail: `page is ${scrollWidth} px wide in a ${vw} px viewport`
		});
	}

	// Text outside its box (or outside the viewport).
	const reported = new Set<Element>();
	for (const { el, r } of lines) {
		if (reported.has(el)) continue;
		const box = visibleBox(el);
		const left = box ? box.left : 0;
		const right = box ? box.right : vw;
		const out = Math.max(left - r.left, r.right - right, box ? box.top - r.top : 0, box ? r.bottom - box.bottom : 0);
		if (out > 2) {
			reported.add(el);
			defects.push({ kind: 'overflow', where: describe(el), detail: `${round(out)} px outside its box` });
		}
	}

	// Text over text: a sweep over lines sorted by top.
	const trimmed = lines
		.map((l) => {
			const cut = l.r.height * 0.2;
			return { ...l, top: l.r.top + cut, bottom: l.r.bottom - cut };
		})
		.sort((a, b) => a.top - b.top);
	const pairs = new Set<string>();
	for (let i = 0; i < trimmed.length; i++) {
		const a = trimmed[i];
		for (let j = i + 1; j < trimmed.length && trimmed[j].top < a.bottom; j++) {
			const b = trimmed[j];
			if (a.id === b.id) continue;
			const across = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
			const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (across > 2 && down > 1) {
				const key = `${Math.min(a.id, b.id)}:${Math.max(a.id, b.id)}`;
				if (pairs.has(key)) continue;
				pairs.add(key);
				defects.push({ kind: 'overlap', where: describe(a.el), detail: `${round(across)} px over ${describe(b.el)}` });
			}
		}
	}

	// Cells and labels squeezed to about a word per line.
	const segmenter = new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'word' });
	const CELLS = new Set(['TD', 'TH', 'LABEL', 'LEGEND', 'DT', 'DD']);
	const cellLines = new Map<Element, Line[]>();
	for (const line of lines) {
		for (let node: Element | null = line.el; node && node !== document.body; node = node.parentElement) {
			if (!CELLS.has(node.tagName)) continue;
			if (!cellLines.has(node)) cellLines.set(node, []);
			cellLines.get(node)!.push(line);
		}
	}
	for (const [cell, own] of cellLines) {
		const tops = new Set(own.map((l) => Math.round(l.r.top / 4)));
		if (tops.size < 3) continue;
		const words = [...segmenter.segment(cell.textContent ?? '')].filter((s) => s.isWordLike).length;
		if (words / tops.size < 1.5) {
			defects.push({
				kind: 'squeezed',
				where: describe(cell),
				detail: `${words} words on ${tops.size} lines, ${round(cell.getBoundingClientRect().width)} px wide`
			});
		}
	}

	// Tap targets.
	const controls = [
		...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab]')
	].filter((el) => !isHidden(el) && el.getBoundingClientRect().width > 0);
	const rects = controls.map((el) => el.getBoundingClientRect());
	const inSentence = (el: HTMLElement) => {
		if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
		let block: HTMLElement | null = el.parentElement;
		while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
		const own = (el.textContent ?? '').trim().length;
		return ((block?.textContent ?? '').trim().length ?? 0) > own + 10;
	};
	controls.forEach((el, i) => {
		const r = rects[i];
		if (r.width >= 24 && r.height >= 24) return;
		if (inSentence(el)) return;
		const cx = r.left + r.width / 2;
		const cy = r.top + r.height / 2;
		const crowded = rects.some(
			(o, k) => k !== i && !el.contains(controls[k]) && !controls[k].contains(el) && o.left < cx + 12 && o.right > cx - 12 && o.top < cy + 12 && o.bottom > cy - 12
		);
		if (crowded) {
			defects.push({ kind: 'target', where: describe(el), detail: `${round(r.width)} × ${round(r.height)} px, too close to another control` });
		}
	});

	return defects;
}
