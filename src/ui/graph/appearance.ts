/**
 * "Colours and sizes: by kind | as in the file | by community" (issues 14 and 15): 'file' offered
 * only when the dataset carries the drawing of the file it was imported from
 * (src/cy/file-style.ts), 'community' always in the actor view (Louvain, seeded, computed in the
 * grouping worker: src/cy/community-style.ts); kept in the view state and the URL (`look=file`,
 * `look=community`), sent to the graph controller as `appearance` (and `communityOf`).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { hasFileLook, type Appearance } from '../../cy/file-style.ts';
import type { Dataset } from '../../model/schema.ts';
import { communitiesGroupingOf, type GroupingResult } from '../overview/grouping.ts';
import { useAppState } from '../state/store.ts';
import type { GraphHandle } from './graph-handle.ts';

/** Whether the dataset carries colours or sizes of its own (the choice is offered only then). */
export function useFileLookOffered(): boolean {
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => dataset !== undefined && hasFileLook(dataset), [dataset]);
}

/** Whether "by community" is offered: in the actor view. */
export function useCommunityLookOffered(): boolean {
  return useAppState((s) => s.view.view === 'actors');
}

/** The appearance drawn now: 'file' or 'community' only when chosen and offered. */
export function useAppearance(): Appearance {
  const chosen = useAppState((s) => s.view.appearance);
  const fileOffered = useFileLookOffered();
  const communityOffered = useCommunityLookOffered();
  if (chosen === 'file' && fileOffered) return 'file';
  if (chosen === 'community' && communityOffered) return 'community';
  return 'kind';
}

/** The communities of a dataset, as drawn: by index (0 = the largest), with names. */
export interface DrawnCommunities {
  communityOf: ReadonlyMap<string, number>;
  /** [id, name, size], largest first. */
  communities: readonly (readonly [string, string, number])[];
}

const computed = new WeakMap<object, Promise<DrawnCommunities>>();

function drawnOf(g: GroupingResult): DrawnCommunities {
  const index = new Map(g.labels.map(([id], i) => [id, i]));
  const sizes = new Array<number>(g.labels.length).fill(0);
  const communityOf = new Map<string, number>();
  for (const [actor, group] of g.groupOf) {
    const i = index.get(group);
    if (i === undefined) continue;
    communityOf.set(actor, i);
    sizes[i] = (sizes[i] ?? 0) + 1;
  }
  return {
    communityOf,
    communities: g.labels.map(([id, name], i) => [id, name, sizes[i] ?? 0] as const),
  };
}

/** Computes a dataset's communities once (shared by the graph and the legend). */
function communitiesOnce(dataset: Dataset): Promise<DrawnCommunities> {
  let p = computed.get(dataset);
  if (!p) {
    p = communitiesGroupingOf(dataset).then(drawnOf);
    computed.set(dataset, p);
  }
  return p;
}

/** The dataset's communities while the appearance is 'community' (undefined until computed). */
export function useCommunities(): DrawnCommunities | undefined {
  const dataset = useAppState((s) => s.data.dataset);
  const on = useAppearance() === 'community';
  const [got, setGot] = useState<{ dataset: Dataset; value: DrawnCommunities }>();
  useEffect(() => {
    if (!on || !dataset) return;
    let live = true;
    void communitiesOnce(dataset).then((value) => {
      if (live) setGot({ dataset, value });
    });
    return () => {
      live = false;
    };
  }, [on, dataset]);
  return on && got !== undefined && got.dataset === dataset ? got.value : undefined;
}

/** Sends the appearance (and the communities, when drawn) to the graph whenever they change. */
export function useAppearanceInput(graph: GraphHandle): void {
  const appearance = useAppearance();
  const communities = useCommunities();
  const communityOf = communities?.communityOf;
  useLayoutEffect(() => {
    graph.update({ appearance, communityOf });
  }, [graph, appearance, communityOf]);
}
