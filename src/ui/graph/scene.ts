import { useAppState } from '../state/store.ts';

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
