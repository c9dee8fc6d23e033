import { useAppState } from '../state/store.ts';
import { nodeCountOf } from '../../cy/elements.ts';
import { isLargeGraph } from '../../cy/large-mode.ts';
import { useOverviewShown } from '../overview/use-overview.ts';

/**
 * Whether the scene is drawn in large-graph mode (src/cy/large-mode.ts): more nodes than the
 * threshold in the current view. The canvas, the legend and the controls read the same answer.
 */
export function useLargeGraph(): { large: boolean; nodeCount: number } {
  const dataset = useAppState((s) => s.data.dataset);
  const view = useAppState((s) => s.view.view);
  const overview = useOverviewShown();
  const nodeCount = dataset ? nodeCountOf(dataset, view) : 0;
  // The overview draws a few hundred groups: the normal mode (boxes, label scaling) suits it.
  return { large: !overview && isLargeGraph(nodeCount), nodeCount };
}
