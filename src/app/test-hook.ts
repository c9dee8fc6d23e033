/**
 * `window.__backchannel`: the hook that end-to-end tests and the benchmark drive (kept in
 * production builds; it exposes nothing a user could not do through the page).
 */
import type { Core } from 'cytoscape';
import type { GraphController } from '../cy/controller.ts';
import { store, waitFor, type AppState } from '../ui/state/store.ts';
import { loadFile } from '../ui/state/actions/data.ts';
import { sceneKeyOf } from '../ui/graph/scene.ts';

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
}

declare global {
  interface Window {
    __backchannel?: BackchannelHook;
  }
}

function currentScene(s: AppState): string {
  return `${sceneKeyOf(s.data.key, s.view.view, s.view.edgeMode)}|${s.view.layout}`;
}

export function installTestHook(controller: GraphController): void {
  window.__backchannel = {
    cy: () => controller.cy,
    async load(text, fileName = 'dataset.json') {
      const r = await loadFile({ text, name: fileName });
      return r.ok ? { ok: true } : { ok: false, problems: r.problems };
    },
    async ready() {
      await waitFor(
        (s) =>
          !s.data.loading && s.data.dataset !== undefined && s.ui.drawnScene === currentScene(s),
      );
      await controller.ready();
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
    },
    state: () => store.get(),
  };
}
