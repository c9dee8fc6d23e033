import { describe, expect, it } from 'vitest';
import { ancestorsOf, blocsOf, drawnParents } from '../../../src/graph/blocs.ts';

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

describe('drawnParents', () => {
  it('keeps parents down to the depth limit and flattens deeper actors into the last box', () => {
    // a ⊃ b ⊃ c ⊃ d ⊃ e, and x under d.
    const actors = [
      { id: 'a' },
      { id: 'b', memberOf: 'a' },
      { id: 'c', memberOf: 'b' },
      { id: 'd', memberOf: 'c' },
      { id: 'e', memberOf: 'd' },
      { id: 'x', memberOf: 'd' },
      { id: 'alone' },
    ];
    expect(Object.fromEntries(drawnParents(actors, 2))).toEqual({
      b: 'a',
      c: 'b',
      d: 'b',
      e: 'b',
      x: 'b',
    });
    expect(Object.fromEntries(drawnParents(actors, 8))).toEqual({
      b: 'a',
      c: 'b',
      d: 'c',
      e: 'd',
      x: 'd',
    });
  });

  it('caps a 10,000-deep chain at the limit, in linear time', () => {
    const actors = Array.from({ length: 10_000 }, (_, i) =>
      i === 0 ? { id: 'c0' } : { id: `c${i}`, memberOf: `c${i - 1}` },
    );
    const t = performance.now();
    const drawn = drawnParents(actors, 8);
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(drawn.get('c9999')).toBe('c7');
    expect(new Set(drawn.values()).size).toBe(8); // c0…c7 are the only boxes
  });
});
