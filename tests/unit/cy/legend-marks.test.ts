import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/validate.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { storyMarksOf } from '../../../src/cy/legend-marks.ts';

function gaza(): Dataset {
  const parsed = parseDataset(
    readFileSync(new URL('../../../graph-data/gaza-ceasefire-2025.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the Gaza dataset does not validate');
  return parsed.dataset;
}

const small: Dataset = {
  ...gaza(),
  actors: [
    { id: 'a', name: 'A', kind: 'person' },
    { id: 'b', name: 'B', kind: 'person' },
    { id: 'c', name: 'C', kind: 'state' },
    { id: 'd', name: 'D', kind: 'person', memberOf: 'c' },
  ],
  relations: [
    {
      id: 'r1',
      kind: 'statement',
      participants: [
        { actor: 'a', role: 'speaker' },
        { actor: 'b', role: 'subject' },
      ],
      sources: [],
    },
  ],
} as unknown as Dataset;

describe('storyMarksOf', () => {
  it('on the Gaza dataset in the actor network: ring, cased links, hubs, in legend order', () => {
    const marks = storyMarksOf(gaza(), { view: 'actors', layout: 'force' });
    expect(marks.slice(0, 3)).toEqual(['mediator', 'mediator-link', 'hub']);
    expect(marks).not.toContain('no-boxes');
  });

  it('no hubs in the event view; the no-boxes note in a layout without boxes', () => {
    const marks = storyMarksOf(gaza(), { view: 'events', layout: 'circle' });
    expect(marks).not.toContain('hub');
    expect(marks).not.toContain('said-about');
    expect(marks).toContain('no-boxes');
    expect(marks).toContain('mediator');
  });

  it('follows what the filters show', () => {
    const ds = gaza();
    const none = { actors: new Set<string>(), relations: new Set<string>() };
    expect(storyMarksOf(ds, { view: 'actors', layout: 'circle', shown: none })).toEqual([]);
  });

  it('a statement about someone is a said-about arrow; a member makes the no-boxes note', () => {
    expect(storyMarksOf(small, { view: 'actors', layout: 'grid' })).toEqual([
      'said-about',
      'no-boxes',
    ]);
    expect(storyMarksOf(small, { view: 'actors', layout: 'force' })).toEqual(['said-about']);
  });
});
