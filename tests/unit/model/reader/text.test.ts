/** The reader's text: Markdown reduced to text, line ends, paragraphs and runs, sentences. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, markdownToText } from '../../../../src/model/reader/markdown.ts';
import {
  normaliseText,
  paragraphs,
  runs,
  sentenceAround,
  trimSpan,
  type Span,
} from '../../../../src/model/reader/text.ts';
import type { Mention } from '../../../../src/model/reader/mentions.ts';

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF, drops a leading BOM and keeps no-break spaces', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\u00a0d\u202fe')).toBe('a\nb\nc\u00a0d\u202fe');
  });
});

describe('markdownToText', () => {
  it('keeps the words of headings, emphasis, links, lists and quotes', () => {
    const md = [
      '# Talks in *Sharm el-Sheikh* #',
      '',
      'Witkoff **met** _al-Hayya_ and ~~nobody~~ [Kushner](https://example.org "t").',
      '',
      '- first *item*',
      '* [x] second',
      '1. third',
      '> quoted **words**',
      '',
      'Setext title',
      '===',
      '---',
      '[ref]: https://example.org',
    ].join('\r\n');
    expect(markdownToText(md)).toBe(
      [
        'Talks in Sharm el-Sheikh',
        '',
        'Witkoff met al-Hayya and nobody Kushner.',
        '',
        '• first item',
        '• second',
        '1. third',
        'quoted words',
        '',
        'Setext title',
      ].join('\n'),
    );
  });

  it('drops images and tags, keeps code and escapes, leaves words with underscores', () => {
    const md =
      'A ![photo](x.png) `a*b*c` snake_case_name \\*not emphasis\\* <img src=x onerror=alert(1)>ok<br/>';
    expect(markdownToText(md)).toBe('A  a*b*c snake_case_name *not emphasis* ok');
  });

  it('keeps a fenced code block verbatim and turns a table into tab-separated rows', () => {
    const md =
      '```js\nconst a = **b**; <b>x</b>\n```\n\n| Who | Where |\n|---|:---:|\n| Witkoff | Cairo |';
    expect(markdownToText(md)).toBe('const a = **b**; <b>x</b>\n\nWho\tWhere\nWitkoff\tCairo');
  });

  it('decodes character references, keeping unknown ones', () => {
    expect(decodeEntities('&amp; &lt;b&gt; &#39;x&#x2019; &bogus; &#0;')).toBe(
      "& <b> 'x\u2019 &bogus; &#0;",
    );
  });
});

describe('paragraphs and runs', () => {
  const text = 'First line\nsame paragraph.\n\n  \nSecond: Hamas.\n\n\n';
  it('splits at blank lines, keeping single line breaks', () => {
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First line\nsame paragraph.',
      'Second: Hamas.',
    ]);
  });
  it('cuts a paragraph into plain runs and mentions that cover it exactly', () => {
    const start = text.indexOf('Hamas');
    const mentions: Mention[] = [{ start, end: start + 5, actorId: 'hamas', matched: 'Hamas' }];
    const p = paragraphs(text)[1] as Span;
    const r = runs(p, mentions);
    expect(r.map((x) => [text.slice(x.start, x.end), x.mention])).toEqual([
      ['Second: ', undefined],
      ['Hamas', 0],
      ['.', undefined],
    ]);
    expect(runs(paragraphs(text)[0] as Span, mentions)).toHaveLength(1);
  });
});

describe('sentenceAround and trimSpan', () => {
  const text = 'One sentence here. Witkoff met "al-Hayya." Then\nnext line';
  it('gives the sentence around an offset, closing quotes included', () => {
    const s = sentenceAround(text, text.indexOf('Witkoff'));
    expect(text.slice(s.start, s.end)).toBe('Witkoff met "al-Hayya."');
    const t = sentenceAround(text, text.indexOf('next'));
    expect(text.slice(t.start, t.end)).toBe('next line');
    const u = sentenceAround(text, 0);
    expect(text.slice(u.start, u.end)).toBe('One sentence here.');
  });
  it('does not end a sentence at an abbreviation', () => {
    const t = 'Before. Steve Witkoff, the U.S. envoy, met Mr. Kushner in St. Louis. After.';
    const s = sentenceAround(t, t.indexOf('Kushner'));
    expect(t.slice(s.start, s.end)).toBe(
      'Steve Witkoff, the U.S. envoy, met Mr. Kushner in St. Louis.',
    );
  });
  it('trims white space from a span', () => {
    expect(trimSpan('  ab \n', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan('   ', { start: 0, end: 3 })).toEqual({ start: 3, end: 3 });
  });
});
