/**
 * The right sidebar: tabs from the panel registry (ARIA tabs: arrows move between tabs). On narrow
 * screens (`NARROW_QUERY`) it is a sheet over the canvas: the header's Panels button and a selection
 * open it; its Close button and Escape close it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { store, useAppState } from '../state/store.ts';
import { useController } from '../graph/controller-context.ts';
import type { GraphHandle } from '../graph/graph-handle.ts';
import { setTab } from '../state/actions/selection.ts';
import { SIDEBAR_PANELS, type SidebarPanel } from './panels.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** The widths at which the sidebar is a sheet (keep in step with app.css). */
export const NARROW_QUERY = '(max-width: 860px)';

export function setSheetOpen(open: boolean): void {
  store.update('ui', (u) => (Boolean(u.sheetOpen) === open ? u : { ...u, sheetOpen: open }));
}

function isNarrow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches;
}

/** Closes the sheet and gives the focus back to the button that opens it. */
function closeSheet(): void {
  setSheetOpen(false);
  document.getElementById('sheet-toggle')?.focus();
}

/** The phone's sheet comes up from the bottom; wider narrow screens have a drawer on the right. */
const BOTTOM_SHEET_QUERY = '(max-width: 600px)';

/** Keeps the selected element in the part of the canvas the open sheet leaves free. */
function keepClearOfSheet(graph: GraphHandle, id: string): void {
  const sheet = document.getElementById('sidebar');
  if (!sheet) return;
  // offsetWidth/offsetHeight: the sheet's open size (its slide-in transform does not count).
  const bottom = matchMedia(BOTTOM_SHEET_QUERY).matches;
  graph.keepInView(id, {
    left: 0,
    top: 0,
    right: bottom ? 0 : sheet.offsetWidth,
    bottom: bottom ? sheet.offsetHeight : 0,
  });
}

/** A new selection opens the sheet (on wide screens the flag changes nothing) and stays in view. */
function useOpenOnSelection(): void {
  const selection = useAppState((s) => s.selection.selection);
  const graph = useController();
  useEffect(() => {
    if (!selection) return;
    setSheetOpen(true);
    if (isNarrow()) requestAnimationFrame(() => keepClearOfSheet(graph, selection.id));
  }, [selection, graph]);
}

/** The header's button that opens and closes the sheet (shown on narrow screens only). */
export function SheetToggle() {
  const open = useAppState((s) => s.ui.sheetOpen ?? false);
  return (
    <button
      type="button"
      id="sheet-toggle"
      className="sheet-toggle"
      aria-expanded={open}
      aria-controls="sidebar"
      onClick={() => setSheetOpen(!open)}
    >
      Panels
    </button>
  );
}

/** The panels shown now (a panel with `when` only while it holds). */
function useShownPanels(): SidebarPanel[] {
  const editing = useAppState((s) => s.edit.on);
  return useMemo(
    () => SIDEBAR_PANELS.filter((p) => !p.when || p.when(store.get())),
    [editing], // eslint-disable-line react-hooks/exhaustive-deps
  );
}

export function Sidebar() {
  const panels = useShownPanels();
  const tab = useAppState((s) => s.ui.tab);
  const datasetKey = useAppState((s) => s.data.key);
  const open = useAppState((s) => s.ui.sheetOpen ?? false);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useOpenOnSelection();
  const current = panels.find((p) => p.id === tab) ?? panels[0];
  if (!current) return null;
  const Panel = current.component;
  const index = panels.indexOf(current);
  return (
    <aside
      id="sidebar"
      className="sidebar"
      aria-label="Sidebar"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented || !open || !isNarrow()) return;
        e.preventDefault();
        closeSheet();
      }}
    >
      <button type="button" className="sheet-close" aria-label="Close panels" onClick={closeSheet}>
        ×
      </button>
      <div role="tablist" aria-label="Panels" className="tabs">
        {panels.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === current.id}
            aria-controls={`panel-${p.id}`}
            tabIndex={p.id === current.id ? 0 : -1}
            onClick={() => setTab(p.id)}
            onKeyDown={(e) => {
              const n = panels.length;
              const next =
                e.key === 'ArrowRight'
                  ? (index + 1) % n
                  : e.key === 'ArrowLeft'
                    ? (index - 1 + n) % n
                    : undefined;
              if (next === undefined) return;
              e.preventDefault();
              const target = panels[next];
              if (target) setTab(target.id);
              tabs.current[next]?.focus();
            }}
          >
            {p.title}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="panel"
        tabIndex={0}
      >
        <ErrorBoundary
          region={`the ${current.title} panel`}
          resetKey={`${current.id}|${datasetKey}`}
        >
          <Panel />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
