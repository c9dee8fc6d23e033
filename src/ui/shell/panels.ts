/**
 * The sidebar's panels, in tab order. To add a panel (e.g. "Who met whom", "Mediators",
 * "Timeline" from src/ui/analysis/), append one line: `{ id, title, component }`. A panel reads the
 * app state with `useAppState`, acts on the graph with `useController()` (a `GraphHandle`, src/ui/graph/)
 * and may highlight actors and relations with `setHighlight` (src/ui/analysis/state.ts).
 *
 * What a reader does not need to see the first graph (the analysis panels and their bridge, the
 * Export dialog with the image and data exporters) is loaded on demand with `lazyPart`
 * (src/ui/shell/lazy.tsx), each behind a dynamic `import()`: keep those imports dynamic, or the code
 * goes back into the page's first download.
 */
import { createElement, type ComponentType } from 'react';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { FiltersPanel } from '../filters/FiltersPanel.tsx';
import { TextView } from '../textview/TextView.tsx';
import type { AppState } from '../state/store.ts';
import {
  afterFirstGraph,
  ExportLoading,
  lazyPart,
  PanelLoading,
  preloadWhenIdle,
  type LazyPart,
} from './lazy.tsx';

export interface SidebarPanel {
  /** Stable id: the tab's key in the state. */
  id: string;
  title: string;
  component: ComponentType;
  /** Shown only while this holds (e.g. the Edit tab, in edit mode). */
  when?: (s: AppState) => boolean;
}

const loadingPanel = createElement(PanelLoading);

const MetPanel = lazyPart(
  async () => (await import('../analysis/MetPanel.tsx')).MetPanel,
  loadingPanel,
);
const MediatorsPanel = lazyPart(
  async () => (await import('../analysis/MediatorsPanel.tsx')).MediatorsPanel,
  loadingPanel,
);
const EditPanel = lazyPart(
  async () => (await import('../edit/EditPanel.tsx')).EditPanel,
  loadingPanel,
);
const TimelinePanel = lazyPart(
  async () => (await import('../analysis/TimelinePanel.tsx')).TimelinePanel,
  loadingPanel,
);

export const SIDEBAR_PANELS: SidebarPanel[] = [
  { id: 'details', title: 'Details', component: DetailsPanel },
  { id: 'filters', title: 'Filters', component: FiltersPanel },
  { id: 'list', title: 'List', component: TextView },
  { id: 'met', title: 'Met', component: MetPanel },
  { id: 'mediators', title: 'Mediators', component: MediatorsPanel },
  { id: 'timeline', title: 'Timeline', component: TimelinePanel },
  { id: 'edit', title: 'Edit', component: EditPanel, when: (s) => s.edit.on },
];

/**
 * Buttons in the header's action slot (after the theme toggle). To add one (e.g. the Export menu
 * from src/ui/export/), append one line: `{ id, component }`.
 */
export interface HeaderAction {
  id: string;
  component: ComponentType;
}

const ANALYSIS_TABS = new Set(['met', 'mediators', 'timeline']);

/**
 * Always mounted once fetched: after the first graph is drawn, or as soon as an analysis tab is
 * opened (the bridge turns what those panels set into layers on the graph).
 */
const AnalysisBridge = afterFirstGraph(
  lazyPart(async () => (await import('../analysis/AnalysisBridge.tsx')).AnalysisBridge, null),
  undefined,
  (s) => ANALYSIS_TABS.has(s.ui.tab),
);

/** The Export… button shows at once (disabled); its dialog's code follows the first graph. */
const exportLoading = createElement(ExportLoading);
const ExportAction = afterFirstGraph(
  lazyPart(async () => (await import('../export/ExportAction.tsx')).ExportAction, exportLoading),
  ExportLoading,
);

export const HEADER_ACTIONS: HeaderAction[] = [
  { id: 'analysis-status', component: AnalysisBridge },
  { id: 'export', component: ExportAction },
];

/**
 * Fetches the lazily loaded panels' and actions' code in idle time: called once the first graph is
 * drawn (src/app/boot.ts), so that a tab opens without a wait and the first graph without their bytes.
 */
export function preloadLazyParts(): void {
  const parts: LazyPart[] = [ExportAction, AnalysisBridge, MetPanel, MediatorsPanel, TimelinePanel];
  preloadWhenIdle(parts);
}
