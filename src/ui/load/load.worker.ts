/**
 * The loading worker (load.ts): imports a file (parse and validation, as src/formats/worker.ts
 * does), posts the result at once, then, when the overview is what the page will draw, the grouping
 * and the overview's first layout (preset-compute.ts) from the dataset it already holds: no copy of
 * the dataset crosses back, and the simulation runs while the page draws its panels.
 */
import { importDataset } from '../../formats/index.ts';
import type { ImportResult } from '../../formats/index.ts';
import type { EdgeMode } from '../../cy/elements.ts';
import { computeGrouping, type GroupingResult } from '../../graph/grouping.ts';
import { overviewPreset, type OverviewPreset } from './preset-compute.ts';

export interface LoadRequest {
  text: string;
  name: string;
  /**
   * The actors from which the page draws the overview (src/ui/state/overview.ts `overviewFrom`;
   * undefined: it does not): the overview's part is computed only then.
   */
  overviewFrom: number | undefined;
  edgeMode: EdgeMode;
}

export type LoadMessage =
  /** `overview`: a grouping and a layout follow. */
  | { type: 'result'; result: ImportResult; overview: boolean }
  /** Communities only (blocs are read off the actors on the page at once). */
  | { type: 'grouping'; grouping: GroupingResult }
  /** The layout's start places (a cancel draws them), then its progress. */
  | { type: 'seed'; preset: OverviewPreset }
  | { type: 'progress'; fraction: number }
  /** `preset` undefined: no layout here (the page lays the overview out itself). */
  | { type: 'layout'; preset: OverviewPreset | undefined };

interface WorkerScope {
  onmessage: ((e: MessageEvent<LoadRequest>) => void) | null;
  postMessage: (message: LoadMessage, transfer?: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  const { text, name, overviewFrom, edgeMode } = e.data;
  const result = importDataset(text, name);
  const overview =
    result.ok && overviewFrom !== undefined && result.dataset.actors.length >= overviewFrom;
  scope.postMessage({ type: 'result', result, overview });
  if (!result.ok || !overview) return;
  const grouping = computeGrouping(result.dataset);
  // Blocs the page reads off the actors itself (src/ui/overview/actions.ts); communities it asks for.
  if (grouping.kind === 'communities') scope.postMessage({ type: 'grouping', grouping });
  let preset: OverviewPreset | undefined;
  try {
    preset = overviewPreset(result.dataset, grouping, edgeMode, {
      onSeed: (seed) => scope.postMessage({ type: 'seed', preset: seed }, [seed.xy.buffer]),
      onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
    });
  } catch {
    preset = undefined;
  }
  scope.postMessage({ type: 'layout', preset }, preset ? [preset.xy.buffer] : []);
};
