/**
 * Fit, zoom in and out, re-run the layout (forgetting the places nodes were dragged to), save the
 * current places into the dataset, collapse or expand every group.
 */
import { useState } from 'react';
import { useAppState } from '../state/store.ts';
import { relayoutAfresh, savePositionsIntoDataset } from './arrangement.ts';
import { setCollapsed } from '../state/actions/selection.ts';
import { useController } from './controller-context.ts';
import { useLargeGraph } from './scene.ts';

export function ZoomControls() {
  const controller = useController();
  const dataset = useAppState((s) => s.data.dataset);
  const collapsed = useAppState((s) => s.selection.collapsed);
  const [saved, setSaved] = useState('');
  // Large graphs draw no group boxes (src/cy/large-mode.ts): nothing to collapse.
  const { large } = useLargeGraph();
  const groups =
    dataset && !large
      ? [
          ...new Set(
            dataset.actors.map((a) => a.memberOf).filter((m): m is string => m !== undefined),
          ),
        ]
      : [];
  return (
    <div className="zoom-controls" role="toolbar" aria-label="View controls">
      <button type="button" onClick={() => controller.fit()} title="Fit the graph in view">
        Fit
      </button>
      <button
        type="button"
        onClick={() => controller.zoomBy(1.25)}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => controller.zoomBy(0.8)}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button
        type="button"
        onClick={() => {
          setSaved('');
          relayoutAfresh(controller);
        }}
        title="Run the layout again (places you dragged nodes to are forgotten)"
      >
        Re-layout
      </button>
      <button
        type="button"
        disabled={!dataset}
        onClick={() => {
          const n = savePositionsIntoDataset(controller);
          setSaved(`${n} positions saved into the dataset: an export or download keeps them.`);
        }}
        title="Save the current positions into the dataset (its “positions”), for exports and downloads"
        data-testid="save-positions"
      >
        Save positions
      </button>
      <span className="visually-hidden" role="status">
        {saved}
      </span>
      {groups.length > 0 && (
        <button
          type="button"
          onClick={() => setCollapsed(collapsed.length > 0 ? [] : groups)}
          title="Collapse or expand every group"
        >
          {collapsed.length > 0 ? 'Expand groups' : 'Collapse groups'}
        </button>
      )}
    </div>
  );
}
