/** Start-up: restore the view from the URL (or open the default dataset), then keep the URL in sync. */
import { store, waitFor } from '../ui/state/store.ts';
import { decodeUrlState, encodeUrlState, type UrlState } from '../ui/state/url.ts';
import { lastFile, loadBundled, loadFile } from '../ui/state/actions/data.ts';
import { initialTheme } from '../ui/state/actions/view.ts';
import { BUNDLED_DATASETS, DEFAULT_DATASET, findBundled } from '../ui/state/bundled.ts';
import { preloadLazyParts } from '../ui/shell/panels.ts';
import type { DrawInput } from '../cy/controller.ts';
import { editor } from '../ui/edit/editor.ts';
import { rememberedDraft } from '../ui/edit/actions.ts';

/** The Met pair and the lens of a link (after its dataset is open: a new dataset resets them). */
function restoreAnalysis(url: UrlState): void {
  store.update('analysis', (a) => ({
    ...a,
    met: {
      ...a.met,
      ...(url.met.a !== undefined && { a: url.met.a }),
      ...(url.met.b !== undefined && { b: url.met.b }),
      ...(url.met.by !== undefined && { by: url.met.by }),
    },
    lens: url.lens ? { on: true, score: url.lens } : a.lens,
  }));
}

/** What boot asks of the graph: the viewport of a link, shown once instead of the fit. */
interface Graph {
  update(change: Partial<DrawInput>): void;
}

export async function boot(graph?: Graph): Promise<void> {
  const url = decodeUrlState(location.hash);
  if (url.viewport) graph?.update({ viewport: url.viewport });
  // The theme of a link wins over the one kept from last time.
  store.update('view', (v) => ({ ...v, ...url.view, theme: url.view.theme ?? initialTheme() }));
  store.update('filters', () => url.filters);
  store.update('selection', (s) => ({ ...s, ...url.selection }));
  if (url.tab) store.update('ui', (u) => ({ ...u, tab: url.tab ?? u.tab }));
  // What a link held that could not be used is said once, in the status line.
  if (url.ignored.length > 0) {
    const notice = `Parts of the link were ignored: ${url.ignored.slice(0, 3).join('; ')}${url.ignored.length > 3 ? ` (+${url.ignored.length - 3} more)` : ''}`;
    store.update('ui', (u) => ({ ...u, notice }));
  }
  const wanted = url.dataset;
  let restored = false;
  if (wanted?.startsWith('bundled:') && findBundled(wanted.slice('bundled:'.length))) {
    restored = (await loadBundled(wanted.slice('bundled:'.length), true)).ok;
  } else if (wanted?.startsWith('file:')) {
    const file = lastFile(wanted.slice('file:'.length));
    if (file) restored = (await loadFile(file, true)).ok;
  } else if (wanted?.startsWith('draft:')) {
    // A reload while editing: the draft comes back from this browser's storage.
    restored = await editor.open(wanted.slice('draft:'.length), true).catch(() => false);
  }
  // A draft being edited when the page was left (and not reopened by the link) is offered back.
  const remembered = rememberedDraft();
  if (remembered && !restored) editor.offerResume(remembered);
  if (restored) restoreAnalysis(url);
  else {
    // The link's zoom and pan were for its dataset, not for the default one.
    if (url.viewport) graph?.update({ viewport: undefined });
    const first = findBundled(DEFAULT_DATASET) ?? BUNDLED_DATASETS[0];
    if (first) await loadBundled(first.name, false);
    else store.update('data', (d) => ({ ...d, loading: false }));
  }
  // Once the first graph is drawn, fetch the code of the panels and dialogs loaded on demand.
  void waitFor((s) => s.ui.drawnScene !== undefined).then(preloadLazyParts);
  // From now on the URL follows the state.
  let last = '';
  const write = (): void => {
    const hash = encodeUrlState(store.get());
    if (hash === last) return;
    last = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
  };
  write();
  store.subscribe(write);
}
