/** View, edge mode, layout and theme. */
import type { EdgeMode, GraphView } from '../../../cy/elements.ts';
import type { LayoutName } from '../../../cy/layouts.ts';
import type { Theme } from '../../../cy/palette.ts';
import type { Appearance } from '../../../cy/file-style.ts';
import { store } from '../store.ts';

const THEME_KEY = 'backchannel:theme';

export function setView(view: GraphView): void {
  store.update('view', (v) => (v.view === view ? v : { ...v, view }));
}

export function setEdgeMode(edgeMode: EdgeMode): void {
  store.update('view', (v) => (v.edgeMode === edgeMode ? v : { ...v, edgeMode }));
}

export function setLayout(layout: LayoutName): void {
  store.update('view', (v) => (v.layout === layout ? v : { ...v, layout }));
}

/** Colours and sizes by kind, or as in the imported file. */
export function setAppearance(appearance: Appearance): void {
  store.update('view', (v) => ((v.appearance ?? 'kind') === appearance ? v : { ...v, appearance }));
}

export function setTheme(theme: Theme): void {
  store.update('view', (v) => (v.theme === theme ? v : { ...v, theme }));
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not kept: fine.
  }
}

/** The theme kept from last time, else the system's preference. */
export function initialTheme(): Theme {
  try {
    const kept = localStorage.getItem(THEME_KEY);
    if (kept === 'light' || kept === 'dark') return kept;
  } catch {
    // Storage unavailable.
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}
