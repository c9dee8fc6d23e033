/**
 * The elements of the overview of a large network (issue 15): each closed group (a bloc, or a
 * Louvain community for a flat network) is one node sized by its members, and one link per pair of
 * drawn things carries the count of the relations between them. An opened group's members are drawn
 * as the actor network draws them (kinds, hubs, mediators, boxes), with links to the closed groups.
 * Pure: a dataset and a grouping in, element definitions out.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset, Relation } from '../model/schema.ts';
import type { RelationKind } from '../model/vocabulary.ts';
import { groupOverview, openGroups, type Overview } from '../graph/overview.ts';
import type { ActorEdge } from '../graph/project.ts';
import { buildElements, type EdgeMode } from './elements.ts';

/** A closed group drawn as one node, or the box of an opened community. */
export interface GroupNodeData {
  id: string;
  elementType: 'group';
  /** The group's id in the grouping (a bloc's top actor id, or `community-<n>`). */
  groupId: string;
  label: string;
  members: number;
  /** Its members' actor ids (filters and highlights answer for a closed group through them). */
  memberIds: string[];
  /** The node's diameter in model units, growing with the square root of the members. */
  size: number;
  /** An opened community's box (its members drawn inside it). */
  open?: boolean;
}

/** A link between two drawn things when at least one is a closed group. */
export interface LinkData {
  id: string;
  elementType: 'link';
  source: string;
  target: string;
  /** Distinct relations behind the link. */
  count: number;
  kinds: Partial<Record<RelationKind, number>>;
  relationIds: string[];
  label: string;
  /** The line's width, growing with the logarithm of the count. */
  width: number;
}

export interface Grouping {
  /** Actor id → group id (an actor missing from it stands alone). */
  groupOf: ReadonlyMap<string, string>;
  /** The label of a group that is not named after an actor (a community's name). */
  labelOf?: (groupId: string) => string | undefined;
  /** Each group's members (actor ids), when the caller has them already (else read off `groupOf`). */
  members?: ReadonlyMap<string, readonly string[]>;
}

/** A group's members: from `grouping.members` when given, else every actor `groupOf` puts in it. */
export function membersOfGroup(grouping: Grouping, group: string): readonly string[] {
  const known = grouping.members?.get(group);
  if (known) return known;
  const out: string[] = [];
  for (const [actor, g] of grouping.groupOf) if (g === group) out.push(actor);
  return out;
}

export interface OverviewDrawInput {
  grouping: Grouping;
  /** The groups drawn open. */
  expanded: ReadonlySet<string>;
  edgeMode: EdgeMode;
  /** The dataset's projection, computed once per dataset by the caller. */
  edges?: readonly ActorEdge[];
}

/** The node id of a closed group (or an opened community's box). */
export function groupNodeId(groupId: string): string {
  return `group:${groupId}`;
}

export function groupNodeSize(members: number): number {
  return Math.round(30 + 14 * Math.sqrt(members));
}

function linkWidth(count: number): number {
  return Math.round((1.5 + 2 * Math.log2(count)) * 10) / 10;
}

/** The relations among the drawn actors only (a relation keeps the participants that are drawn). */
function relationsAmong(relations: readonly Relation[], shown: ReadonlySet<string>): Relation[] {
  const out: Relation[] = [];
  for (const r of relations) {
    const kept = r.participants.filter((p) => shown.has(p.actor));
    if (new Set(kept.map((p) => p.actor)).size < 2) continue;
    out.push(
      kept.length === r.participants.length ? r : ({ ...r, participants: kept } as Relation),
    );
  }
  return out;
}

/**
 * A closed group's name without its " and N more" (the count follows in brackets): "Arctic Ocean,
 * North Pole and 141 more" reads "Arctic Ocean, North Pole… (143)".
 */
export function shortLabel(label: string): string {
  return label.replace(/ and [\d,]+ more$/, '…');
}

interface Drawn {
  /** Overview node id → the element id drawn for it. */
  nodeId: Map<string, string>;
  /** Actors drawn as themselves. */
  actors: Set<string>;
  groups: ElementDefinition[];
}

function drawnNodes(shown: Overview, grouping: Grouping, expanded: ReadonlySet<string>): Drawn {
  const nodeId = new Map<string, string>();
  const actors = new Set<string>();
  const groups: ElementDefinition[] = [];
  for (const n of shown.nodes) {
    const only = n.members[0] as string;
    if (n.members.length === 1) {
      nodeId.set(n.id, only);
      actors.add(only);
      continue;
    }
    const id = groupNodeId(n.id);
    nodeId.set(n.id, id);
    const label = shortLabel(grouping.labelOf?.(n.id) ?? n.label);
    const data: GroupNodeData = {
      id,
      elementType: 'group',
      groupId: n.id,
      label: `${label} (${n.members.length})`,
      members: n.members.length,
      memberIds: n.members,
      size: groupNodeSize(n.members.length),
    };
    groups.push({ group: 'nodes', data });
  }
  // An opened community has no actor to be its box: it gets one of its own.
  for (const g of expanded) {
    if (actors.has(g)) continue;
    const members = [...membersOfGroup(grouping, g)];
    if (members.length === 0) continue;
    const label = grouping.labelOf?.(g) ?? g;
    const data: GroupNodeData = {
      id: groupNodeId(g),
      elementType: 'group',
      groupId: g,
      label,
      members: members.length,
      memberIds: members,
      size: groupNodeSize(members.length),
      open: true,
    };
    groups.push({ group: 'nodes', data });
  }
  return { nodeId, actors, groups };
}

/**
 * Links drawn per node: each node's strongest (a link is drawn when it is among the strongest of
 * either end). Every link of 20,000 actors' blocs is 25,000 lines, a hairball that costs cytoscape
 * seconds a frame; the weaker links' relations stay in the groups' cards, the filters and analyses.
 */
export const LINKS_PER_NODE = 4;
/**
 * Links drawn per member of an opened group: its strongest only (a group of 400 opened would draw
 * some 1,500 lines to the groups around it, a hairball that costs its first frame seconds).
 */
export const LINKS_PER_OPENED_MEMBER = 1;

function links(
  shown: Overview,
  drawn: Drawn,
  isMember: (id: string) => boolean,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const kept = new Map<string, number>();
  const room = (id: string): boolean =>
    (kept.get(id) ?? 0) < (isMember(id) ? LINKS_PER_OPENED_MEMBER : LINKS_PER_NODE);
  // Strongest first (groupOverview sorts its edges by relations).
  for (const e of shown.edges) {
    const source = drawn.nodeId.get(e.source) as string;
    const target = drawn.nodeId.get(e.target) as string;
    // Between two drawn actors the actor network's own edges say it, kind by kind.
    if (drawn.actors.has(source) && drawn.actors.has(target)) continue;
    // A member of an opened group has its own room; any other link takes a free place at one end.
    if (isMember(source) || isMember(target)) {
      if (!room(isMember(source) ? source : target)) continue;
    } else if (!room(source) && !room(target)) continue;
    kept.set(source, (kept.get(source) ?? 0) + 1);
    kept.set(target, (kept.get(target) ?? 0) + 1);
    const data: LinkData = {
      id: e.id,
      elementType: 'link',
      source,
      target,
      count: e.relations,
      kinds: e.kinds,
      relationIds: e.relationIds,
      label: String(e.relations),
      width: linkWidth(e.relations),
    };
    out.push({ group: 'edges', data });
  }
  return out;
}

/**
 * Above this many members, an opened group's names wait for a zoom-in too, as a lone actor's do:
 * a few hundred names at the zoom that shows the whole group are a blur (and half its first frame);
 * and its inner blocs are not drawn as boxes (see `overviewElements`).
 */
export const OPENED_NAMED_MAX = 100;

/** The overview's elements (see the module comment). */
export function overviewElements(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  input: OverviewDrawInput,
): ElementDefinition[] {
  const open = openGroups(input.grouping.groupOf, input.expanded);
  const options = input.edges === undefined ? {} : { edges: input.edges };
  const shown = groupOverview(ds, open, () => undefined, options);
  const drawn = drawnNodes(shown, input.grouping, input.expanded);
  const actors = ds.actors.filter((a) => drawn.actors.has(a.id));
  const sub = { actors, relations: relationsAmong(ds.relations, drawn.actors) };
  const actorElements = buildElements(sub, 'actors', input.edgeMode, { compounds: true });
  const named = new Set(
    [...input.expanded].filter((g) => membersOfGroup(input.grouping, g).length <= OPENED_NAMED_MAX),
  );
  for (const el of actorElements) {
    const data = el.data as { elementType?: string; parent?: string; id: string };
    // A relation drawn as a disc among opened members: its label too waits for a zoom-in (a
    // bloc's meetings' labels, at the bloc's zoom, were a wall of italics over its members).
    if (data.elementType === 'relation') (data as { single?: boolean }).single = true;
    if (data.elementType !== 'actor') continue;
    const g = input.grouping.groupOf.get(data.id);
    // An actor standing alone (not a member of an opened group, or of a large one): its label
    // waits for a zoom-in.
    if (g === undefined || !named.has(g)) (data as { single?: boolean }).single = true;
    // A large opened group's inner blocs are not boxed: cytoscape keeps every box's bounds as its
    // members are styled and drawn, which doubled the time to open a group of 400 (its members
    // are placed together by the local layout; their membership stays in their data and Details).
    if (g !== undefined && input.expanded.has(g) && !named.has(g)) delete data.parent;
    if (data.parent !== undefined) continue;
    if (g !== undefined && input.expanded.has(g) && !drawn.actors.has(g)) {
      data.parent = groupNodeId(g);
    }
  }
  const isMember = (id: string): boolean => {
    const g = input.grouping.groupOf.get(id);
    return g !== undefined && input.expanded.has(g) && drawn.actors.has(id);
  };
  return [...drawn.groups, ...actorElements, ...links(shown, drawn, isMember)];
}
