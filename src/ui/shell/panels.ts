/**
 * The sidebar's panels, in tab order. To add a panel (e.g. "Who met whom", "Mediators",
 * "Timeline" from src/ui/analysis/), append one line: `{ id, title, component }`. A panel reads the
 * app state with `useAppState`, acts on the graph with `useController()` (src/ui/graph/) and may
 * highlight ids with `setHighlight` (src/ui/state/actions/selection.ts).
 */
import type { ComponentType } from 'react';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { FiltersPanel } from '../filters/FiltersPanel.tsx';
import { TextView } from '../textview/TextView.tsx';
import { MetPanel } from '../analysis/MetPanel.tsx';
import { MediatorsPanel } from '../analysis/MediatorsPanel.tsx';
import { TimelinePanel } from '../analysis/TimelinePanel.tsx';
import { AnalysisBridge } from '../analysis/AnalysisBridge.tsx';
import { ExportAction } from '../export/ExportAction.tsx';

export interface SidebarPanel {
  /** Stable id: the tab's key in the state. */
  id: string;
  title: string;
  component: ComponentType;
}

export const SIDEBAR_PANELS: SidebarPanel[] = [
  { id: 'details', title: 'Details', component: DetailsPanel },
  { id: 'filters', title: 'Filters', component: FiltersPanel },
  { id: 'list', title: 'List', component: TextView },
  { id: 'met', title: 'Met', component: MetPanel },
  { id: 'mediators', title: 'Mediators', component: MediatorsPanel },
  { id: 'timeline', title: 'Timeline', component: TimelinePanel },
];

/**
 * Buttons in the header's action slot (after the theme toggle). To add one (e.g. the Export menu
 * from src/ui/export/), append one line: `{ id, component }`.
 */
export interface HeaderAction {
  id: string;
  component: ComponentType;
}

export const HEADER_ACTIONS: HeaderAction[] = [
  { id: 'analysis-status', component: AnalysisBridge },
  { id: 'export', component: ExportAction },
];
