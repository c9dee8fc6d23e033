/**
 * The canvas: react-cytoscapejs creates the cytoscape Core (with constant, empty elements and
 * stylesheet, so that it never patches anything); the graph handle gives each Core its controller
 * (src/cy/controller.ts), which draws everything. This component only tells the handle what the
 * app state says to draw.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { largeGraphOptions } from '../../cy/large-mode.ts';
import type { DrawInput } from '../../cy/controller.ts';
import { useAppState } from '../state/store.ts';
import { useController } from './controller-context.ts';
import type { GraphHandle } from './graph-handle.ts';
import { usePresentation } from './presentation.ts';
import { Legend } from './Legend.tsx';
import { Card } from './Card.tsx';
import { useCardKeys } from './CardKeys.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { useLargeGraph } from './scene.ts';
import { useAppearanceInput } from './appearance.ts';
import { useOverviewInput, useOverviewShown } from '../overview/use-overview.ts';
import { OverviewBar } from '../overview/OverviewBar.tsx';
import { cancelLoadingLayout } from '../state/actions/data.ts';

/** The props react-cytoscapejs compares: the same arrays always, so it never writes to the Core. */
const NO_ELEMENTS: ElementDefinition[] = [];
const NO_STYLE: StylesheetJson = [];

/** Edit mode's part of the drawing input: the picked actors (undefined: not editing). */
function useEditing(): DrawInput['editing'] {
  const on = useAppState((s) => s.edit.on);
  const picked = useAppState((s) => s.edit.picked);
  return useMemo(() => (on ? { picked } : undefined), [on, picked]);
}

/** Sends the drawing input of the app state to the handle whenever it changes. */
function useDrawInput(graph: GraphHandle): void {
  const dataset = useAppState((s) => s.data.dataset);
  const datasetKey = useAppState((s) => s.data.key);
  const view = useAppState((s) => s.view.view);
  const edgeMode = useAppState((s) => s.view.edgeMode);
  const layout = useAppState((s) => s.view.layout);
  const theme = useAppState((s) => s.view.theme);
  const presentation = usePresentation();
  useAppearanceInput(graph);
  const editing = useEditing();
  const overview = useOverviewInput();
  // While a large network's grouping is computed, nothing is drawn (not every actor first).
  const drawn = overview.pending ? undefined : dataset;
  const overviewInput = overview.input;
  const input: Partial<DrawInput> = {
    dataset: drawn,
    datasetKey,
    view,
    edgeMode,
    layout,
    theme,
    presentation,
    editing,
    overview: overviewInput,
  };
  const sent = useRef<{ graph: GraphHandle; input: Partial<DrawInput> } | undefined>(undefined);
  // Before paint, so that a frame never shows the graph out of step with the panels; only when a
  // part changed (each part keeps its identity while it is the same).
  useLayoutEffect(() => {
    const last = sent.current;
    const keys = Object.keys(input) as (keyof DrawInput)[];
    if (last?.graph === graph && keys.every((k) => last.input[k] === input[k])) return;
    sent.current = { graph, input };
    graph.update(input);
  });
}

/** The canvas follows its box (window resize, sidebar width), and fits clear of the overlays. */
function useCanvasBox(graph: GraphHandle) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    graph.setInsets(() => {
      const legend = el.parentElement?.querySelector('.legend')?.getBoundingClientRect();
      const controls = el.parentElement?.querySelector('.zoom-controls');
      // The overview's bar sits at the bottom, in the middle: nothing is fitted under it.
      const bar = el.parentElement?.querySelector('.overview-bar')?.getBoundingClientRect();
      return {
        left: legend ? legend.width + 10 : 0,
        right: 0,
        top: controls ? controls.getBoundingClientRect().height + 10 : 0,
        bottom: bar ? bar.height + 20 : 0,
        legendHeight: legend ? legend.height + 10 : 0,
      };
    });
    const observer = new ResizeObserver(() => graph.resized());
    observer.observe(el);
    return () => observer.disconnect();
  }, [graph]);
  return box;
}

function useSummary(): string {
  const dataset = useAppState((s) => s.data.dataset);
  const view = useAppState((s) => s.view.view);
  const { actors, relations } = usePresentation();
  if (!dataset) return 'Network graph: no dataset loaded.';
  return (
    `Network graph of ${dataset.title}: ${view === 'actors' ? 'actor network' : 'event view'}, ` +
    `${actors.size} of ${dataset.actors.length} actors and ${relations.size} of ` +
    `${dataset.relations.length} relations shown. The List tab reads the same data as text.`
  );
}

export function GraphCanvas() {
  const graph = useController();
  const progress = useAppState((s) => s.ui.layoutProgress);
  const { large, nodeCount } = useLargeGraph();
  // cytoscape reads these at creation: a change of mode creates a new Core (key below).
  // The overview draws few nodes but may have thousands of links: it pans from a texture too.
  const overview = useOverviewShown();
  const drawsLarge = large || overview;
  const creation = useMemo(
    () => largeGraphOptions(drawsLarge ? nodeCount : 0),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drawsLarge],
  );
  const attach = useCallback((cy: Core) => graph.attach(cy, large), [graph, large]);
  useEffect(() => () => graph.detach(), [graph]);
  useDrawInput(graph);
  const box = useCanvasBox(graph);
  const summary = useSummary();
  const keys = useCardKeys(graph);

  return (
    <section className="canvas-area" aria-label="Graph">
      <div
        ref={box}
        className="graph-canvas"
        role="img"
        aria-label={`${summary} Arrow keys show each actor's card; Enter selects it.`}
        data-testid="graph"
        tabIndex={0}
        onKeyDown={keys.onKeyDown}
        onBlur={keys.onBlur}
      >
        <CytoscapeComponent
          key={large ? 'large' : overview ? 'overview' : 'normal'}
          elements={NO_ELEMENTS}
          stylesheet={NO_STYLE}
          cy={attach}
          style={{ width: '100%', height: '100%' }}
          autounselectify
          boxSelectionEnabled={false}
          minZoom={0.05}
          maxZoom={5}
          {...(creation.textureOnViewport !== undefined && {
            textureOnViewport: creation.textureOnViewport,
          })}
          {...(creation.hideEdgesOnViewport !== undefined && {
            hideEdgesOnViewport: creation.hideEdgesOnViewport,
          })}
          {...(creation.motionBlur !== undefined && { motionBlur: creation.motionBlur })}
          {...(creation.pixelRatio !== undefined && { pixelRatio: creation.pixelRatio })}
        />
      </div>
      <Legend />
      <ZoomControls />
      <OverviewBar />
      <Card />
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announce">
        {keys.said}
      </p>
      {progress !== undefined && progress < 1 && (
        <div className="layout-progress" role="status">
          Laying out… {Math.round(progress * 100)}%{' '}
          <button
            type="button"
            onClick={() => {
              cancelLoadingLayout();
              graph.cancelLayout();
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
