/**
 * The story marks a legend must explain (issue 11, items 2 and 6): which of the mediator's ring, a
 * mediator's cased link, the hub disc, the "said about" and "conveyed" arrows, and the "no group
 * boxes in this layout" note apply to what is drawn now. Pure: the on-screen legend
 * (src/ui/graph/Legend.tsx) and the export's legend can both list them.
 */
import type { Dataset } from '../model/schema.ts';
import { participantsOf, projectRelation } from '../graph/project.ts';
import { HUB_MIN_PARTICIPANTS, mediatorsOf, type GraphView } from './elements.ts';
import { drawsGroups, type LayoutName } from './layouts.ts';

export type StoryMark =
  'mediator' | 'mediator-link' | 'hub' | 'said-about' | 'conveyed' | 'no-boxes';

/** In legend order. */
export const STORY_MARKS: readonly StoryMark[] = [
  'mediator',
  'mediator-link',
  'hub',
  'said-about',
  'conveyed',
  'no-boxes',
];

export const STORY_MARK_LABELS: Record<StoryMark, string> = {
  mediator: 'Ringed: mediator (holds a mediator role)',
  'mediator-link': 'Cased, thinner line: a mediator’s link',
  hub: 'A disc: one relation of three or more participants, a spoke to each',
  'said-about': 'Hollow arrow: said about (not to)',
  conveyed: 'Chevron: conveyed (carried, not given)',
  'no-boxes': 'This layout does not draw groups as boxes (membership is in Details)',
};

/** The marks the relations give in the actors view (the ring and "no boxes" come from actors). */
const RELATION_MARKS: readonly StoryMark[] = ['mediator-link', 'hub', 'said-about', 'conveyed'];

export interface MarksInput {
  view: GraphView;
  layout: LayoutName;
  /** What the filters show (everything when absent). */
  shown?: { actors: ReadonlySet<string>; relations: ReadonlySet<string> };
}

/** Whether any actor of `ds` belongs to another one of its actors (a group could be drawn). */
function hasGroups(ds: Pick<Dataset, 'actors'>, shown?: MarksInput['shown']): boolean {
  const ids = new Set(ds.actors.map((a) => a.id));
  return ds.actors.some(
    (a) => a.memberOf !== undefined && ids.has(a.memberOf) && (!shown || shown.actors.has(a.id)),
  );
}

/** The story marks drawn for `ds` in a view and layout, in legend order. */
export function storyMarksOf(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  { view, layout, shown }: MarksInput,
): StoryMark[] {
  const out = new Set<StoryMark>();
  const actorShown = (id: string): boolean => !shown || shown.actors.has(id);
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const mediators = mediatorsOf(ds);
  for (const id of mediators) if (actorIds.has(id) && actorShown(id)) out.add('mediator');
  // The marks a relation can add: once all are found, the other relations cannot add any.
  const fromRelations: readonly StoryMark[] =
    view === 'actors' ? RELATION_MARKS : ['mediator-link'];
  for (const r of ds.relations) {
    if (fromRelations.every((m) => out.has(m))) break;
    if (shown && !shown.relations.has(r.id)) continue;
    const ps = participantsOf(r).filter((p) => actorIds.has(p.actor) && actorShown(p.actor));
    if (ps.some((p) => p.role === 'mediator') && ps.length >= 2) out.add('mediator-link');
    const distinct = new Set(r.participants.map((p) => p.actor).filter((a) => actorIds.has(a)));
    const hub = distinct.size >= HUB_MIN_PARTICIPANTS;
    if (view !== 'actors') continue;
    if (hub) {
      out.add('hub');
      continue;
    }
    // Only these kinds draw a marked edge (src/graph/project.ts); projecting a large meeting to
    // look for one would make every pair of its participants.
    if (r.kind !== 'statement' && r.kind !== 'guarantee') continue;
    for (const e of projectRelation(r)) {
      if (e.variant === undefined || !actorShown(e.source) || !actorShown(e.target)) continue;
      out.add(e.variant);
    }
  }
  if (!drawsGroups(layout) && hasGroups(ds, shown)) out.add('no-boxes');
  return STORY_MARKS.filter((m) => out.has(m));
}
