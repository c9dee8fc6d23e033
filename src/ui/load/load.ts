/**
 * `importForOverview`: imports an opened file in the loading worker (load.worker.ts) and, when the
 * overview applies to it, has the same worker go on to the grouping and the overview's first layout
 * while the page draws its panels. The grouping answers `groupingOf` for that dataset (no second
 * worker, no copy of the dataset), the layout answers `presetOf`. Where module workers are missing,
 * it imports as `importDatasetInWorker` does, with no preset (the page lays out as ever).
 */
import { importDatasetInWorker } from '../../formats/import-async.ts';
import type { ImportResult } from '../../formats/index.ts';
import type { GroupingResult } from '../../graph/grouping.ts';
import type { OverviewPreset } from './preset-compute.ts';
import type { LoadMessage, LoadRequest } from './load.worker.ts';

export type LoadWants = Omit<LoadRequest, 'text' | 'name'>;

/** Places by node id. */
export type PresetPlaces = ReadonlyMap<string, { x: number; y: number }>;

export interface Loaded {
  result: ImportResult;
  /** The overview's first places, when the worker computes them (undefined: none coming). */
  layout?: Promise<PresetPlaces | undefined>;
  /** Listens to the layout's progress (a fraction of its steps). */
  onProgress?: (listener: (fraction: number) => void) => void;
  /**
   * Stops the layout: `layout` resolves with its start places, as a cancelled layout leaves them
   * (as soon as they come, when they have not yet).
   */
  cancel?: () => void;
}

const groupings = new WeakMap<object, Promise<GroupingResult | undefined>>();

/**
 * The grouping the loading worker computes for `dataset` (communities only), if it does; resolves
 * undefined when none came (blocs, or the worker failed).
 */
export function knownGrouping(dataset: object): Promise<GroupingResult | undefined> | undefined {
  return groupings.get(dataset);
}

function placesOf(preset: OverviewPreset | undefined): PresetPlaces | undefined {
  if (!preset) return undefined;
  const out = new Map<string, { x: number; y: number }>();
  preset.ids.forEach((id, i) =>
    out.set(id, { x: preset.xy[2 * i] ?? 0, y: preset.xy[2 * i + 1] ?? 0 }),
  );
  return out;
}

/** Stops the worker still computing for the previous file (a new file stops it). */
let abandon: (() => void) | undefined;

function start(): Worker | undefined {
  abandon?.();
  abandon = undefined;
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/** Imports `text` and, where it applies, computes the overview's grouping and layout after it. */
export function importForOverview(text: string, name: string, wants: LoadWants): Promise<Loaded> {
  const fallback = async (): Promise<Loaded> => ({
    result: await importDatasetInWorker({ text, name }),
  });
  const worker = start();
  if (!worker) return fallback();
  return new Promise<Loaded>((resolve) => {
    let later: ((m: LoadMessage | undefined) => void) | undefined;
    const stop = (): void => {
      worker.terminate();
      if (abandon === quit) abandon = undefined;
    };
    // Stopped for a newer file: whatever it still owed resolves empty.
    const quit = (): void => {
      stop();
      later?.(undefined);
    };
    abandon = quit;
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type !== 'result') return later?.(m);
      if (!m.overview || !m.result.ok) {
        stop();
        return resolve({ result: m.result });
      }
      resolve({ result: m.result, ...follow(m.result.dataset, (f) => (later = f), stop) });
    };
    worker.onerror = (e: Event) => {
      e.preventDefault();
      stop();
      // Failed before the result: import as ever; after it: no grouping or layout from here.
      if (later) later(undefined);
      else void fallback().then(resolve);
    };
    const request: LoadRequest = { text, name, ...wants };
    worker.postMessage(request);
  });
}

/** The grouping and layout promises of a dataset, fed by the worker's later messages. */
function follow(
  dataset: object,
  listen: (f: (m: LoadMessage | undefined) => void) => void,
  stop: () => void,
): Omit<Loaded, 'result'> {
  let grouped: ((g: GroupingResult | undefined) => void) | undefined;
  const grouping = new Promise<GroupingResult | undefined>((r) => (grouped = r));
  let placed: ((p: PresetPlaces | undefined) => void) | undefined;
  const layout = new Promise<PresetPlaces | undefined>((r) => (placed = r));
  groupings.set(dataset, grouping);
  let seed: PresetPlaces | undefined;
  /** Cancelled before the start places came: they end it when they come. */
  let cancelled = false;
  const listeners: ((fraction: number) => void)[] = [];
  const end = (places: PresetPlaces | undefined): void => {
    stop();
    grouped?.(undefined);
    placed?.(places);
  };
  listen((m) => {
    if (m?.type === 'grouping') return grouped?.(m.grouping);
    if (m?.type === 'seed') {
      seed = placesOf(m.preset);
      return cancelled ? end(seed) : undefined;
    }
    if (m?.type === 'progress') return listeners.forEach((l) => l(m.fraction));
    // The layout ends the worker's work (a blocs grouping never comes: the page has its own).
    end(m?.type === 'layout' ? placesOf(m.preset) : undefined);
  });
  return {
    layout,
    onProgress: (listener) => void listeners.push(listener),
    cancel: () => (seed ? end(seed) : void (cancelled = true)),
  };
}
