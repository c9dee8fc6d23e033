/**
 * Long texts shortened for drawing: a name, a title or a source drawn on the graph or in an image's
 * caption is cut to a bounded length with an ellipsis (the details panel and the exported data keep
 * the whole text). Issue 14: a 2,000-character name wrapped into a 140 px label made a label a
 * thousand pixels tall, and the graph's bounding box, the export's size and its time grew with it.
 */

/** The longest label drawn on the graph, in characters (the longest in the Gaza dataset is 53). */
export const MAX_LABEL_CHARS = 80;

const ELLIPSIS = '…';

/** Cuts at a space when one is this close to the end of the kept part (a quarter of it at most). */
const WORD_SLACK = 16;

let graphemes: Intl.Segmenter | undefined;

/**
 * The first `count` user-perceived characters of `text` (a flag or a family emoji is one; code
 * points where Intl.Segmenter is missing), read lazily: a long text is not segmented to its end.
 */
function firstCharacters(text: string, count: number): string[] {
  const out: string[] = [];
  const all: Iterable<string> =
    typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
      ? (function* () {
          graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
          for (const s of graphemes.segment(text)) yield s.segment;
        })()
      : text;
  for (const ch of all) {
    if (out.length >= count) break;
    out.push(ch);
  }
  return out;
}

/**
 * `text` when it has at most `max` characters, else its first characters (cut at a space near the
 * end when there is one, never inside a character: surrogate pairs and emoji sequences stay whole)
 * followed by "…", `max` characters in all.
 */
export function shorten(text: string, max: number = MAX_LABEL_CHARS): string {
  // Cheap check first: a string of at most `max` UTF-16 units has at most `max` characters.
  if (text.length <= max) return text;
  const chars = firstCharacters(text, max + 1);
  if (chars.length <= max) return text;
  const keep = Math.max(1, max - 1);
  let head = chars.slice(0, keep).join('');
  const space = head.search(/\s\S*$/);
  if (
    space > 0 &&
    keep - Array.from(head.slice(0, space)).length <= Math.min(WORD_SLACK, keep / 4)
  ) {
    head = head.slice(0, space);
  }
  return head.trimEnd() + ELLIPSIS;
}
