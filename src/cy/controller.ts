/**
 * The graph controller: the one owner of everything drawn on a cytoscape Core (elements,
 * stylesheet, classes, layouts, viewport). Modelled on xyflow's `XYPanZoom`: no framework inside;
 * it is created with a canvas's Core and destroyed with it, and the app drives it with plain values
 * through `update` (a dataset in a view, the theme, the layout, the presentation, the analysis
 * layers). Each `update` works out what changed: new elements, a new stylesheet, a new scene to lay
 * out (or whose positions to restore), and one diff-and-apply pass of the classes. Taps are reported
 * through the callbacks given at creation. No other module sets classes or styles on the Core.
 */
import type { Core, CytoscapeOptions, EventObject, NodeSingular, Position } from 'cytoscape';
import type { Dataset } from '../model/schema.ts';
import { cytoscape } from './register.ts';
import { CLASSES, buildStylesheet } from './stylesheet.ts';
import { runLayout, type LayoutHooks, type LayoutName } from './layouts.ts';
import { buildElements, drawnKeyOf, type EdgeMode, type GraphView } from './elements.ts';
import { largeGraphOptions, largeGraphStyle } from './large-mode.ts';
import { analysisColors, analysisStylesheet } from './analysis-style.ts';
import { markAnalysis, type AnalysisLayers } from './analysis-layers.ts';
import { markPresentation, type Presentation } from './present.ts';
import { Marks } from './marks.ts';
import type { Theme } from './palette.ts';
import { fitViewport, NO_INSETS, type Insets } from './viewport.ts';

export type { Presentation } from './present.ts';
export type { Insets } from './viewport.ts';

/** Everything that decides what is drawn. */
export interface DrawInput {
  /** Names the dataset (`bundled:…`, `file:…`): with the view and edge mode, the scene. */
  datasetKey: string;
  dataset: Dataset | undefined;
  view: GraphView;
  edgeMode: EdgeMode;
  theme: Theme;
  layout: LayoutName;
  presentation: Presentation;
  layers: AnalysisLayers;
}

export interface ControllerCallbacks {
  onTapActor?: (id: string) => void;
  onTapRelation?: (id: string) => void;
  onTapBackground?: () => void;
  /** A double tap on a group (a compound actor): collapse or expand it. */
  onToggleGroup?: (id: string) => void;
  /** Progress of a running layout, in [0, 1]. */
  onLayoutProgress?: (fraction: number) => void;
  /** A scene is laid out (or its positions restored): `<scene key>|<layout>`. */
  onDrawn?: (drawnKey: string) => void;
}

export interface ControllerOptions extends ControllerCallbacks {
  /** The large-graph mode (src/cy/large-mode.ts): no compound boxes, cheaper edges. */
  large?: boolean;
  /** Where overlays cover the canvas (fitting keeps the graph clear of them). */
  insets?: () => Insets;
}

const EMPTY_PRESENTATION: Presentation = {
  actors: new Set(),
  relations: new Set(),
  containers: new Set(),
  collapsed: [],
};

export class GraphController {
  private readonly cy: Core;
  private readonly options: ControllerOptions;
  private readonly ownsCore: boolean;
  private input: DrawInput | undefined;
  private readonly positions = new Map<string, Record<string, Position>>();
  private drawnKey: string | undefined;
  private pending: Promise<void> = Promise.resolve();
  private abort: AbortController | undefined;
  /** True while the view is the automatic fit (no pan or zoom by the user since). */
  private autoFit = true;
  private destroyed = false;
  private readonly offWheel: () => void;

  constructor(cy: Core, options: ControllerOptions = {}, ownsCore = false) {
    this.cy = cy;
    this.options = options;
    this.ownsCore = ownsCore;
    this.listen();
    const container = cy.container();
    const onWheel = (): void => {
      this.autoFit = false;
    };
    container?.addEventListener('wheel', onWheel, { passive: true });
    this.offWheel = () => container?.removeEventListener('wheel', onWheel);
  }

  /**
   * A controller on a Core of its own (the render page, tests): headless when `container` is
   * undefined. `destroy` then destroys the Core too.
   */
  static create(container: HTMLElement | undefined, options: ControllerOptions = {}): GraphController {
    const large = options.large === true;
    const init: CytoscapeOptions = {
      ...(container ? { container } : { headless: true, styleEnabled: true }),
      ...largeGraphOptions(large ? Number.MAX_SAFE_INTEGER : 0),
      minZoom: 0.05,
      maxZoom: 5,
      autounselectify: true,
      boxSelectionEnabled: false,
    };
    return new GraphController(cytoscape(init), options, true);
  }

  /** Whether this controller draws on `cy`. */
  owns(cy: Core): boolean {
    return this.cy === cy;
  }

  /** The Core, for the image export (src/cy/export) and the test hook only. */
  get core(): Core | undefined {
    return this.destroyed || this.cy.destroyed() ? undefined : this.cy;
  }

  private listen(): void {
    const cy = this.cy;
    // A pan or zoom by the user ends the automatic fit (a resize then keeps their view).
    cy.on('tapstart', () => {
      this.autoFit = false;
    });
    cy.on('tap', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (node.data('elementType') === 'relation') this.options.onTapRelation?.(node.id());
      else this.options.onTapActor?.(node.id());
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      const first = (e.target.data('relationIds') as string[] | undefined)?.[0];
      if (first !== undefined) this.options.onTapRelation?.(first);
    });
    cy.on('dbltap', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (node.isParent() || node.hasClass(CLASSES.collapsed))
        this.options.onToggleGroup?.(node.id());
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.options.onTapBackground?.();
    });
  }

  /** Stops layouts and listeners; destroys the Core when the controller created it. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort?.abort();
    this.offWheel();
    if (!this.cy.destroyed()) {
      this.cy.removeAllListeners();
      if (this.ownsCore) this.cy.destroy();
    }
  }

  /**
   * Draws `change` merged into what is drawn now: rebuilds the elements only when the dataset, the
   * view or the edge mode changed, the stylesheet only when the theme did, lays out only a new scene
   * or layout, and sets the classes in one pass.
   */
  update(change: Partial<DrawInput>): void {
    if (!this.core) return;
    const prev = this.input;
    const next: DrawInput = {
      datasetKey: '',
      dataset: undefined,
      view: 'actors',
      edgeMode: 'each',
      theme: 'light',
      layout: 'force',
      presentation: EMPTY_PRESENTATION,
      layers: {},
      ...prev,
      ...change,
    };
    this.input = next;
    const newElements =
      !prev ||
      prev.dataset !== next.dataset ||
      prev.view !== next.view ||
      prev.edgeMode !== next.edgeMode;
    if (newElements) this.setElements(next);
    if (!prev || prev.theme !== next.theme) this.setStyle(next.theme);
    if (newElements || prev.presentation !== next.presentation || prev.layers !== next.layers)
      this.present(next);
    if (next.dataset) void this.setScene(drawnKeyOf(next), next.layout, false);
  }

  /** Lays the current scene out again (the "re-run the layout" button). */
  relayout(): Promise<void> {
    const input = this.input;
    if (!input?.dataset) return this.pending;
    return this.setScene(drawnKeyOf(input), input.layout, true);
  }

  private setElements(input: DrawInput): void {
    const cy = this.cy;
    this.abort?.abort();
    if (this.drawnKey !== undefined) this.savePositions();
    this.drawnKey = undefined;
    // Old and new elements never meet: a new dataset may reuse an old id in another role.
    cy.batch(() => {
      cy.elements().remove();
      if (input.dataset)
        cy.add(
          buildElements(input.dataset, input.view, input.edgeMode, {
            compounds: this.options.large !== true,
          }),
        );
    });
  }

  private setStyle(theme: Theme): void {
    const large = this.options.large === true;
    this.cy.style([
      ...buildStylesheet(theme),
      ...analysisStylesheet(analysisColors(theme)),
      ...(large ? largeGraphStyle(Number.MAX_SAFE_INTEGER, theme) : []),
    ]);
  }

  /** Every class the presentation and the analysis layers call for, applied where it changes. */
  private present(input: DrawInput): void {
    const cy = this.cy;
    cy.batch(() => {
      const marks = new Marks(cy);
      markPresentation(cy, input.presentation, marks);
      markAnalysis(cy, input.layers, marks);
      marks.apply();
    });
  }

  /** Resolves when the current scene is laid out. */
  ready(): Promise<void> {
    return this.pending;
  }

  /** Stops a running layout; the positions stay where they are. */
  cancelLayout(): void {
    this.abort?.abort();
    this.options.onLayoutProgress?.(1);
  }

  /**
   * Shows a scene with a layout: the positions it had last time when it has been shown with this
   * layout before, else a new layout.
   */
  private setScene(key: string, layout: LayoutName, relayout: boolean): Promise<void> {
    if (!relayout && key === this.drawnKey) return this.pending;
    if (this.drawnKey !== undefined) this.savePositions();
    this.drawnKey = key;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const saved = relayout ? undefined : this.positions.get(key);
    const run = async (): Promise<void> => {
      if (abort.signal.aborted || !this.core) return;
      this.cy.resize();
      if (!(saved && this.restore(saved))) await this.layOut(layout, abort.signal);
      if (abort.signal.aborted || !this.core) return;
      this.savePositions();
      this.fitNow();
      this.options.onDrawn?.(key);
    };
    this.pending = this.pending.then(run, run);
    return this.pending;
  }

  private async layOut(layout: LayoutName, signal: AbortSignal): Promise<void> {
    const hooks: LayoutHooks = { signal };
    if (this.options.onLayoutProgress) hooks.onProgress = this.options.onLayoutProgress;
    await runLayout(this.cy, layout, { fit: false }, hooks);
  }

  /** Puts every node back where it was; false (nothing moved) when a node has no saved place. */
  private restore(saved: Record<string, Position>): boolean {
    const cy = this.cy;
    const leaves = cy.nodes().filter((n) => !n.isParent());
    if (leaves.filter((n) => saved[n.id()] === undefined).nonempty()) return false;
    cy.batch(() => {
      leaves.forEach((n) => {
        const p = saved[n.id()];
        if (p) n.position(p);
      });
    });
    return true;
  }

  private savePositions(): void {
    if (this.drawnKey === undefined || !this.core) return;
    const out: Record<string, Position> = {};
    this.cy.nodes().forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.position() };
    });
    this.positions.set(this.drawnKey, out);
  }

  /** The canvas changed size: re-measure, and re-fit when the view is still the automatic fit. */
  resized(): void {
    if (!this.core) return;
    this.cy.resize();
    if (this.autoFit) this.fitNow();
  }

  private fitNow(): void {
    if (!this.core) return;
    const cy = this.cy;
    const visible = cy.elements(':visible');
    const target = visible.nonempty() ? visible : cy.elements();
    if (target.empty()) return;
    const viewport = fitViewport(target.boundingBox(), cy, (this.options.insets ?? (() => NO_INSETS))());
    cy.viewport(viewport);
    this.autoFit = true;
  }

  fit(): void {
    this.fitNow();
  }

  zoomBy(factor: number): void {
    if (!this.core) return;
    const cy = this.cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Centres the view on an element (an actor, or a relation: its node or its edges). */
  centreOn(id: string): void {
    if (!this.core) return;
    const cy = this.cy;
    let target = cy.getElementById(id);
    if (target.empty())
      target = cy
        .edges()
        .filter((e) => ((e.data('relationIds') as string[] | undefined) ?? []).includes(id));
    if (target.empty()) return;
    cy.stop();
    if (target.length === 1 && target.isNode()) {
      // The node itself at the centre (its label hangs below and would pull the box down).
      const p = target.position();
      const zoom = cy.zoom();
      cy.pan({ x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom });
    } else cy.center(target);
  }
}
