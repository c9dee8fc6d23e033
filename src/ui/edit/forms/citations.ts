/**
 * What cites a source, in words: the paths `citationsOf` gives (`actors[2].sources`,
 * `relations[0].quotes[1].source`) turned into "actor Steve Witkoff", "relation Sharm el-Sheikh
 * meeting (quote 2, Qatar's part)". Pure: no React.
 */
import type { Dataset } from '../../../model/schema.ts';
import { relationTitle } from '../../../model/title.ts';
import { pathSegments } from './field-problems.ts';

/** One record that cites the source, and where in it. */
export interface Citation {
  kind: 'actor' | 'relation';
  id: string;
  /** "actor Steve Witkoff", "relation Sharm el-Sheikh meeting". */
  name: string;
  /** Where in the record, beyond its own sources: "quote 2", "Qatar's part". */
  places: string[];
}

function placeIn(ds: Dataset, r: number, segs: readonly (string | number)[]): string | undefined {
  const [list, index] = segs;
  if (typeof index !== 'number') return undefined;
  if (list === 'quotes') return `quote ${index + 1}`;
  if (list !== 'participants') return undefined;
  const actorId = ds.relations[r]?.participants[index]?.actor;
  const name =
    ds.actors.find((a) => a.id === actorId)?.name ?? actorId ?? `participant ${index + 1}`;
  return `${name}'s part`;
}

/** The records citing a source, once each, in the order of the paths. */
export function citationsInWords(ds: Dataset, paths: readonly string[]): Citation[] {
  const out: Citation[] = [];
  const byKey = new Map<string, Citation>();
  for (const path of paths) {
    const [list, index, ...rest] = pathSegments(path);
    if (typeof index !== 'number') continue;
    const record =
      list === 'actors' ? ds.actors[index] : list === 'relations' ? ds.relations[index] : undefined;
    if (!record) continue;
    const kind = list === 'actors' ? 'actor' : 'relation';
    const key = `${kind}:${record.id}`;
    let c = byKey.get(key);
    if (!c) {
      const title = 'participants' in record ? relationTitle(record) : record.name;
      c = { kind, id: record.id, name: `${kind} ${title}`, places: [] };
      byKey.set(key, c);
      out.push(c);
    }
    const place = kind === 'relation' ? placeIn(ds, index, rest) : undefined;
    if (place !== undefined && !c.places.includes(place)) c.places.push(place);
  }
  return out;
}

/** One line per record: "relation Sharm el-Sheikh meeting (quote 2, Qatar's part)". */
export function citationLine(c: Citation): string {
  return c.places.length === 0 ? c.name : `${c.name} (${c.places.join(', ')})`;
}
