/**
 * Search of actors by name and alias. Matching ignores case, diacritics and the kind of hyphen or
 * space ("Khaya" finds "al‑Khaya" written with U+2011; "hayya" finds "Ḥayya"). Pure functions.
 */
import type { Actor } from '../model/schema.ts';

/** Every dash-like character that people and sources use inside names. */
const DASHES = /[\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad]/g;
/** Apostrophes and quote-like marks inside names (O'Brien, Ma'an). */
const APOSTROPHES = /['\u2018\u2019\u02bc\u02bb\u0060\u00b4]/g;

/** Lower case, no diacritics, dashes and runs of spaces as one space, apostrophes dropped. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(DASHES, ' ')
    .replace(/[\s_.,]+/g, ' ')
    .trim();
}

/** The normalized text without any space: "al hayya" and "alhayya" match alike. */
function compact(text: string): string {
  return text.replace(/ /g, '');
}

export interface SearchMatch {
  actorId: string;
  /** The text that matched: the name, or the alias. */
  matched: string;
  field: 'name' | 'alias' | 'id';
  /** Lower is better. */
  score: number;
}

type Searchable = Pick<Actor, 'id' | 'name' | 'aliases'>;

function scoreOf(haystack: string, needle: string): number | undefined {
  if (haystack === needle) return 0;
  if (haystack.startsWith(needle)) return 1;
  if (haystack.split(' ').some((word) => word.startsWith(needle))) return 2;
  if (haystack.includes(needle)) return 3;
  if (compact(haystack).includes(compact(needle))) return 4;
  return undefined;
}

/**
 * The actors whose name, alias or id matches `query`, best first (exact, prefix, word prefix,
 * substring; a name before an alias; then by name). An empty query matches nothing.
 */
export function searchActors(
  actors: readonly Searchable[],
  query: string,
  limit = 20,
): SearchMatch[] {
  const needle = normalizeForSearch(query);
  if (needle === '') return [];
  const out: SearchMatch[] = [];
  for (const actor of actors) {
    const candidates: [string, SearchMatch['field']][] = [
      [actor.name, 'name'],
      ...(actor.aliases ?? []).map((a): [string, SearchMatch['field']] => [a, 'alias']),
      [actor.id, 'id'],
    ];
    let best: SearchMatch | undefined;
    for (const [text, field] of candidates) {
      const s = scoreOf(normalizeForSearch(text), needle);
      if (s === undefined) continue;
      const score = s * 3 + (field === 'name' ? 0 : field === 'alias' ? 1 : 2);
      if (!best || score < best.score) best = { actorId: actor.id, matched: text, field, score };
    }
    if (best) out.push(best);
  }
  const names = new Map(actors.map((a) => [a.id, a.name]));
  out.sort(
    (a, b) =>
      a.score - b.score ||
      (names.get(a.actorId) ?? '').localeCompare(names.get(b.actorId) ?? '') ||
      (a.actorId < b.actorId ? -1 : 1),
  );
  return out.slice(0, limit);
}
