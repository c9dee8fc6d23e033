/**
 * The dataset of the filtered view, for data export. Pure (no React, no DOM).
 *
 * Definition (documented in the README's export section):
 * - actors: the visible actors, plus the containers the explorer draws for them (hidden ancestors
 *   that hold a visible member), so that every `memberOf` still points at a kept actor;
 * - relations: the visible relations (the explorer shows a relation only when at least 2 of its
 *   distinct participants are visible), with their participants cut down to the visible actors;
 * - quotes: kept when they have no speaker or their speaker is kept (a quote is never left
 *   without the speaker it had: it is dropped instead);
 * - sources: those still cited by a kept actor, relation, participant or quote;
 * - positions: those of kept actors and relations;
 * - the title says it is a filtered view; id, asOf and description are kept.
 * The result is a valid dataset (the tests check it with the schema).
 */
import type { Actor, Dataset, Relation } from '../../model/schema.ts';

export interface VisibleSets {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Hidden actors drawn as containers of visible ones (kept for the hierarchy). */
  containers?: ReadonlySet<string>;
}

export function filteredDataset(ds: Dataset, visible: VisibleSets): Dataset {
  const kept = new Set<string>();
  for (const a of ds.actors) {
    if (visible.actors.has(a.id) || visible.containers?.has(a.id)) kept.add(a.id);
  }
  // Close the hierarchy: an ancestor of a kept actor is kept (the explorer's containers do this
  // already; this also holds when the caller gives no containers).
  const parent = new Map(ds.actors.map((a) => [a.id, a.memberOf]));
  for (const id of [...kept]) {
    const seen = new Set<string>([id]);
    for (let p = parent.get(id); p !== undefined && !seen.has(p); p = parent.get(p)) {
      seen.add(p);
      kept.add(p);
    }
  }

  const relations: Relation[] = [];
  for (const r of ds.relations) {
    if (!visible.relations.has(r.id)) continue;
    const participants = r.participants.filter((p) => visible.actors.has(p.actor));
    if (new Set(participants.map((p) => p.actor)).size < 2) continue;
    const quotes = r.quotes?.filter((q) => q.speaker === undefined || kept.has(q.speaker));
    const next = { ...r, participants } as Relation;
    if (quotes !== undefined) {
      if (quotes.length > 0) next.quotes = quotes;
      else delete next.quotes;
    }
    relations.push(next);
  }

  const actors: Actor[] = ds.actors.filter((a) => kept.has(a.id));
  const cited = new Set<string>();
  for (const a of actors) for (const s of a.sources ?? []) cited.add(s);
  for (const r of relations) {
    for (const s of r.sources ?? []) cited.add(s);
    for (const q of r.quotes ?? []) if (q.source !== undefined) cited.add(q.source);
    for (const p of r.participants) for (const s of p.sources ?? []) cited.add(s);
  }
  const out: Dataset = {
    ...ds,
    title: `${ds.title} (filtered view)`,
    sources: ds.sources.filter((s) => cited.has(s.id)),
    actors,
    relations,
  };
  const positions = keptPositions(ds.positions, kept, new Set(relations.map((r) => r.id)));
  if (positions) out.positions = positions;
  else delete out.positions;
  return out;
}

/** The hand-placed positions of what is kept (positions of dropped actors or relations would be invalid). */
function keptPositions(
  positions: Dataset['positions'],
  actors: ReadonlySet<string>,
  relations: ReadonlySet<string>,
): Dataset['positions'] {
  if (!positions) return undefined;
  const pick = (byId: Record<string, { x: number; y: number }> | undefined, events: boolean) =>
    byId &&
    Object.fromEntries(
      Object.entries(byId).filter(([id]) => actors.has(id) || (events && relations.has(id))),
    );
  const out: NonNullable<Dataset['positions']> = { ...positions };
  const a = pick(positions.actors, false);
  const e = pick(positions.events, true);
  if (a) out.actors = a;
  if (e) out.events = e;
  return out;
}

/** Whether the visible sets leave the dataset as it is (so "filtered view" would be the same data). */
export function isWholeDataset(ds: Dataset, visible: VisibleSets): boolean {
  return (
    ds.actors.every((a) => visible.actors.has(a.id)) &&
    ds.relations.every((r) => visible.relations.has(r.id))
  );
}
