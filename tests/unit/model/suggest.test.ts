import { describe, expect, it } from 'vitest';
import {
  boundedEditDistance,
  createSuggester,
  nearest,
  suggestionThreshold,
} from '../../../src/model/suggest.ts';

describe('boundedEditDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['witkof', 'witkoff', 1],
    ['nmae', 'name', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['flaw', 'lawn', 2],
  ])('%s → %s is %i', (a, b, d) => {
    expect(boundedEditDistance(a, b, 10)).toBe(d);
    expect(boundedEditDistance(b, a, 10)).toBe(d);
  });

  it('gives up above the bound with bound + 1', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdefgh', 3)).toBe(4);
    expect(boundedEditDistance('abcdefgh', 'hgfedcba', 1)).toBe(2);
  });
});

describe('nearest', () => {
  const ids = ['witkoff', 'kushner', 'trump', 'hamas', 'hamas-delegation', 'qatar', 'us'];
  it('suggests a close id, case-insensitively', () => {
    expect(nearest('witkof', ids)).toBe('witkoff');
    expect(nearest('Witkoff', ids)).toBe('witkoff');
    expect(nearest('hamas-delegaton', ids)).toBe('hamas-delegation');
    expect(nearest('usa', ids)).toBe('us');
  });
  it('suggests nothing when nothing is reasonably close', () => {
    expect(nearest('egypt', ids)).toBeUndefined();
    expect(nearest('netanyahu', ids)).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
    expect(nearest('witkoff', ids)).toBeUndefined();
  });
  it('allows more edits for longer names, up to 3', () => {
    expect([3, 6, 9, 30].map(suggestionThreshold)).toEqual([1, 2, 3, 3]);
  });
});

describe('createSuggester', () => {
  it('stops suggesting once its budget is spent, instead of slowing down', () => {
    const candidates = Array.from({ length: 2000 }, (_, i) => `actor-${i}`);
    const suggest = createSuggester(candidates, { budget: 10_000 });
    const answers = Array.from({ length: 100 }, (_, i) => suggest(`actr-${i}`));
    expect(answers[0]).toBe('actor-0');
    expect(answers.filter((a) => a === undefined).length).toBeGreaterThan(50);
  });
  it('answers a repeated target from memory, even after the budget is spent', () => {
    const suggest = createSuggester(['alpha', 'beta'], { budget: 1 });
    expect(suggest('alpah')).toBe('alpha');
    expect(suggest('bteta')).toBeUndefined();
    expect(suggest('alpah')).toBe('alpha');
  });
});
