/**
 * The explorer's Export action: the Export… button and dialog, connected to the app state (dataset,
 * theme, view, filters, focus) and to the graph controller's cytoscape instance. Mounted by one line
 * in src/ui/shell/panels.ts: `{ id: 'export', component: ExportAction }` in HEADER_ACTIONS.
 */
import { useCallback, useMemo } from 'react';
import { describeFilters } from '../../cy/export/filters-text.ts';
import { legendOf } from '../../cy/export/legend.ts';
import type { Theme } from '../../cy/palette.ts';
import { useController } from '../graph/controller-context.ts';
import { usePresentation } from '../graph/presentation.ts';
import { useAppState } from '../state/store.ts';
import { ExportButton } from './ExportDialog.tsx';
import type { VisibleSets } from './filtered-dataset.ts';

export function ExportAction() {
  const dataset = useAppState((s) => s.data.dataset);
  const theme = useAppState((s) => s.view.theme);
  const view = useAppState((s) => s.view.view);
  const filters = useAppState((s) => s.filters);
  const focus = useAppState((s) => s.selection.focus);
  const presentation = usePresentation();
  const controller = useController();

  // What is shown: the filters' result, cut to the focused neighbourhood when the rest is hidden.
  const visible = useMemo<VisibleSets>(() => {
    const f = presentation.focus;
    if (!f || f.mode !== 'hide' || !dataset) return presentation;
    const actors = new Set([...presentation.actors].filter((id) => f.actors.has(id)));
    const relations = new Set(
      dataset.relations
        .filter((r) => presentation.relations.has(r.id))
        .filter(
          (r) => new Set(r.participants.map((p) => p.actor).filter((a) => actors.has(a))).size >= 2,
        )
        .map((r) => r.id),
    );
    return { actors, relations, containers: presentation.containers };
  }, [presentation, dataset]);

  const filterText = useMemo(() => {
    const out = describeFilters(filters);
    if (focus && dataset) {
      const name = dataset.actors.find((a) => a.id === focus.id)?.name ?? focus.id;
      const steps = focus.depth === 1 ? '1 step' : `${focus.depth} steps`;
      out.push(
        `focus: ${name} and ${steps} around (${focus.mode === 'hide' ? 'the rest hidden' : 'the rest dimmed'})`,
      );
    }
    return out;
  }, [filters, focus, dataset]);

  const legendFor = useCallback(
    (palette: Theme) => (dataset ? legendOf(dataset, palette, visible) : []),
    [dataset, visible],
  );

  if (!dataset) return null;
  return (
    <ExportButton
      getSource={() => controller.current()}
      dataset={dataset}
      visible={visible}
      filters={filterText}
      legendFor={legendFor}
      theme={theme}
      viewName={view}
    />
  );
}
