import { useAppState } from '../state/store.ts';
import { nodeCountOf } from '../../cy/elements.ts';
import { isLargeGraph } from '../../cy/large/index.ts';

/** The key of a scene: a dataset drawn in a view (positions are kept per scene and layout). */
export function sceneKeyOf(key: string, view: string, edgeMode: string): string {
  return `${key}|${view}|${view === 'actors' ? edgeMode : 'each'}`;
}

/** The scene key of what the app shows now (dataset, view, edge mode). */
export function useSceneKey(): string {
  const key = useAppState((s) => s.data.key);
  const view = useAppState((s) => s.view.view);
  const edgeMode = useAppState((s) => s.view.edgeMode);
  return sceneKeyOf(key, view, edgeMode);
}

/**
 * Whether the scene is drawn in large-graph mode (src/cy/large): more nodes than the threshold in
 * the current view. The canvas, the legend and the controls read the same answer.
 */
export function useLargeGraph(): { large: boolean; nodeCount: number } {
  const dataset = useAppState((s) => s.data.dataset);
  const view = useAppState((s) => s.view.view);
  const nodeCount = dataset ? nodeCountOf(dataset, view) : 0;
  return { large: isLargeGraph(nodeCount), nodeCount };
}
