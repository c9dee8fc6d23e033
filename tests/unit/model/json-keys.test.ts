/** Duplicate keys and lone-surrogate escapes are problems with their paths (src/model/json-keys.ts). */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/validate.ts';
import { sampleDataset } from './sample.ts';

const problems = (text: string): string[] => {
  const r = parseDataset(text);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};
const sample = JSON.stringify(sampleDataset(), null, 2);

describe('duplicate keys', () => {
  it('reports a key written twice in a relation, with its path', () => {
    const text = sample.replace(
      '"certainty": "reported",',
      '"certainty": "reported",\n"certainty": "confirmed",',
    );
    expect(problems(text)).toEqual([
      "relations[0].certainty: duplicate key 'certainty': the object has it more than once (keep one)",
    ]);
  });

  it('reports a second actors array at the root, and keys deep inside x- values', () => {
    const text = sample
      .replace('"actors": [', '"actors": [],\n"actors": [')
      .replace('"free": [', '"free": 1, "free": [');
    expect(problems(text)).toEqual([
      "actors: duplicate key 'actors': the object has it more than once (keep one)",
      `relations[0]["x-note"].free: duplicate key 'free': the object has it more than once (keep one)`,
    ]);
  });

  it('accepts the same key in different objects', () => {
    expect(problems(sample)).toEqual([]);
  });
});

describe('lone surrogates written as escapes', () => {
  it('are refused in values and keys; pairs are accepted', () => {
    expect(problems(sample.replace('"Hamas"', '"Ham\\ud800as"'))).toEqual([
      'actors[4].name: contains a lone surrogate (U+D800): not valid Unicode text',
    ]);
    expect(problems(sample.replace('"x-note"', '"x-\\udc00"'))).toContainEqual(
      `relations[0]["x-\\udc00"]: the key 'x-\\udc00' contains a lone surrogate (U+DC00): not valid Unicode text`,
    );
    expect(problems(sample.replace('"Hamas"', '"Ham\\ud83d\\ude00as"'))).toEqual([]);
  });
});
