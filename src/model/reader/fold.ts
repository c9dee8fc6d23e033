/**
 * Folding text for name matching: case, diacritics, hyphen and apostrophe variants and white space
 * compared as one. The folded text has the same length as the original, unit for unit, so a match
 * in it is at once a verbatim span of the original; runs of white space and combining marks are
 * dealt with by the matcher (mentions.ts), not by changing lengths.
 *
 * Folding is done on the whole string with the engine's own string functions and one pass over the
 * characters that are not plain ASCII letters: a 60,000-character article folds in a millisecond or two.
 *
 * Pure: no DOM, no dependency.
 */

/** Hyphens and dashes a name may be spelled with (U+2010 hyphen, U+2011 non-breaking hyphen…). */
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/;
/** Apostrophes and single quotes (U+2019 right single quotation mark, U+02BC modifier letter…). */
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4\uFF07]/;
const SPACE = /\s/;
const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

/**
 * The folded form of one UTF-16 unit, always one unit long: ' ' for white space, '-' for a hyphen,
 * "'" for an apostrophe, a letter's lower-case base letter (é → e, Ğ → g) when it has one.
 */
export function foldUnit(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out = ch;
  if (SPACE.test(ch)) out = ' ';
  else if (HYPHENS.test(ch)) out = '-';
  else if (APOSTROPHES.test(ch)) out = "'";
  else {
    const base = ch.toLowerCase().normalize('NFD').replace(MARKS, '');
    if (base.length === 1) out = base;
    else {
      const lower = ch.toLowerCase();
      out = lower.length === 1 ? lower : ch;
    }
  }
  if (cache.size < 10_000) cache.set(ch, out);
  return out;
}

/** `text` folded, unit for unit (same length). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : text;
  return base.replace(/[^\x21-\x7e]/g, foldUnit);
}

/** A combining mark of the common block (U+0300–U+036F): part of the letter before it. */
export function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** The folded form of a name, trimmed, white space runs as one space, combining marks dropped. */
export function foldName(name: string): string {
  return fold(name.normalize('NFC'))
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ +/g, ' ')
    .trim();
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
