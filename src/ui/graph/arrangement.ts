/**
 * Arrangements a reader made by dragging nodes: kept in local storage per scene (dataset key, view,
 * edge mode and layout: the `drawnScene` key), small and bounded, and given back to the graph as
 * `pinned` places when the scene is drawn again (after a reload); with the dataset's own saved
 * `positions` under them. "Save positions into the dataset" writes the current places into the
 * dataset's top-level `positions`.
 */
import { drawnKeyOf } from '../../cy/elements.ts';
import { pinnedFor, withPositions, type Arrangement } from '../../graph/arrangement.ts';
import type { GraphHandle } from './graph-handle.ts';
import { store, type AppState } from '../state/store.ts';

const PREFIX = 'backchannel:arrangement:';
const INDEX_KEY = 'backchannel:arrangements';
/** Scenes kept (the most recently arranged); older ones are forgotten. */
export const MAX_SCENES = 20;
/** Larger scenes are not kept (a big arrangement would fill the storage). */
export const MAX_NODES = 3000;

function readIndex(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps the arrangement of a scene (every node's place), forgetting the oldest beyond MAX_SCENES. */
export function keepArrangement(scene: string | undefined, positions: Arrangement): void {
  if (!scene || Object.keys(positions).length > MAX_NODES) return;
  try {
    const index = [...readIndex().filter((k) => k !== scene), scene];
    for (const old of index.splice(0, Math.max(0, index.length - MAX_SCENES)))
      localStorage.removeItem(PREFIX + old);
    localStorage.setItem(PREFIX + scene, JSON.stringify(positions));
    localStorage.setItem(INDEX_KEY, JSON.stringify(index));
  } catch {
    // Storage full or unavailable: the arrangement lasts until the page closes.
  }
}

/** The arrangement kept for a scene, if any (never throws). */
export function keptArrangement(scene: string): Record<string, unknown> | undefined {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(PREFIX + scene) ?? 'null');
    return typeof kept === 'object' && kept !== null && !Array.isArray(kept)
      ? (kept as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the arrangement of a scene (the layout is run again from scratch). */
export function forgetArrangement(scene: string): void {
  try {
    localStorage.removeItem(PREFIX + scene);
    localStorage.setItem(INDEX_KEY, JSON.stringify(readIndex().filter((k) => k !== scene)));
  } catch {
    // Nothing kept.
  }
}

/** The scene key the state asks to draw (what `ui.drawnScene` becomes once drawn). */
export function sceneOf(s: AppState): string {
  return drawnKeyOf({ datasetKey: s.data.key, ...s.view });
}

function pinnedOf(s: AppState): Arrangement | undefined {
  const ds = s.data.dataset;
  return ds ? pinnedFor(ds, s.view.view, keptArrangement(sceneOf(s))) : undefined;
}

/**
 * Gives the graph the pinned places of the scene the state asks for, whenever the scene or the
 * dataset changes. Subscribed before React, so that the places arrive before the scene is drawn.
 */
export function followArrangement(graph: GraphHandle): () => void {
  let scene = '';
  let dataset: unknown;
  const follow = (): void => {
    const s = store.get();
    if (sceneOf(s) === scene && s.data.dataset === dataset) return;
    scene = sceneOf(s);
    dataset = s.data.dataset;
    graph.update({ pinned: pinnedOf(s) });
  };
  follow();
  return store.subscribe(follow);
}

/** Re-runs the layout from scratch: the kept arrangement of the scene is forgotten. */
export function relayoutAfresh(graph: GraphHandle): void {
  const s = store.get();
  forgetArrangement(sceneOf(s));
  graph.update({ pinned: pinnedOf(s) });
  graph.relayout();
}

/** Every leaf node's place in the scene drawn now. */
function currentPlaces(graph: GraphHandle): Arrangement {
  const out: Arrangement = {};
  graph
    .current()
    ?.core?.nodes()
    .forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.position() };
    });
  return out;
}

/**
 * Writes the current places into the dataset's top-level `positions` for the view drawn: a new
 * dataset in the store, so that an export or a download carries them. Returns how many were saved.
 */
export function savePositionsIntoDataset(graph: GraphHandle): number {
  const s = store.get();
  const ds = s.data.dataset;
  if (!ds) return 0;
  const next = withPositions(ds, s.view.view, currentPlaces(graph));
  keepArrangement(sceneOf(s), currentPlaces(graph));
  store.update('data', (d) => ({ ...d, dataset: next }));
  return Object.keys(next.positions?.[s.view.view] ?? {}).length;
}
