/**
 * The caption's key to the shapes that the legend's swatches do not say (issue 11): in the event
 * view, what the squares are; in the actor network, what the discs (hubs) and the rings (mediators)
 * are, said only when the picture draws them. Pure.
 */
import type { Dataset } from '../../model/schema.ts';
import { participantsOf } from '../../graph/project.ts';
import { HUB_MIN_PARTICIPANTS, type GraphView } from '../elements.ts';

export const EVENT_VIEW_NOTE = 'Squares are relations; lines link them to their participants.';
export const HUB_NOTE =
  'A small disc is one relation of three or more participants (a meeting, a mediation), with a spoke to each.';
export const MEDIATOR_NOTE = 'A ring marks a mediator; a mediator’s links are thinner and cased.';

export interface Drawn {
  actors?: ReadonlySet<string>;
  relations?: ReadonlySet<string>;
}

/** The sentences that explain the shapes drawn of `ds` in `view` (all of it when `drawn` is empty). */
export function captionNotes(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  view: GraphView,
  drawn: Drawn = {},
): string[] {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const shownActor = (id: string): boolean =>
    actorIds.has(id) && (!drawn.actors || drawn.actors.has(id));
  let hub = false;
  let mediator = false;
  for (const r of ds.relations) {
    if (drawn.relations && !drawn.relations.has(r.id)) continue;
    const ps = participantsOf(r).filter((p) => shownActor(p.actor));
    if (new Set(ps.map((p) => p.actor)).size < 2) continue;
    if (ps.some((p) => p.role === 'mediator')) mediator = true;
    const all = new Set(r.participants.map((p) => p.actor).filter((a) => actorIds.has(a)));
    if (all.size >= HUB_MIN_PARTICIPANTS) hub = true;
  }
  const out: string[] = [];
  if (view === 'events') out.push(EVENT_VIEW_NOTE);
  else if (hub) out.push(HUB_NOTE);
  if (mediator) out.push(MEDIATOR_NOTE);
  return out;
}
