/**
 * Names, titles and labels that are empty once white space and zero-width characters are taken away
 * are refused with their path (issue 16); names with such characters beside visible ones are kept.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/validate.ts';
import { sampleDataset, type Json } from './sample.ts';

const MESSAGE = 'must contain a visible character: it is only white space or zero-width characters';

function problems(edit: (ds: Json) => void): string[] {
  const ds = sampleDataset();
  edit(ds);
  const r = parseDataset(JSON.stringify(ds));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

const at = <T>(list: unknown, i: number): T => (list as T[])[i] as T;

describe('names that show nothing', () => {
  const blanks = [
    ' ',
    '   ',
    '\u00A0\u3000',
    '\u200B',
    '\u200B\u200C\u200D\u2060',
    '\uFEFF',
    '\u202E ',
    '\u3164',
  ];
  it.each(blanks.map((b) => [JSON.stringify(b), b]))(
    '%s as a name is refused with its path',
    (_label, blank) => {
      expect(problems((ds) => (at<Json>(ds.actors, 0).name = blank))).toEqual([
        expect.stringMatching(new RegExp(`^actors\\[0\\]\\.name: '.*' ${MESSAGE}$`, 's')),
      ]);
    },
  );

  it('applies to the dataset title, source titles and relation labels', () => {
    expect(
      problems((ds) => {
        ds.title = '\u200B';
        at<Json>(ds.sources, 1).title = '  ';
        at<Json>(ds.relations, 0).label = '\u2060';
      }),
    ).toEqual([
      expect.stringMatching(/^title: .* must contain a visible character/),
      expect.stringMatching(/^sources\[1\]\.title: .* must contain a visible character/),
      expect.stringMatching(/^relations\[0\]\.label: .* must contain a visible character/),
    ]);
  });

  it('keeps names with a visible character, and an empty name is still "must not be empty"', () => {
    expect(problems((ds) => (at<Json>(ds.actors, 0).name = ' \u200BA\u200D '))).toEqual([]);
    expect(problems((ds) => (at<Json>(ds.actors, 0).name = 'نتنياهو'))).toEqual([]);
    expect(problems((ds) => (at<Json>(ds.actors, 0).name = ''))).toEqual([
      'actors[0].name: must not be empty',
    ]);
  });
});
