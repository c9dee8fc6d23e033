import { describe, expect, it } from 'vitest';
import { cellLabel, meetingsMatrix } from '../../../src/graph/matrix-model.ts';
import { metPairs } from '../../../src/graph/met.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { loadGaza } from './gaza.ts';

const gaza = loadGaza();

describe('meetingsMatrix', () => {
  it('groups the actors present at a meeting by bloc, blocs and members in dataset order', () => {
    const m = meetingsMatrix(gaza, metPairs(gaza), { all: false });
    expect(m.groups.map((g) => [g.bloc, g.label, g.actors])).toEqual([
      ['united-states', 'United States', ['witkoff', 'kushner']],
      ['hamas', 'Hamas', ['hamas-delegation', 'al-hayya']],
      ['qatar', 'Qatar', ['qatar-intelligence']],
      ['egypt', 'Egypt', ['egypt-intelligence']],
      ['turkey', 'Turkey', ['turkey-intelligence']],
    ]);
    expect(m.actors).toHaveLength(7);
  });

  it('counts the meetings of a pair, both ways round, and none on the diagonal', () => {
    const m = meetingsMatrix(gaza, metPairs(gaza), { all: false });
    expect(m.meetings('witkoff', 'al-hayya')).toEqual(['sharm-el-sheikh-meeting']);
    expect(m.meetings('al-hayya', 'witkoff')).toEqual(['sharm-el-sheikh-meeting']);
    expect(m.meetings('witkoff', 'witkoff')).toEqual([]);
    // al-Hayya was there through the delegation he belongs to: they do not "meet".
    expect(m.meetings('al-hayya', 'hamas-delegation')).toEqual([]);
    expect(m.max).toBe(1);
  });

  it('lists every actor with `all`, blocs of one included', () => {
    const m = meetingsMatrix(gaza, metPairs(gaza), { all: true });
    expect(m.actors).toHaveLength(gaza.actors.length);
    expect(m.groups.map((g) => g.bloc)).toContain('newsom');
    expect(m.meetings('trump', 'israel')).toEqual([]);
  });

  it('counts several meetings in one cell', () => {
    const ds: Dataset = {
      schemaVersion: 1,
      id: 'two',
      title: 'Two meetings',
      sources: [],
      actors: [
        { id: 'b', name: 'B', kind: 'person' },
        { id: 'a', name: 'A', kind: 'person' },
      ],
      relations: [
        { id: 'm1', kind: 'meeting', participants: [{ actor: 'a' }, { actor: 'b' }] },
        { id: 'm2', kind: 'meeting', participants: [{ actor: 'b' }, { actor: 'a' }] },
        { id: 's', kind: 'statement', participants: [{ actor: 'a' }, { actor: 'b' }] },
      ],
    };
    const m = meetingsMatrix(ds, metPairs(ds), { all: false });
    expect(m.actors).toEqual(['b', 'a']);
    expect(m.meetings('b', 'a')).toEqual(['m1', 'm2']);
    expect(m.max).toBe(2);
  });
});

describe('cellLabel', () => {
  it('says the pair and the count, singular or plural', () => {
    expect(cellLabel('Steve Witkoff', 'Khalil al-Hayya', 1)).toBe(
      'Steve Witkoff and Khalil al-Hayya: 1 meeting',
    );
    expect(cellLabel('A', 'B', 0)).toBe('A and B: 0 meetings');
  });
});
