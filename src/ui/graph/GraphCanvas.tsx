/**
 * The canvas: react-cytoscapejs draws the memoized elements and stylesheet; the controller
 * (src/cy) does the rest. The layout prop is never set: layouts run through the controller, once
 * per scene, so that filters never move a node.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import '../../cy/register.ts';
import { buildElements } from '../../cy/elements.ts';
import { buildStylesheet } from '../../cy/stylesheet.ts';
import { largeGraphOptions, largeGraphStyle } from '../../cy/large/index.ts';
import { store, useAppState } from '../state/store.ts';
import { useController } from './controller-context.ts';
import { usePresentation } from './presentation.ts';
import { Legend } from './Legend.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { sceneKeyOf, useLargeGraph } from './scene.ts';

/**
 * react-cytoscapejs's shallow comparison, as a function of our own. With its default `diff` it skips
 * the check of the `elements` array and re-compares every element definition on every render (its
 * source: `diff === defaultDiff || diff(prev.elements, next.elements)`): at 20,000 actors that was
 * seconds of main thread per render, and the canvas renders on each filter, selection and layout
 * progress step. With this one, an unchanged (memoized) array is skipped at once; a changed array is
 * patched exactly as before.
 */
function shallowDiff(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return false;
  if (a == null || b == null || typeof a !== 'object' || typeof b !== 'object') return true;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length !== kb.length || ka.some((k) => a[k] !== b[k]) || kb.some((k) => a[k] !== b[k]);
}

export function GraphCanvas() {
  const controller = useController();
  const dataset = useAppState((s) => s.data.dataset);
  const key = useAppState((s) => s.data.key);
  const view = useAppState((s) => s.view.view);
  const edgeMode = useAppState((s) => s.view.edgeMode);
  const layout = useAppState((s) => s.view.layout);
  const theme = useAppState((s) => s.view.theme);
  const progress = useAppState((s) => s.ui.layoutProgress);
  const presentation = usePresentation();

  const { large, nodeCount } = useLargeGraph();
  // Large graphs draw no compound boxes (src/cy/large/options.ts says why).
  const elements = useMemo(
    () => (dataset ? buildElements(dataset, view, edgeMode, { compounds: !large }) : []),
    [dataset, view, edgeMode, large],
  );
  const stylesheet = useMemo(
    () =>
      large
        ? [...buildStylesheet(theme), ...largeGraphStyle(nodeCount, theme)]
        : buildStylesheet(theme),
    // The large style depends only on being large: keep the array while the size changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [theme, large],
  );
  // cytoscape reads these at creation: a change of mode creates a new instance (key below).
  const creation = useMemo(() => largeGraphOptions(large ? nodeCount : 0), [large]); // eslint-disable-line react-hooks/exhaustive-deps
  const sceneKey = sceneKeyOf(key, view, edgeMode);

  // Each new cytoscape instance (a switch of large-graph mode remounts the canvas; so does React's
  // StrictMode in development) must get its scene and classes again: the effects below depend on it.
  const [instance, setInstance] = useState(0);
  const attach = useCallback(
    (cy: Core) => {
      if (controller.attach(cy)) setInstance((n) => n + 1);
    },
    [controller],
  );
  const box = useRef<HTMLDivElement>(null);

  // The canvas follows its box (window resize, sidebar width).
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    controller.setInsets(() => {
      const legend = el.parentElement?.querySelector('.legend');
      const controls = el.parentElement?.querySelector('.zoom-controls');
      const box = legend?.getBoundingClientRect();
      return {
        left: box ? box.width + 10 : 0,
        right: 0,
        top: controls ? controls.getBoundingClientRect().height + 10 : 0,
        bottom: 0,
        legendHeight: box ? box.height + 10 : 0,
      };
    });
    const observer = new ResizeObserver(() => controller.resized());
    observer.observe(el);
    return () => observer.disconnect();
  }, [controller]);

  // A new scene (dataset, view) or layout: lay out (or restore positions), then mark it drawn.
  useEffect(() => {
    if (!dataset) return;
    let live = true;
    controller.refresh();
    void controller.setScene(sceneKey, layout).then(() => {
      if (live) store.update('ui', (u) => ({ ...u, drawnScene: `${sceneKey}|${layout}` }));
    });
    return () => {
      live = false;
    };
  }, [controller, dataset, elements, sceneKey, layout, instance]);

  // Filters, focus, selection: classes only.
  useEffect(() => {
    controller.present(presentation);
  }, [controller, presentation, elements, instance]);

  const shownActors = presentation.actors.size;
  const shownRelations = presentation.relations.size;
  const summary = dataset
    ? `Network graph of ${dataset.title}: ${view === 'actors' ? 'actor network' : 'event view'}, ` +
      `${shownActors} of ${dataset.actors.length} actors and ${shownRelations} of ` +
      `${dataset.relations.length} relations shown. The List tab reads the same data as text.`
    : 'Network graph: no dataset loaded.';

  return (
    <section className="canvas-area" aria-label="Graph">
      <div ref={box} className="graph-canvas" role="img" aria-label={summary} data-testid="graph">
        <CytoscapeComponent
          key={large ? 'large' : 'normal'}
          elements={elements}
          stylesheet={stylesheet}
          cy={attach}
          diff={shallowDiff}
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
      {progress !== undefined && progress < 1 && (
        <div className="layout-progress" role="status">
          Laying out… {Math.round(progress * 100)}%{' '}
          <button type="button" onClick={() => controller.cancelLayout()}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
