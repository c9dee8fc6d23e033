/**
 * Flattens the nested groups canvas2svg writes. Every `save()`/`translate()`/`rotate()` of the
 * canvas renderer opens a `<g>` that later drawing nests inside (an autorotated edge label adds
 * two levels), so a graph with hundreds of labels nests more than a thousand levels deep, past the
 * 256 levels many XML tools (libxml2 by default) accept. Here each drawn element is moved up to
 * the top group with its accumulated transform as one `matrix(…)`; groups that carry anything
 * besides a transform (a clip path, an opacity) are kept whole.
 */

/** A 2D affine transform [a, b, c, d, e, f], as SVG's matrix(a b c d e f). */
export type Affine = [number, number, number, number, number, number];

export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

export function multiply(m: Affine, n: Affine): Affine {
  const [a, b, c, d, e, f] = m;
  const [a2, b2, c2, d2, e2, f2] = n;
  return [
    a * a2 + c * b2,
    b * a2 + d * b2,
    a * c2 + c * d2,
    b * c2 + d * d2,
    a * e2 + c * f2 + e,
    b * e2 + d * f2 + f,
  ];
}

/** Parses an SVG transform list (matrix, translate, scale, rotate, skewX, skewY); null if invalid. */
export function parseTransform(text: string): Affine | null {
  let m: Affine = IDENTITY;
  const re = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/gy;
  let consumed = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    consumed = re.lastIndex;
    const fn = match[1];
    const args = (match[2] ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map(Number);
    if (args.some((v) => !Number.isFinite(v))) return null;
    const [p = 0, q, r] = args;
    let t: Affine;
    switch (fn) {
      case 'matrix':
        if (args.length !== 6) return null;
        t = args as Affine;
        break;
      case 'translate':
        t = [1, 0, 0, 1, p, q ?? 0];
        break;
      case 'scale':
        t = [p, 0, 0, q ?? p, 0, 0];
        break;
      case 'rotate': {
        const rad = (p * Math.PI) / 180;
        const cos = Math.cos(rad);
        const sin = Math.sin(rad);
        const rot: Affine = [cos, sin, -sin, cos, 0, 0];
        const cx = q ?? 0;
        const cy = r ?? 0;
        t = multiply(multiply([1, 0, 0, 1, cx, cy], rot), [1, 0, 0, 1, -cx, -cy]);
        break;
      }
      case 'skewX':
        t = [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0];
        break;
      default:
        t = [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0];
    }
    m = multiply(m, t);
  }
  if (text.slice(consumed).trim() !== '') return null;
  return m;
}

function isPlainGroup(el: Element): boolean {
  if (el.localName !== 'g') return false;
  for (const attr of Array.from(el.attributes)) if (attr.name !== 'transform') return false;
  return true;
}

function formatMatrix(m: Affine): string {
  const r = (v: number): string => String(Math.round(v * 1e6) / 1e6);
  return `matrix(${m.map(r).join(' ')})`;
}

/**
 * Moves every drawn element inside `container` (at any depth under plain `<g transform>` groups)
 * to be a direct child of `container`, in drawing order, with its accumulated transform.
 * Returns the depth of nesting removed (0 when there was none).
 */
export function flattenGroups(container: Element): number {
  const units: { el: Element; m: Affine }[] = [];
  let maxDepth = 0;
  // Iterative walk in document order (recursion could overflow on deep documents).
  const stack: { el: Element; m: Affine; depth: number }[] = [];
  const pushChildren = (parent: Element, m: Affine, depth: number): void => {
    const kids = Array.from(parent.children);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i] as Element, m, depth });
  };
  pushChildren(container, IDENTITY, 1);
  while (stack.length > 0) {
    const { el, m, depth } = stack.pop() as { el: Element; m: Affine; depth: number };
    if (isPlainGroup(el)) {
      const own = parseTransform(el.getAttribute('transform') ?? '');
      if (own) {
        maxDepth = Math.max(maxDepth, depth);
        pushChildren(el, multiply(m, own), depth + 1);
        continue;
      }
    }
    units.push({ el, m });
  }
  if (maxDepth === 0) return 0;
  const moved = new Set(units.map((u) => u.el));
  const leftovers = Array.from(container.children).filter((el) => !moved.has(el));
  for (const { el, m } of units) {
    const own = el.getAttribute('transform');
    const ownMatrix = own ? parseTransform(own) : IDENTITY;
    if (ownMatrix === null) {
      // An unreadable transform of its own: keep it, wrapped in a group with the accumulated one.
      const g = el.ownerDocument.createElementNS(el.namespaceURI, 'g');
      g.setAttribute('transform', formatMatrix(m));
      g.appendChild(el);
      container.appendChild(g);
      continue;
    }
    const total = multiply(m, ownMatrix);
    const isIdentity = total.every((v, i) => Math.abs(v - (IDENTITY[i] as number)) < 1e-12);
    if (isIdentity) el.removeAttribute('transform');
    else el.setAttribute('transform', formatMatrix(total));
    container.appendChild(el);
  }
  // The plain groups left behind hold nothing drawn any more.
  for (const g of leftovers) g.remove();
  return maxDepth;
}
