/** The overview's part of the drawing input, from the app state (undefined: every actor drawn). */
import { useMemo } from 'react';
import type { OverviewInput } from '../../cy/controller.ts';
import { useAppState } from '../state/store.ts';
import { overviewApplies } from '../state/overview.ts';
import { projectedEdges } from '../../graph/project.ts';

/** Whether the overview is drawn (above the threshold, or turned on), in the actor view. */
export function useOverviewShown(): boolean {
  const actors = useAppState((s) => s.data.dataset?.actors.length ?? 0);
  const mode = useAppState((s) => s.overview.mode);
  const view = useAppState((s) => s.view.view);
  return actors > 0 && overviewApplies(mode, actors, view);
}

/**
 * The overview input: `pending` while the grouping of the current dataset, or the first places the
 * loading worker computes for it, are being computed (the canvas then waits rather than drawing
 * every actor first, or drawing the groups once before their places).
 */
export function useOverviewInput(): { input?: OverviewInput; pending: boolean } {
  const shown = useOverviewShown();
  const dataset = useAppState((s) => s.data.dataset);
  const grouping = useAppState((s) => s.overview.grouping);
  const expanded = useAppState((s) => s.overview.expanded);
  const preset = useAppState((s) => s.overview.preset);
  const groupingFor = grouping?.for;
  const ready = grouping !== undefined && groupingFor === dataset;
  const labels = grouping?.labels;
  const groupOf = grouping?.groupOf;
  const members = grouping?.members;
  // The first places, computed with the dataset in the loading worker (src/ui/load/load.ts).
  const positions = preset?.for === dataset ? preset?.positions : undefined;
  const placing = preset !== undefined && preset.for === dataset && positions === undefined;
  const base = useMemo(
    () =>
      groupOf === undefined
        ? undefined
        : {
            groupOf,
            labelOf: (g: string): string | undefined => labels?.get(g),
            ...(members && { members }),
          },
    [groupOf, labels, members],
  );
  // The dataset's projection, made once per dataset (the filters use the same): opening a group
  // draws the overview again, which would otherwise project every relation again.
  const input = useMemo(
    () =>
      base === undefined || dataset === undefined
        ? undefined
        : {
            grouping: base,
            expanded: new Set(expanded),
            edges: projectedEdges(dataset),
            ...(positions && { positions }),
          },
    [base, expanded, positions, dataset],
  );
  if (!shown) return { pending: false };
  if (!ready || input === undefined || placing) return { pending: true };
  return { input, pending: false };
}
