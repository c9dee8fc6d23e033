import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchActors } from '../../../src/graph/search.ts';

const actors = [
  { id: 'al-hayya', name: 'Khalil al\u2011Hayya', aliases: ['al-Khaya'] },
  { id: 'witkoff', name: 'Steve Witkoff' },
  { id: 'turkey', name: 'Türkiye', aliases: ['Turkey'] },
  { id: 'hamas', name: 'Hamas' },
  { id: 'hamas-delegation', name: 'Hamas delegation' },
];

describe('normalizeForSearch', () => {
  it('folds case, diacritics and every kind of hyphen', () => {
    expect(normalizeForSearch('Khalil al\u2011Ḥayya')).toBe('khalil al hayya');
    expect(normalizeForSearch('AL\u2013KHAYA')).toBe('al khaya');
    expect(normalizeForSearch('  Türkiye ')).toBe('turkiye');
  });
});

describe('searchActors', () => {
  it('finds an actor by an alias ("Khaya" finds al-Hayya)', () => {
    const r = searchActors(actors, 'Khaya');
    expect(r.map((m) => m.actorId)).toEqual(['al-hayya']);
    expect(r[0]?.field).toBe('alias');
    expect(r[0]?.matched).toBe('al-Khaya');
  });
  it('matches across hyphen kinds and spaces', () => {
    expect(searchActors(actors, 'al-hayya')[0]?.actorId).toBe('al-hayya');
    expect(searchActors(actors, 'alhayya')[0]?.actorId).toBe('al-hayya');
    expect(searchActors(actors, 'turkiye')[0]?.actorId).toBe('turkey');
  });
  it('ranks an exact name before a prefix', () => {
    expect(searchActors(actors, 'hamas').map((m) => m.actorId)).toEqual([
      'hamas',
      'hamas-delegation',
    ]);
  });
  it('returns nothing for an empty query or no match', () => {
    expect(searchActors(actors, '  ')).toEqual([]);
    expect(searchActors(actors, 'zzz')).toEqual([]);
  });
});
