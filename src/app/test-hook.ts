/**
 * `window.__backchannel`: the hook that end-to-end tests and the benchmark drive (kept in
 * production builds; it exposes nothing a user could not do through the page).
 */
import type { Core } from 'cytoscape';
import { drawnKeyOf } from '../cy/elements.ts';
import type { GraphHandle } from '../ui/graph/graph-handle.ts';
import { store, waitFor, type AppState } from '../ui/state/store.ts';
import { loadFile } from '../ui/state/actions/data.ts';
import { editor } from '../ui/edit/editor.ts';
import { closeGroup, openGroup, setOverviewMode } from '../ui/overview/actions.ts';
import type { OverviewMode } from '../ui/state/overview.ts';

export interface BackchannelHook {
  /** The cytoscape instance, once the canvas exists. */
  cy(): Core | undefined;
  /** Opens a dataset from text (any importable format), as the Open file button does. */
  load(
    text: string,
    fileName?: string,
  ): Promise<{ ok: boolean; problems?: { path: string; message: string }[] }>;
  /** Resolves when the current dataset is drawn and laid out. */
  ready(): Promise<void>;
  /** A snapshot of the app state. */
  state(): AppState;
  /** The editor, as the Edit panel drives it (the bench's edit and undo rows). */
  editor: typeof editor;
  /** The overview of a large network (issue 15): its mode, and opening or closing a group. */
  overview: {
    setMode(mode: OverviewMode): void;
    open(group: string): void;
    close(group: string): void;
  };
}

declare global {
  interface Window {
    __backchannel?: BackchannelHook;
  }
}

function currentScene(s: AppState): string {
  return drawnKeyOf({ datasetKey: s.data.key, ...s.view });
}

export function installTestHook(graph: GraphHandle): void {
  window.__backchannel = {
    cy: () => graph.current()?.core,
    async load(text, fileName = 'dataset.json') {
      const r = await loadFile({ text, name: fileName });
      return r.ok ? { ok: true } : { ok: false, problems: r.problems };
    },
    async ready() {
      await waitFor(
        (s) =>
          !s.data.loading && s.data.dataset !== undefined && s.ui.drawnScene === currentScene(s),
      );
      await graph.ready();
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
    },
    state: () => store.get(),
    editor,
    overview: { setMode: setOverviewMode, open: openGroup, close: closeGroup },
  };
}
