/**
 * The app state: a small external store (read with `useAppState(selector)` through
 * useSyncExternalStore), split by concern. Each concern's changes live in its own module
 * (`actions/*.ts`), as plain functions of the store: no central reducer.
 */
import { useSyncExternalStore } from 'react';
import type { Dataset } from '../../model/schema.ts';
import type { Problem } from '../../model/validate.ts';
import { NO_FILTERS, type Filters } from '../../graph/filters.ts';
import type { EdgeMode, GraphView } from '../../cy/elements.ts';
import type { LayoutName } from '../../cy/layouts.ts';
import type { Theme } from '../../cy/palette.ts';
import type { Appearance } from '../../cy/file-style.ts';
import type { Viewport } from '../../cy/controller.ts';
import { INITIAL_ANALYSIS, type AnalysisState } from './analysis.ts';
import { INITIAL_EDIT, type EditState } from './edit.ts';
import { INITIAL_OVERVIEW, type OverviewState } from './overview.ts';

export interface DataState {
  /** `bundled:<name>` or `file:<name>`; empty before the first dataset is loaded. */
  key: string;
  dataset?: Dataset;
  /** Shown while a dataset loads. */
  loading: boolean;
  /** The problems of the last file that was refused (the current dataset stays). */
  refused?: { fileName: string; problems: Problem[] };
  /** Warnings of the last import (e.g. from a GEXF or CSV), shown once. */
  warnings: string[];
}

export interface ViewState {
  view: GraphView;
  edgeMode: EdgeMode;
  layout: LayoutName;
  theme: Theme;
  /** Colours and sizes by kind (undefined: the default) or as in the imported file. */
  appearance?: Appearance;
}

export interface SelectionState {
  selection?: { type: 'actor' | 'relation'; id: string };
  /** Neighbourhood focus around an actor. */
  focus?: { id: string; depth: 1 | 2; mode: 'dim' | 'hide' };
  /** Compound actors drawn collapsed. */
  collapsed: string[];
}

export interface UiState {
  /** The open sidebar tab (a panel id from `shell/panels.ts`). */
  tab: string;
  /** The scene and layout (`<dataset key>|<view>|<edge mode>|<layout>`) drawn and laid out. */
  drawnScene?: string;
  /** Progress of a running layout, in [0, 1]; undefined when none runs. */
  layoutProgress?: number;
  /** The legend open (true) or folded to its button (false); undefined: by the canvas's width. */
  legendOpen?: boolean;
  /** On narrow screens, the sidebar's sheet is open (it opens on a selection). */
  sheetOpen?: boolean;
  /** The element a card describes: under the pointer, or reached with the keyboard on the canvas. */
  card?: CardTarget;
  /** The canvas's zoom and pan, as last reported by the graph (kept in the URL). */
  viewport?: Viewport;
  /** A one-time note for the status line (e.g. the parts of a link that could not be used). */
  notice?: string;
}

/** What a hover or keyboard card shows, and where (`at`: in the canvas, CSS pixels). */
export interface CardTarget {
  type: 'actor' | 'relation';
  id: string;
  /** Every relation the element draws (an edge of the counted mode draws several). */
  relationIds: readonly string[];
  at: { x: number; y: number };
  via: 'pointer' | 'keyboard';
}

export interface AppState {
  data: DataState;
  view: ViewState;
  filters: Filters;
  selection: SelectionState;
  ui: UiState;
  /** The analysis panels' picks, lens, play control and highlight. */
  analysis: AnalysisState;
  /** Edit mode, the draft and its history (src/ui/edit). */
  edit: EditState;
  /** The overview of a large network: its mode, grouping and opened groups (src/ui/state/overview.ts). */
  overview: OverviewState;
}

export const INITIAL_STATE: AppState = {
  data: { key: '', loading: true, warnings: [] },
  view: { view: 'actors', edgeMode: 'each', layout: 'force', theme: 'light' },
  filters: NO_FILTERS,
  selection: { collapsed: [] },
  ui: { tab: 'details' },
  analysis: INITIAL_ANALYSIS,
  edit: INITIAL_EDIT,
  overview: INITIAL_OVERVIEW,
};

type Listener = () => void;

export interface Store {
  get(): AppState;
  /** Replaces one concern's state (a function of the previous one). */
  update<K extends keyof AppState>(key: K, change: (prev: AppState[K]) => AppState[K]): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState = INITIAL_STATE): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(key, change) {
      const next = change(state[key]);
      if (next === state[key]) return;
      state = { ...state, [key]: next };
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one store. */
export const store: Store = createStore();

/** A slice of the state; re-renders only when the selected value changes (Object.is). */
export function useAppState<T>(selector: (s: AppState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.get()),
    () => selector(store.get()),
  );
}

/** Resolves when `predicate` holds for the state (at once when it already does). */
export function waitFor(predicate: (s: AppState) => boolean): Promise<void> {
  if (predicate(store.get())) return Promise.resolve();
  return new Promise((resolve) => {
    const off = store.subscribe(() => {
      if (predicate(store.get())) {
        off();
        resolve();
      }
    });
  });
}
