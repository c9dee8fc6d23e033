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

/** What one relation can add to the legend, read once per dataset. */
interface RelationFacts {
  id: string;
  /** Its participants that are actors of the dataset, when one of them is a mediator. */
  mediated?: readonly { actor: string; role?: string }[];
  /** Drawn as a hub (three or more distinct actors). */
  hub: boolean;
  /** The marked edges it projects (statements and guarantees only), with their ends. */
  variants: readonly { mark: StoryMark; source: string; target: string }[];
}

interface DatasetFacts {
  actorIds: ReadonlySet<string>;
  mediators: readonly string[];
  relations: readonly RelationFacts[];
}

const factsCache = new WeakMap<object, DatasetFacts>();

/**
 * The legend's reading of a dataset, made once per dataset object: a filter toggle or a new
 * selection then only checks what is shown (at 20,000 relations the legend's pass over them, with
 * the projection of every statement, was a tenth of each filter toggle's time).
 */
function factsOf(ds: Pick<Dataset, 'actors' | 'relations'>): DatasetFacts {
  const known = factsCache.get(ds);
  if (known) return known;
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const relations = ds.relations.map((r): RelationFacts => {
    const ps = participantsOf(r).filter((p) => actorIds.has(p.actor));
    const distinct = new Set(r.participants.map((p) => p.actor).filter((a) => actorIds.has(a)));
    const variants: RelationFacts['variants'] =
      r.kind === 'statement' || r.kind === 'guarantee'
        ? projectRelation(r).flatMap((e) =>
            e.variant === undefined
              ? []
              : [{ mark: e.variant, source: e.source, target: e.target }],
          )
        : [];
    return {
      id: r.id,
      ...(ps.some((p) => p.role === 'mediator') && { mediated: ps }),
      hub: distinct.size >= HUB_MIN_PARTICIPANTS,
      variants,
    };
  });
  const facts = { actorIds, mediators: [...mediatorsOf(ds)], relations };
  factsCache.set(ds, facts);
  return facts;
}

/** The story marks drawn for `ds` in a view and layout, in legend order. */
export function storyMarksOf(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  { view, layout, shown }: MarksInput,
): StoryMark[] {
  const out = new Set<StoryMark>();
  const actorShown = (id: string): boolean => !shown || shown.actors.has(id);
  const facts = factsOf(ds);
  for (const id of facts.mediators) {
    if (facts.actorIds.has(id) && actorShown(id)) out.add('mediator');
  }
  // The marks a relation can add: once all are found, the other relations cannot add any.
  const fromRelations: readonly StoryMark[] =
    view === 'actors' ? RELATION_MARKS : ['mediator-link'];
  for (const r of facts.relations) {
    if (fromRelations.every((m) => out.has(m))) break;
    if (shown && !shown.relations.has(r.id)) continue;
    const ps = r.mediated?.filter((p) => actorShown(p.actor));
    if (ps && ps.some((p) => p.role === 'mediator') && ps.length >= 2) out.add('mediator-link');
    if (view !== 'actors') continue;
    if (r.hub) {
      out.add('hub');
      continue;
    }
    for (const e of r.variants) {
      if (actorShown(e.source) && actorShown(e.target)) out.add(e.mark);
    }
  }
  if (!drawsGroups(layout) && hasGroups(ds, shown)) out.add('no-boxes');
  return STORY_MARKS.filter((m) => out.has(m));
}
