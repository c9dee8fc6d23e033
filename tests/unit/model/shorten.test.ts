import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LABEL_CHARS, shorten } from '../../../src/model/shorten.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('shorten', () => {
  it('keeps a short text as it is', () => {
    expect(shorten('Steve Witkoff')).toBe('Steve Witkoff');
    const exact = 'x'.repeat(MAX_LABEL_CHARS);
    expect(shorten(exact)).toBe(exact);
  });

  it('cuts a long text to the maximum with an ellipsis, at a space near the end', () => {
    const text = 'word '.repeat(100);
    const out = shorten(text, 30);
    expect(out.endsWith('…')).toBe(true);
    expect(Array.from(out).length).toBeLessThanOrEqual(30);
    expect(out).toBe(`${'word '.repeat(5).trimEnd()}…`);
  });

  it('cuts between characters when no space is near', () => {
    expect(shorten('<b onmouseover=alert(1)>'.repeat(100), 10)).toBe('<b onmous…');
    expect(shorten('a'.repeat(2000))).toBe(`${'a'.repeat(MAX_LABEL_CHARS - 1)}…`);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const family = '👨‍👩‍👧';
    const out = shorten(family.repeat(50), 5);
    expect(out).toBe(`${family.repeat(4)}…`);
    expect(shorten('𝒜'.repeat(100), 3)).toBe('𝒜𝒜…');
    // Many emoji: more UTF-16 units than `max`, but no more characters: kept whole.
    expect(shorten(family.repeat(10), 10)).toBe(family.repeat(10));
  });

  it('is bounded and well-formed for any text (property)', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const count = (t: string): number => [...segmenter.segment(t)].length;
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 2, max: 120 }),
        (s, max) => {
          const out = shorten(s, max);
          if (count(s) <= max) expect(out).toBe(s);
          else {
            expect(count(out)).toBeLessThanOrEqual(max);
            expect(out.endsWith('…')).toBe(true);
            expect(s.startsWith(out.slice(0, -1))).toBe(true);
          }
          expect(LONE_SURROGATE.test(out)).toBe(false);
        },
      ),
    );
  });
});
