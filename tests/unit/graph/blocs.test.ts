import { describe, expect, it } from 'vitest';
import { ancestorsOf, blocsOf } from '../../../src/graph/blocs.ts';

describe('blocsOf', () => {
  it('gives each actor the top of its memberOf chain (itself when it belongs to nothing)', () => {
    const actors = [
      { id: 'us' },
      { id: 'envoys', memberOf: 'us' },
      { id: 'witkoff', memberOf: 'envoys' },
      { id: 'qatar' },
    ];
    expect(Object.fromEntries(blocsOf(actors))).toEqual({
      us: 'us',
      envoys: 'us',
      witkoff: 'us',
      qatar: 'qatar',
    });
  });

  it('stops at the last known actor when a chain points to an unknown one', () => {
    expect(
      blocsOf([
        { id: 'a', memberOf: 'b' },
        { id: 'b', memberOf: 'ghost' },
      ]).get('a'),
    ).toBe('b');
  });

  it('stops before repeating on a cycle (which validation refuses) instead of looping', () => {
    const blocs = blocsOf([
      { id: 'a', memberOf: 'b' },
      { id: 'b', memberOf: 'a' },
    ]);
    expect(blocs.get('a')).toBe('b');
    expect(blocs.get('b')).toBe('a');
  });
});

describe('ancestorsOf', () => {
  it('lists the ancestors nearest first', () => {
    const actors = [
      { id: 'us' },
      { id: 'envoys', memberOf: 'us' },
      { id: 'witkoff', memberOf: 'envoys' },
    ];
    expect(ancestorsOf('witkoff', actors)).toEqual(['envoys', 'us']);
    expect(ancestorsOf('us', actors)).toEqual([]);
    expect(
      ancestorsOf('a', [
        { id: 'a', memberOf: 'b' },
        { id: 'b', memberOf: 'a' },
      ]),
    ).toEqual(['b']);
  });
});
