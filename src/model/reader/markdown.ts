/**
 * Markdown reduced to plain text for the source reader: the words a reader sees, never markup.
 * Headings, emphasis, block quotes and list markers go; a link keeps its text, an image goes, a code
 * fence keeps its code; HTML tags are dropped (the result is only ever shown as text anyway) and
 * character references are decoded.
 *
 * Pure: no DOM, no Markdown library (the reader needs the text, not a faithful CommonMark tree).
 */
import { normaliseText } from './text.ts';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  copy: '\u00a9',
};

/** `&amp;`, `&#39;`, `&#x2019;` and a few common named references, decoded; unknown ones kept. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const ok = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
      return ok ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Placeholder for backslash-escaped characters while the inline syntax is removed. */
const ESC = '\u0000';

/** The inline syntax of one line removed: images, links, code, emphasis, tags, escapes. */
export function inlineToText(line: string): string {
  const escaped: string[] = [];
  let s = line.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, (_m, ch: string) => {
    escaped.push(ch);
    return `${ESC}${escaped.length - 1}${ESC}`;
  });
  const code: string[] = [];
  s = s.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, inner: string) => {
    code.push(inner.trim() === '' ? inner : inner.replace(/^ (.*) $/, '$1'));
    return `${ESC}c${code.length - 1}${ESC}`;
  });
  s = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/gi, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  s = decodeEntities(s);
  s = s.replace(new RegExp(`${ESC}c(\\d+)${ESC}`, 'g'), (_m, n: string) => code[Number(n)] ?? '');
  return s.replace(
    new RegExp(`${ESC}(\\d+)${ESC}`, 'g'),
    (_m, n: string) => escaped[Number(n)] ?? '',
  );
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DIVIDER = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+(\s+["'(].*["')])?\s*$/;

/** One line outside code fences, as text (undefined: the line goes). */
function blockLine(line: string, previous: string | undefined): string | undefined {
  if (RULE.test(line)) return undefined;
  if (SETEXT.test(line) && previous !== undefined && previous.trim() !== '') return undefined;
  if (TABLE_DIVIDER.test(line) && line.includes('-') && line.includes('|')) return undefined;
  if (REFERENCE.test(line)) return undefined;
  let s = line.replace(/^ {0,3}(> ?)+/, '');
  s = s.replace(/^ {0,3}#{1,6}(?:[ \t]+|$)/, '').replace(/[ \t]+#+[ \t]*$/, '');
  s = s.replace(/^([ \t]*)[-*+][ \t]+(\[[ xX]\][ \t]+)?/, '$1• ');
  if (/^\s*\|.*\|\s*$/.test(s)) {
    s = s
      .trim()
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim())
      .join('\t');
  }
  return inlineToText(s).replace(/[ \t]+$/, '');
}

/** Markdown as plain text (see the module's comment); blank lines between blocks are kept, at most one. */
export function markdownToText(md: string): string {
  const lines = normaliseText(md).split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let previous: string | undefined;
  for (const line of lines) {
    const opening = FENCE.exec(line);
    if (fence !== undefined) {
      if (opening && opening[1]?.[0] === fence[0] && (opening[1]?.length ?? 0) >= fence.length) {
        fence = undefined;
      } else out.push(line);
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    const text = blockLine(line, previous);
    previous = line;
    if (text !== undefined) out.push(text);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}
