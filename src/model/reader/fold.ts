/**
 * Folding text for name matching: case, diacritics, hyphen and apostrophe variants and runs of white
 * space compared as one, while every folded character remembers the span of the original text it came
 * from, so that a match in the folded text is a verbatim span of the original.
 *
 * Pure: no DOM, no dependency.
 */

/** The folded text and, for each of its UTF-16 units, the original span [from, to). */
export interface Folded {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/** Hyphens and dashes a name may be spelled with (U+2010 hyphen, U+2011 non-breaking hyphen…). */
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/;
/** Apostrophes and single quotes (U+2019 right single quotation mark, U+02BC modifier letter…). */
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4\uFF07]/;
const SPACE = /\s/;
const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

/** Folded forms of the ASCII characters (the fast path: most of an English text). */
const ASCII: string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return /\s/.test(ch) ? ' ' : ch.toLowerCase();
});

/** The folded form of one code point: '' for a combining mark, ' ' for white space. */
export function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out: string;
  if (SPACE.test(ch)) out = ' ';
  else if (HYPHENS.test(ch)) out = '-';
  else if (APOSTROPHES.test(ch)) out = "'";
  else out = ch.toLowerCase().normalize('NFD').replace(MARKS, '');
  if (cache.size < 10_000) cache.set(ch, out);
  return out;
}

/** Twice the room when a folded text outgrows its spans (rare: a character that folds to three). */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2 + 8);
  b.set(a);
  return b;
}

/**
 * Folds `text`: a run of white space becomes one space; a character folded to nothing (a combining
 * mark) widens the span of the folded character before it.
 */
export function fold(text: string): Folded {
  const parts: string[] = [];
  let from: Int32Array = new Int32Array(text.length + 8);
  let to: Int32Array = new Int32Array(text.length + 8);
  let n = 0;
  let last = '';
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const f = code < 128 ? (ASCII[code] as string) : foldChar(text.slice(i, i + width));
    const end = i + width;
    if (f === '' || (f === ' ' && last === ' ')) {
      if (n > 0) to[n - 1] = end;
    } else {
      while (n + f.length > from.length) {
        from = grow(from);
        to = grow(to);
      }
      for (let k = 0; k < f.length; k++, n++) {
        from[n] = i;
        to[n] = end;
      }
      parts.push(f);
      last = f[f.length - 1] as string;
    }
    i = end;
  }
  return { text: parts.join(''), from: from.subarray(0, n), to: to.subarray(0, n) };
}

/** The folded form of a name, trimmed (for patterns: no spans needed). */
export function foldName(name: string): string {
  return fold(name.trim()).text.trim();
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD: boolean[] = Array.from({ length: 128 }, (_, c) =>
  /[a-z0-9]/i.test(String.fromCharCode(c)),
);
const wordCache = new Map<string, boolean>();

/** Whether a (folded or original) character is part of a word: a letter, digit or mark. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII_WORD[code] as boolean;
  let known = wordCache.get(ch);
  if (known === undefined) {
    known = WORD.test(ch);
    if (wordCache.size < 10_000) wordCache.set(ch, known);
  }
  return known;
}
