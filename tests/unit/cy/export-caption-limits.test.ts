/** Issue 14: the caption of a dataset whose texts are 2,000 characters stays a few lines. */
import { describe, expect, it } from 'vitest';
import {
  buildCaptionContent,
  CAPTION_LIMITS,
  layoutCaption,
} from '../../../src/cy/export/caption.ts';
import type { Dataset } from '../../../src/model/schema.ts';

const measure = (text: string, size: number, bold: boolean): number =>
  text.length * size * (bold ? 0.6 : 0.5);

const long = (tag: string): string =>
  `${tag} ${'<b onmouseover=alert(1)>bold</b><img src=x onerror=alert(2)>'.repeat(40)}`.slice(
    0,
    2000,
  );

function dataset(sources: number): Dataset {
  return {
    schemaVersion: 1,
    id: 'long',
    title: long('title'),
    sources: Array.from({ length: sources }, (_, i) => ({
      id: `s${i}`,
      title: long(`source ${i}`),
      publisher: long(`publisher ${i}`),
    })),
    actors: [
      { id: 'a', name: long('a'), kind: 'person' },
      { id: 'b', name: long('b'), kind: 'state' },
    ],
    relations: [
      {
        id: 'r',
        kind: 'meeting',
        participants: [{ actor: 'a' }, { actor: 'b' }],
        sources: Array.from({ length: sources }, (_, i) => `s${i}`),
      },
    ],
  };
}

describe('caption of long texts', () => {
  it('cuts the title, each source, each filter and the credit with an ellipsis', () => {
    const c = buildCaptionContent(dataset(3), {
      legend: [],
      filters: [`focus: ${long('name')}`],
      credit: long('credit'),
    });
    expect(c.title.length).toBeLessThanOrEqual(CAPTION_LIMITS.title);
    expect(c.title.endsWith('…')).toBe(true);
    expect(c.sources).toHaveLength(3);
    for (const s of c.sources) {
      expect(s.length).toBeLessThanOrEqual(
        CAPTION_LIMITS.sourceTitle + CAPTION_LIMITS.publisher + 3,
      );
      expect(s).toMatch(/^source \d.*… \(publisher \d.*…\)$/);
    }
    expect(c.filters[0]?.length).toBeLessThanOrEqual(CAPTION_LIMITS.filter);
    expect(c.credit?.length).toBeLessThanOrEqual(CAPTION_LIMITS.credit);
  });

  it('lists at most the limit of sources, then says how many more', () => {
    const c = buildCaptionContent(dataset(45), { legend: [] });
    expect(c.sources).toHaveLength(CAPTION_LIMITS.sources + 1);
    expect(c.sources.at(-1)).toBe('and 5 more');
  });

  it('lays out in a bounded height', () => {
    const c = buildCaptionContent(dataset(CAPTION_LIMITS.sources), {
      legend: [],
      credit: long('credit'),
    });
    const layout = layoutCaption(c, 560, measure);
    // Title 3 lines, 40 sources of ≤ 185 characters at about 85 a line: under 120 lines in all.
    expect(layout.height).toBeLessThan(120 * 22);
    // Before the limits, the title alone took over 40 lines (2,000 × 10.8 px / 528 px).
    const titleLines = layout.items.filter((i) => i.kind === 'text' && i.bold && i.size === 18);
    expect(titleLines.length).toBeLessThanOrEqual(8);
  });
});
