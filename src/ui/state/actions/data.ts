/** Loading datasets: bundled ones by name, local files through the importers (in a worker). */
import { importForOverview, type Loaded } from '../../load/load.ts';
import { overviewFrom } from '../overview.ts';
import type { Problem } from '../../../model/validate.ts';
import { checkText, decodeText, sizeLimitProblem } from '../../../model/text-decode.ts';
import { NO_FILTERS } from '../../../graph/filters.ts';
import { findBundled } from '../bundled.ts';
import { store } from '../store.ts';
import { keepLastFile } from './last-file.ts';

export { lastFile } from './last-file.ts';

export type LoadResult = { ok: true } | { ok: false; problems: Problem[] };

let generation = 0;

async function importAndShow(
  text: string,
  fileName: string,
  key: string,
  keepView: boolean,
): Promise<LoadResult> {
  const mine = ++generation;
  store.update('data', (d) => ({ ...d, loading: true }));
  const s = store.get();
  const loaded = await importForOverview(text, fileName, {
    overviewFrom: overviewFrom(s.overview.mode, s.view.view),
    edgeMode: s.view.edgeMode,
  });
  const result = loaded.result;
  if (mine !== generation) return result.ok ? { ok: true } : result;
  if (!result.ok) {
    // Refused: the current dataset stays as it was.
    store.update('data', (d) => ({
      ...d,
      loading: false,
      refused: { fileName, problems: result.problems },
    }));
    return { ok: false, problems: result.problems };
  }
  if (!keepView) {
    store.update('filters', () => NO_FILTERS);
    store.update('selection', () => ({ collapsed: [] }));
  }
  store.update('ui', (u) => ({ ...u, drawnScene: undefined }));
  presetFor(result.dataset, loaded);
  store.update('data', () => ({
    key,
    dataset: result.dataset,
    loading: false,
    warnings: result.warnings,
  }));
  return { ok: true };
}

/** Stops the overview's layout in the loading worker, if one runs (the canvas's Cancel). */
let cancelPlacing: (() => void) | undefined;

/**
 * The Cancel of the layout progress: the overview's layout in the loading worker stops and the
 * groups are drawn at its start places, as a cancelled layout on the page leaves them.
 */
export function cancelLoadingLayout(): void {
  cancelPlacing?.();
}

function showProgress(fraction: number | undefined): void {
  store.update('ui', (u) =>
    u.layoutProgress === fraction ? u : { ...u, layoutProgress: fraction },
  );
}

/**
 * The overview's first places for `dataset`, when the loading worker computes them: the canvas waits
 * for them (src/ui/overview/use-overview.ts) instead of laying the overview out itself, with the
 * layout's progress and Cancel shown; none came (or not for the current dataset), it lays out as ever.
 */
function presetFor(dataset: object, loaded: Loaded): void {
  const { layout } = loaded;
  // A layout still running for the dataset this one replaces stops showing.
  if (cancelPlacing) showProgress(undefined);
  cancelPlacing = undefined;
  store.update('overview', (o) => {
    const { preset: _p, ...rest } = o;
    return layout ? { ...rest, preset: { for: dataset } } : o.preset ? rest : o;
  });
  if (!layout) return;
  const current = (): boolean => store.get().overview.preset?.for === dataset;
  cancelPlacing = loaded.cancel;
  showProgress(0);
  loaded.onProgress?.((f) => {
    if (current() && store.get().overview.preset?.positions === undefined) showProgress(f);
  });
  void layout.then((positions) => {
    if (!current()) return;
    if (cancelPlacing === loaded.cancel) cancelPlacing = undefined;
    showProgress(undefined);
    store.update('overview', (o) => {
      const { preset: _p, ...rest } = o;
      return positions ? { ...rest, preset: { for: dataset, positions } } : rest;
    });
  });
}

/** Opens a bundled dataset by name. `keepView` keeps filters and selection (a URL restore). */
export async function loadBundled(name: string, keepView = false): Promise<LoadResult> {
  const entry = findBundled(name);
  if (!entry) {
    const problems = [{ path: name, message: `no bundled dataset is named '${name}'` }];
    store.update('data', (d) => ({ ...d, loading: false, refused: { fileName: name, problems } }));
    return { ok: false, problems };
  }
  const text = await entry.load();
  return importAndShow(text, `${name}.json`, `bundled:${name}`, keepView);
}

/**
 * A file's text as every reader gets it (model/text-decode.ts, the CLI's decoder too): the size is
 * checked before anything is read, then UTF-8, byte-order marks and NUL decide the one verdict.
 */
async function readText(
  file: File | { text: string; name: string },
): Promise<ReturnType<typeof decodeText>> {
  if (!(file instanceof File)) return checkText(file.text);
  const tooLarge = sizeLimitProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { path: '(root)', message: `cannot read the file: ${reason}` } };
  }
}

/** Opens a local file (or its text): shown when valid, its problems listed when not. */
export async function loadFile(
  file: File | { text: string; name: string },
  keepView = false,
): Promise<LoadResult> {
  const read = await readText(file);
  if (!read.ok) {
    // Refused before import (size, encoding): the current dataset stays, as for any refusal.
    const problems = [read.problem];
    store.update('data', (d) => ({
      ...d,
      loading: false,
      refused: { fileName: file.name, problems },
    }));
    return { ok: false, problems };
  }
  const text = read.text;
  const result = await importAndShow(text, file.name, `file:${file.name}`, keepView);
  // Kept for a reload, a slice per idle moment (not one long task while the graph is drawn).
  if (result.ok) void keepLastFile(file.name, text);
  return result;
}

export function dismissRefused(): void {
  store.update('data', (d) => {
    const { refused: _refused, ...rest } = d;
    return { ...rest, warnings: [] };
  });
}
