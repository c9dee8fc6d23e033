import { useAppState } from '../state/store.ts';
import { nodeCountOf, type GraphView } from '../../cy/elements.ts';
import { isLargeGraph } from '../../cy/large-mode.ts';
import { useOverviewShown } from '../overview/use-overview.ts';

/**
 * Node counts by dataset and view: every render of the canvas, the legend and the zoom controls
 * asks (each layout progress step re-renders them), and counting walks every relation (0.1–0.5 s
 * at 20,000 actors, profiled by bench/profile.ts).
 */
const counts = new WeakMap<object, Map<string, number>>();

function countOf(dataset: Parameters<typeof nodeCountOf>[0], view: GraphView): number {
  let byView = counts.get(dataset);
  if (!byView) counts.set(dataset, (byView = new Map()));
  let n = byView.get(view);
  if (n === undefined) byView.set(view, (n = nodeCountOf(dataset, view)));
  return n;
}

/**
 * Whether the scene is drawn in large-graph mode (src/cy/large-mode.ts): more nodes than the
 * threshold in the current view. The canvas, the legend and the controls read the same answer.
 */
export function useLargeGraph(): { large: boolean; nodeCount: number } {
  const dataset = useAppState((s) => s.data.dataset);
  const view = useAppState((s) => s.view.view);
  const overview = useOverviewShown();
  const nodeCount = dataset ? countOf(dataset, view) : 0;
  // The overview draws a few hundred groups: the normal mode (boxes, label scaling) suits it.
  return { large: !overview && isLargeGraph(nodeCount), nodeCount };
}
