/**
 * From the DOM's selection to offsets in the source text. The reader draws each run of the text as
 * one element carrying its offset (`data-at`) with one text node inside, and each paragraph with its
 * span (`data-start`, `data-end`), so a selection maps back to exact offsets and a quote is
 * `text.slice(start, end)`: verbatim, whatever the browser's innerText would add or drop.
 */
import { trimSpan, type Span } from '../../../model/reader/text.ts';

const num = (el: Element, name: string): number | undefined => {
  const v = el.getAttribute(name);
  return v === null ? undefined : Number(v);
};

/** The element drawing a run (or a paragraph) that holds `node`, inside `root`. */
function holder(node: Node, root: Element): Element | undefined {
  let el: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (el && el !== root) {
    if (el.nodeType === 1 && (el as Element).hasAttribute('data-at')) return el as Element;
    if (el.nodeType === 1 && (el as Element).hasAttribute('data-start')) return el as Element;
    el = el.parentNode;
  }
  return undefined;
}

/** The text offset where the node `child` (a run, a paragraph, or an element holding them) starts. */
function startOf(child: Node): number | undefined {
  if (child.nodeType !== 1) return undefined;
  const el = child as Element;
  const own = num(el, 'data-at') ?? num(el, 'data-start');
  if (own !== undefined) return own;
  const inner = el.querySelector('[data-at],[data-start]');
  return inner ? (num(inner, 'data-at') ?? num(inner, 'data-start')) : undefined;
}

/** The text offset where the node `child` ends. */
function endOf(child: Node): number | undefined {
  if (child.nodeType !== 1) return undefined;
  const el = child as Element;
  const at = num(el, 'data-at');
  if (at !== undefined) return at + (el.textContent ?? '').length;
  const end = num(el, 'data-end');
  if (end !== undefined) return end;
  const all = el.querySelectorAll('[data-end]');
  const last = all[all.length - 1];
  return last ? num(last, 'data-end') : undefined;
}

/** The text offset of a DOM point (node, offset) inside `root`; undefined if it cannot be placed. */
export function pointToOffset(node: Node, offset: number, root: Element): number | undefined {
  if (node.nodeType === 3) {
    const el = holder(node, root);
    const at = el ? num(el, 'data-at') : undefined;
    return at !== undefined ? at + offset : el ? startOf(el) : undefined;
  }
  const kids = node.childNodes;
  for (let i = offset; i < kids.length; i++) {
    const s = startOf(kids[i] as Node);
    if (s !== undefined) return s;
  }
  for (let i = Math.min(offset, kids.length) - 1; i >= 0; i--) {
    const e = endOf(kids[i] as Node);
    if (e !== undefined) return e;
  }
  const el = holder(node, root);
  return el ? endOf(el) : undefined;
}

/** Where a DOM point lies relative to `root`: before it (-1), inside (0) or after it (1). */
function side(node: Node, root: Element): -1 | 0 | 1 {
  if (root === node || root.contains(node)) return 0;
  const pos = root.compareDocumentPosition(node);
  return pos & Node.DOCUMENT_POSITION_PRECEDING ? -1 : 1;
}

/**
 * The span of `text` selected by `range` within `root` (clamped to it), trimmed of white space;
 * undefined when the range misses `root` or holds only white space.
 */
export function rangeToSpan(range: Range, root: Element, text: string): Span | undefined {
  const startSide = side(range.startContainer, root);
  const endSide = side(range.endContainer, root);
  if (startSide === 1 || endSide === -1) return undefined;
  const start = startSide === -1 ? 0 : pointToOffset(range.startContainer, range.startOffset, root);
  const end =
    endSide === 1 ? text.length : pointToOffset(range.endContainer, range.endOffset, root);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const span = trimSpan(text, { start: Math.max(0, start), end: Math.min(text.length, end) });
  return span.end > span.start ? span : undefined;
}
