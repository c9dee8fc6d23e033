/**
 * Which actor kinds, relation kinds and certainties are shown: the one answer behind the on-screen
 * legend (ui/graph/Legend.tsx) and the exported caption's legend (cy/export/legend.ts). Pure.
 */
import type { Dataset } from '../model/schema.ts';
import type { ActorKind, Certainty, RelationKind } from '../model/vocabulary.ts';
import { certaintyOf } from './project.ts';

/** The actors and relations shown (after filters); everything when absent. */
export interface ShownIds {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

export interface KindsShown {
  actorKinds: Set<ActorKind>;
  relationKinds: Set<RelationKind>;
  certainties: Set<Certainty>;
  /** Whether a shown actor is a member of a group (the legend then explains the boxes). */
  groups: boolean;
}

/** The kinds and certainties of what is shown of `ds` (all of it without `shown`; none without `ds`). */
export function kindsShown(ds: Dataset | null | undefined, shown?: ShownIds): KindsShown {
  const out: KindsShown = {
    actorKinds: new Set(),
    relationKinds: new Set(),
    certainties: new Set(),
    groups: false,
  };
  if (!ds) return out;
  for (const a of ds.actors) {
    if (shown && !shown.actors.has(a.id)) continue;
    out.actorKinds.add(a.kind);
    if (a.memberOf !== undefined) out.groups = true;
  }
  for (const r of ds.relations) {
    if (shown && !shown.relations.has(r.id)) continue;
    out.relationKinds.add(r.kind);
    // An imported relation that stated no certainty is drawn plain, not as "reported" (issue 14).
    const unstated =
      r.certainty === undefined && (r as Record<string, unknown>)['x-certainty'] === 'unstated';
    if (!unstated) out.certainties.add(certaintyOf(r));
  }
  return out;
}
