/** Issue 14: labels are cut for drawing; a 2,000-character name is not drawn whole. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/schema.ts';
import { buildElements } from '../../../src/cy/elements.ts';
import { MAX_LABEL_CHARS } from '../../../src/model/shorten.ts';

const long = (tag: string): string =>
  `${tag} ${'<b onmouseover=alert(1)>bold</b>'.repeat(70)}`.slice(0, 2000);

const ds: Pick<Dataset, 'actors' | 'relations'> = {
  actors: [
    { id: 'a', name: long('a'), kind: 'person' },
    { id: 'b', name: 'Qatar', kind: 'state' },
    { id: 'c', name: long('c'), kind: 'organization' },
  ],
  relations: [
    {
      id: 'r1',
      kind: 'meeting',
      label: long('r1'),
      participants: [{ actor: 'a' }, { actor: 'b' }],
    },
    { id: 'r2', kind: 'meeting', place: long('p'), participants: [{ actor: 'a' }, { actor: 'c' }] },
  ],
};

function labels(view: 'actors' | 'events'): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of buildElements(ds, view)) {
    if (e.group === 'nodes') out.set(String(e.data.id), String(e.data.label));
  }
  return out;
}

describe('drawn labels', () => {
  it('cuts long actor names with an ellipsis and keeps short ones', () => {
    const l = labels('actors');
    expect(l.get('b')).toBe('Qatar');
    for (const id of ['a', 'c']) {
      const label = l.get(id) ?? '';
      expect(Array.from(label).length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
      expect(label.endsWith('…')).toBe(true);
      expect(label.startsWith(`${id} <b onmouseover`)).toBe(true);
    }
  });

  it('cuts long relation titles (label or derived from the place) in the event view', () => {
    const l = labels('events');
    for (const id of ['r1', 'r2']) {
      const label = l.get(id) ?? '';
      expect(Array.from(label).length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
      expect(label.endsWith('…')).toBe(true);
    }
    expect(l.get('r2')?.startsWith('Meeting · p <b')).toBe(true);
  });
});
