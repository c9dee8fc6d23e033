/**
 * Parts of the explorer that a reader does not need to see the first graph (the analysis panels,
 * the Export dialog) are loaded on demand, each as its own chunk: `lazyPart` wraps a dynamic
 * `import()` in React.lazy with a placeholder while the chunk loads, and a short message (instead of
 * a blank app) if it cannot be loaded.
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useAppState, type AppState } from '../state/store.ts';

interface BoundaryProps {
  children: ReactNode;
}

class LoadFailure extends Component<BoundaryProps, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(e: unknown): { error: string } {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <p className="muted" role="alert">
        This part of the explorer could not be loaded ({this.state.error}). Reload the page to try
        again.
      </p>
    );
  }
}

/** A lazily loaded component; `preload()` fetches its code ahead of its first render. */
export type LazyPart = ComponentType & { preload: () => Promise<unknown> };

/** A component loaded by `load` the first time it is rendered; `fallback` stands in meanwhile. */
export function lazyPart(load: () => Promise<ComponentType>, fallback: ReactNode): LazyPart {
  const Loaded = lazy(async () => ({ default: await load() }));
  function OnDemand() {
    return (
      <LoadFailure>
        <Suspense fallback={fallback}>
          <Loaded />
        </Suspense>
      </LoadFailure>
    );
  }
  // A failed preload is not an error yet: the first render tries again and reports it.
  return Object.assign(OnDemand, { preload: () => load().catch(() => undefined) });
}

/** What a sidebar panel shows while its code loads. */
export function PanelLoading() {
  return (
    <p className="muted" role="status" data-testid="panel-loading">
      Loading…
    </p>
  );
}

/** The Export… button as it looks while the dialog's code loads: there, but not yet usable. */
export function ExportLoading() {
  const dataset = useAppState((s) => s.data.dataset);
  if (!dataset) return null;
  return (
    <button type="button" disabled aria-haspopup="dialog" title="Loading…">
      Export…
    </button>
  );
}

/**
 * Renders `Part` only once the first graph is drawn (or there is none to draw), and from then on
 * always, so that its chunk is not fetched before the first graph; `Before` stands in until then.
 * `alsoWhen`: an earlier moment to render it (e.g. a tab that needs it is opened).
 */
export function afterFirstGraph(
  Part: LazyPart,
  Before?: ComponentType,
  alsoWhen?: (s: AppState) => boolean,
): LazyPart {
  function AfterFirstGraph() {
    const ready = useAppState(
      (s) =>
        s.ui.drawnScene !== undefined ||
        alsoWhen?.(s) === true ||
        s.data.refused !== undefined ||
        (!s.data.loading && s.data.dataset === undefined),
    );
    const [shown, setShown] = useState(false);
    if (ready && !shown) setShown(true);
    if (shown || ready) return <Part />;
    return Before ? <Before /> : null;
  }
  return Object.assign(AfterFirstGraph, { preload: Part.preload });
}

/** Fetches the code of `parts` once the browser is idle (or after 2 s), one part after another. */
export function preloadWhenIdle(parts: LazyPart[]): void {
  const run = async (): Promise<void> => {
    for (const part of parts) await part.preload();
  };
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => void run(), { timeout: 2_000 });
  } else {
    setTimeout(() => void run(), 200);
  }
}
