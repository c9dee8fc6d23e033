/**
 * Delegations count for their members: an actor whose delegation attended a meeting was there (see
 * `presenceAt` in met.ts: members of a `delegation` participant, recursively; not members of a state
 * or an organization). This module says, for the reader's views, which meetings each actor attended
 * only through a delegation (Details and the List mark them "with the … delegation"), and the links
 * from such an actor to the others present, so that the meeting's other participants are inside the
 * actor's 1-step focus.
 *
 * Only `meeting` relations count, as in met.ts. Pure functions: a dataset in, new values out.
 */
import type { Dataset } from '../model/schema.ts';
import { formsPair, presenceAt, presenceIndex } from './met.ts';

/** One meeting an actor attended through delegations (not as a participant itself). */
export interface PresenceVia {
  relation: string;
  /** The delegations it was present through, outermost first (the first is the participant). */
  via: string[];
}

/** Two actors present together at a meeting, at least one of them through a delegation. */
export interface PresenceLink {
  source: string;
  target: string;
  relationId: string;
}

export interface DelegationPresence {
  /** Actor id → the meetings it attended only through a delegation, in dataset order. */
  byActor: Map<string, PresenceVia[]>;
  /** One link per pair and meeting (source: the actor present through a delegation). */
  links: PresenceLink[];
}

export function delegationPresence(ds: Pick<Dataset, 'actors' | 'relations'>): DelegationPresence {
  const index = presenceIndex(ds.actors);
  const byActor = new Map<string, PresenceVia[]>();
  const links: PresenceLink[] = [];
  for (const r of ds.relations) {
    if (r.kind !== 'meeting') continue;
    const present = presenceAt(r, index);
    for (let i = 0; i < present.length; i++) {
      const x = present[i];
      if (!x || x.via.length === 0) continue;
      const list = byActor.get(x.actor);
      const entry = { relation: r.id, via: x.via };
      if (list) list.push(entry);
      else byActor.set(x.actor, [entry]);
      for (let j = 0; j < present.length; j++) {
        const y = present[j];
        // Each pair once: a participant with a member, or two members (the earlier one first).
        if (!y || (y.via.length > 0 && j < i) || !formsPair(x, y, index.forest)) continue;
        links.push({ source: x.actor, target: y.actor, relationId: r.id });
      }
    }
  }
  return { byActor, links };
}
