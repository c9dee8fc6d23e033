/**
 * A source text as the reader keeps it, and its parts as the reader draws them: paragraphs (the
 * chunks rendered one by one), runs of plain text and mentions inside a paragraph, and the sentence
 * around a place (what a keyboard user quotes from a highlighted name).
 *
 * Pure: no DOM.
 */
import type { Mention } from './mentions.ts';

/** Line ends as LF (CRLF and lone CR), one leading byte-order mark dropped; no-break spaces are kept. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A span [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The paragraphs of `text`: spans of text between blank lines (lines of white space only), without
 * the blank lines. Single line breaks stay inside a paragraph.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const blank = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(blank)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/** A run of a paragraph: plain text, or a mention (with its index in the list of mentions). */
export type Run = Span & ({ mention?: undefined } | { mention: number });

/** The runs of `span`, given all the text's mentions in order (those inside the span are used). */
export function runs(span: Span, mentions: readonly Mention[]): Run[] {
  const out: Run[] = [];
  let at = span.start;
  let i = firstMentionFrom(mentions, span.start);
  for (; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= span.end) break;
    if (m.end > span.end) break;
    if (m.start > at) out.push({ start: at, end: m.start });
    out.push({ start: m.start, end: m.end, mention: i });
    at = m.end;
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/** Index of the first mention that starts at or after `offset` (binary search). */
export function firstMentionFrom(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `span` without white space at either end (an empty span if only white space). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Words whose period does not end a sentence (Mr. Witkoff, Gen. Smith). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'sen',
  'rep',
  'gov',
  'prof',
  'vs',
  'etc',
  'no',
]);

/** Whether the period at `at` ends an abbreviation (U.S., J., Mr.) or is followed by a lower-case word. */
function notAnEnd(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return true;
  const next = /\S/u.exec(text.slice(at + 1, at + 40));
  return next !== null && /\p{Ll}/u.test(next[0]);
}

/**
 * The sentence around `offset`: from after the previous sentence end (. ! ? followed by white space,
 * or a line break; not the period of an abbreviation) to the next one, closing quotation marks
 * included, trimmed.
 */
export function sentenceAround(text: string, offset: number): Span {
  const ends = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(ends)) {
    if (m[0].length === 1 && notAnEnd(text, m.index)) continue;
    const after = m.index + m[0].length;
    if (after <= offset) {
      start = after;
      continue;
    }
    end = m[0] === '\n' ? m.index : after;
    break;
  }
  return trimSpan(text, { start, end });
}
