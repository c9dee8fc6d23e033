/**
 * The graph controller: the one owner of everything drawn on a cytoscape Core (elements,
 * stylesheet, classes, layouts, viewport). Modelled on xyflow's `XYPanZoom`: no framework inside;
 * it is created with a canvas's Core and destroyed with it, and the app drives it with plain values
 * through `update` (a dataset in a view, the theme, the layout, the presentation, the analysis
 * layers). Each `update` works out what changed: new elements, a new stylesheet, a new scene to lay
 * out (or whose positions to restore), and one diff-and-apply pass of the classes. Taps are reported
 * through the callbacks given at creation. No other module sets classes or styles on the Core.
 */
import type {
  BoundingBox12,
  Collection,
  Core,
  CytoscapeOptions,
  ElementDefinition,
  EventObject,
  EdgeSingular,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import type { Dataset } from '../model/schema.ts';
import { cytoscape } from './register.ts';
import { CLASSES, buildStylesheet } from './stylesheet.ts';
import { fileStylesheet, type Appearance } from './file-style.ts';
import { communityStylesheet, markCommunities } from './community-style.ts';
import { drawsGroups, runLayout, type LayoutHooks, type LayoutName } from './layouts.ts';
import { buildElements, drawnKeyOf, type EdgeMode, type GraphView } from './elements.ts';
import { largeGraphOptions, largeGraphStyle } from './large-mode.ts';
import { analysisColors, analysisStylesheet } from './analysis-style.ts';
import { BASE_LABEL_SIZE, labelRules, labelScaleFor, storyStylesheet } from './story-style.ts';
import { markAnalysis, sameLayers, type AnalysisLayers } from './analysis-layers.ts';
import { markPresentation, type Presentation } from './present.ts';
import { AN_CLASSES, Marks } from './marks.ts';
import type { Theme } from './palette.ts';
import { fitViewport, NO_INSETS, type Insets } from './viewport.ts';
import { separateGroups } from './separate.ts';
import { labelsAbove, PLACE_MAX, type LabelItem } from './label-place.ts';
import { applyElements, viewCentre } from './incremental.ts';
import { EDIT_CLASSES, editStylesheet } from './edit-style.ts';
import { EdgeDrawing } from './edge-draw.ts';
import { groupNodeId, overviewElements, type Grouping } from './overview-elements.ts';
import { overviewStyle } from './overview-style.ts';
import { drawGroupChange, groupChange } from './overview-draw.ts';
import type { ActorEdge } from '../graph/project.ts';

/** The classes that take a node out of the drawing (filters, collapsed groups, focus). */
const UNDRAWN = `.${CLASSES.hidden}, .${CLASSES.collapsedHidden}, .${CLASSES.focusHidden}`;

/**
 * Below this zoom (a phone's fit) names stay below their nodes: cytoscape drew a name set above
 * its node cropped to the node's box there (seen at 390×844, zoom 0.24; whole at 0.49 and above).
 */
const PLACE_MIN_ZOOM = 0.35;

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
  /**
   * Places kept by hand or saved in the dataset (`positions`), by actor id: they win over the
   * layout (the force layout keeps them fixed and places the rest around them).
   */
  pinned?: Readonly<Record<string, Position>>;
  /** A viewport to show once the scene is drawn (from a shared link), instead of the fit. */
  viewport?: Viewport;
  /**
   * Edit mode (undefined: off). While on, a new dataset under the same `datasetKey` is drawn in
   * place (src/cy/incremental.ts: no layout, nothing drawn moves, new nodes beside their
   * neighbours), an edge can be drawn from one actor to another (`onDrawEdge`), and the `picked`
   * actors are marked.
   */
  editing?: EditingInput;
  /**
   * The overview of a large network (src/cy/overview-elements.ts): each closed group one node, the
   * opened ones drawn as the actor network. Undefined: every actor is drawn. A new `expanded` set
   * with the same `grouping` opens and closes groups in place (src/cy/overview-draw.ts).
   */
  overview?: OverviewInput;
  /**
   * Colours and sizes by kind (default) or as in the imported file (`x-color`, `x-size`,
   * `x-thickness`, `x-weight`: src/cy/file-style.ts).
   */
  appearance?: Appearance;
  /**
   * Each actor's community index (0 = the largest), drawn when `appearance` is 'community'
   * (src/cy/community-style.ts).
   */
  communityOf?: ReadonlyMap<string, number>;
}

export interface OverviewInput {
  grouping: Grouping;
  expanded: ReadonlySet<string>;
  /** The dataset's projection, when the app has it already. */
  edges?: readonly ActorEdge[];
  /**
   * The closed overview's force layout, computed beforehand (src/ui/load/load.ts), by node id:
   * used instead of running it when it places every node.
   */
  positions?: ReadonlyMap<string, Position>;
}

export interface EditingInput {
  /** Actors picked for a new relation (marked with a dashed outline in the accent colour). */
  picked: readonly string[];
  /** Draw mode: a drag from any actor draws an edge (nodes do not move); default: a handle. */
  drawEdges?: boolean;
}

export interface ControllerCallbacks {
  /** `additive`: Shift, Ctrl or Cmd was held (the app adds the actor to a multi-selection). */
  onTapActor?: (id: string, how?: { additive: boolean }) => void;
  onTapRelation?: (id: string) => void;
  onTapBackground?: () => void;
  /**
   * A double tap on a group: a compound actor (collapse or expand it), or an overview group
   * (`group:<id>`, src/cy/overview-elements.ts: open or close it).
   */
  onToggleGroup?: (id: string) => void;
  /** A tap on a closed overview group (its group id). */
  onTapGroup?: (groupId: string) => void;
  /** Progress of a running layout, in [0, 1]. */
  onLayoutProgress?: (fraction: number) => void;
  /** A scene is laid out (or its positions restored): `<scene key>|<layout>`. */
  onDrawn?: (drawnKey: string) => void;
  /**
   * The pointer entered an actor, a relation's node or edge (`at`: its rendered position in the
   * canvas, in CSS pixels), or left it (`undefined`).
   */
  onHover?: (target: HoverTarget | undefined) => void;
  /**
   * The user dragged nodes to new places: every leaf node's position in the scene, by id, and the
   * node let go (one call per node: a drag of several nodes calls once for each, in one task).
   */
  onArranged?: (positions: Record<string, Position>, moved: readonly string[]) => void;
  /** The user panned or zoomed (at most once per animation frame's worth of events). */
  onViewport?: (viewport: Viewport) => void;
  /** While editing, the user drew an edge from actor `from` to actor `to` (nothing is added). */
  onDrawEdge?: (from: string, to: string) => void;
}

export interface HoverTarget {
  type: 'actor' | 'relation';
  /** The actor's or the relation's id (an edge reports its first relation). */
  id: string;
  /** Every relation an edge draws (one, or several in the counted mode). */
  relationIds: readonly string[];
  at: Position;
}

export interface Viewport {
  zoom: number;
  pan: Position;
}

/** How an export wants the picture: a theme's palette, and whether the state's dimming shows. */
export interface ExportLook {
  theme: Theme;
  /** Keep the selection, the focus's dimming and the analysis highlight (default: drop them). */
  keepState?: boolean;
  /** Actor labels at least this many pixels in the output at `scale` output pixels per unit. */
  minLabelPx?: number;
  scale?: number;
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

/** Shift, Ctrl or Cmd held during a tap. */
function isAdditive(e: EventObject): boolean {
  const o = e.originalEvent as (Partial<MouseEvent> & Event) | undefined;
  return o?.shiftKey === true || o?.ctrlKey === true || o?.metaKey === true;
}

/**
 * An edit to draw in place: editing, the same scene as drawn, only the dataset changed (a new
 * dataset key, view, edge mode or layout is a new scene, laid out as ever).
 */
function editsInPlace(
  prev: DrawInput | undefined,
  next: DrawInput,
  drawnKey: string | undefined,
): boolean {
  return (
    next.editing !== undefined &&
    prev?.dataset !== undefined &&
    next.dataset !== undefined &&
    prev.dataset !== next.dataset &&
    prev.datasetKey === next.datasetKey &&
    prev.view === next.view &&
    prev.edgeMode === next.edgeMode &&
    prev.overview === next.overview &&
    drawsGroups(prev.layout) === drawsGroups(next.layout) &&
    drawnKey === drawnKeyOf(next)
  );
}

/** Room kept around a node that is not drawn yet (its body and its label below). */
const UNDRAWN_NODE_MARGIN = { x: 60, top: 25, bottom: 55 };

/**
 * The extent of `eles` as drawn, grown to take in the nodes the play control has not reached yet
 * (display: none adds nothing to cytoscape's bounding box), so that the frame of the first step is
 * already the frame of the last.
 */
function extentOf(eles: Collection): BoundingBox12 & { w: number; h: number } {
  const bb = eles.boundingBox();
  let { x1, y1, x2, y2 } =
    bb.w > 0 || bb.h > 0 ? bb : { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  eles
    .nodes(`.${AN_CLASSES.hidden}`)
    .filter((n) => !n.isParent())
    .forEach((n) => {
      const p = n.position();
      x1 = Math.min(x1, p.x - UNDRAWN_NODE_MARGIN.x);
      x2 = Math.max(x2, p.x + UNDRAWN_NODE_MARGIN.x);
      y1 = Math.min(y1, p.y - UNDRAWN_NODE_MARGIN.top);
      y2 = Math.max(y2, p.y + UNDRAWN_NODE_MARGIN.bottom);
    });
  if (!Number.isFinite(x1)) return bb;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

export class GraphController {
  private readonly cy: Core;
  private readonly options: ControllerOptions;
  private readonly ownsCore: boolean;
  private input: DrawInput | undefined;
  private readonly positions = new Map<string, Record<string, Position>>();
  /** Per scene, where nodes were when an edit took them away (see `drawEdit`): an undo puts them back. */
  private readonly seen = new Map<string, Map<string, Position>>();
  private drawnKey: string | undefined;
  private pending: Promise<void> = Promise.resolve();
  private abort: AbortController | undefined;
  /** True while the view is the automatic fit (no pan or zoom by the user since). */
  private autoFit = true;
  private destroyed = false;
  /** The label scale of the last fit (src/cy/story-style.ts `labelScaleFor`). */
  private labelScale = 1;
  private theme: Theme = 'light';
  /** The viewport asked for in the input has been shown (it applies to the first scene only). */
  private viewportShown = false;
  /** The layout the user cancelled (its scene still counts as drawn). */
  private cancelled: AbortController | undefined;
  private readonly offWheel: () => void;
  /** The edge drawing of edit mode (in a browser only). */
  private edgeDrawing: EdgeDrawing | undefined;

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
  static create(
    container: HTMLElement | undefined,
    options: ControllerOptions = {},
  ): GraphController {
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
      else if (node.data('elementType') === 'actor')
        this.options.onTapActor?.(node.id(), { additive: isAdditive(e) });
      else if (node.data('elementType') === 'group')
        this.options.onTapGroup?.(String(node.data('groupId')));
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      const first = (e.target.data('relationIds') as string[] | undefined)?.[0];
      if (first !== undefined) this.options.onTapRelation?.(first);
    });
    cy.on('dbltap', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (node.data('elementType') === 'group')
        this.options.onToggleGroup?.(groupNodeId(String(node.data('groupId'))));
      else if (node.isParent() || node.hasClass(CLASSES.collapsed))
        this.options.onToggleGroup?.(node.id());
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.options.onTapBackground?.();
    });
    this.listenHover();
    this.listenEdgeDrawing();
    cy.on('dragfree', 'node', (e: EventObject) => {
      this.savePositions();
      const saved = this.drawnKey === undefined ? undefined : this.positions.get(this.drawnKey);
      if (saved) this.options.onArranged?.({ ...saved }, [(e.target as NodeSingular).id()]);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      if (!this.options.onViewport || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (this.core) this.options.onViewport?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
      }, 150);
    });
  }

  private listenHover(): void {
    const cy = this.cy;
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      const ele = e.target as SingularElementArgument;
      const relationIds = (ele.data('relationIds') as string[] | undefined) ?? [];
      const isActor = ele.isNode() && ele.data('elementType') === 'actor';
      const id = isActor ? ele.id() : relationIds[0];
      if (id === undefined) return;
      const at = ele.isNode()
        ? (ele as NodeSingular).renderedPosition()
        : (ele as EdgeSingular).renderedMidpoint();
      this.options.onHover?.({
        type: isActor ? 'actor' : 'relation',
        id,
        relationIds,
        at: { ...at },
      });
    });
    cy.on('mouseout', 'node, edge', () => this.options.onHover?.(undefined));
    cy.on('viewport', () => this.options.onHover?.(undefined));
  }

  /** An edge drawn by edgehandles (src/cy/edge-draw.ts): removed, and reported as two actors. */
  private listenEdgeDrawing(): void {
    this.cy.on(
      'ehcomplete',
      (_e: EventObject, source: unknown, target: unknown, added: unknown) => {
        (added as Collection | undefined)?.remove();
        const from = (source as NodeSingular | undefined)?.id();
        const to = (target as NodeSingular | undefined)?.id();
        if (from !== undefined && to !== undefined && this.input?.editing)
          this.options.onDrawEdge?.(from, to);
      },
    );
  }

  /** Stops layouts and listeners; destroys the Core when the controller created it. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort?.abort();
    this.offWheel();
    this.edgeDrawing?.destroy();
    this.edgeDrawing = undefined;
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
    this.carryPlaces(prev, next);
    const inPlace = editsInPlace(prev, next, this.drawnKey);
    const newElements =
      !prev ||
      prev.dataset !== next.dataset ||
      prev.view !== next.view ||
      prev.edgeMode !== next.edgeMode ||
      prev.overview?.grouping !== next.overview?.grouping ||
      drawsGroups(prev.layout) !== drawsGroups(next.layout);
    const groupsOnly = !newElements && prev.overview !== next.overview;
    if (inPlace) this.drawEdit(next);
    else if (newElements) this.setElements(next);
    else if (groupsOnly) this.drawGroups(prev, next);
    if (!prev || prev.theme !== next.theme || prev.appearance !== next.appearance)
      this.setStyle(next.theme);
    // Opened or closed groups are marked once drawn (drawGroups), not before.
    if (!prev || newElements || inPlace || prev.communityOf !== next.communityOf)
      markCommunities(this.cy, next.communityOf);
    if (
      newElements ||
      prev.presentation !== next.presentation ||
      !sameLayers(prev.layers, next.layers) ||
      prev.editing !== next.editing
    )
      this.present(next);
    this.setEditing(next.editing);
    if (next.dataset) void this.setScene(drawnKeyOf(next), next.layout, false);
    if (inPlace) this.reportDrawn(drawnKeyOf(next));
  }

  /**
   * The same dataset shown under a new key (edit mode makes a draft of the dataset shown): the
   * scene keeps its places under the new key, so that nothing is laid out again.
   */
  private carryPlaces(prev: DrawInput | undefined, next: DrawInput): void {
    if (!prev?.dataset || prev.dataset !== next.dataset || prev.datasetKey === next.datasetKey)
      return;
    if (this.drawnKey !== drawnKeyOf({ ...next, datasetKey: prev.datasetKey })) return;
    this.savePositions();
    const places = this.positions.get(this.drawnKey);
    if (places) this.positions.set(drawnKeyOf(next), places);
  }

  /** The elements of the input's scene: the overview's, or every actor's. */
  private elementsOf(input: DrawInput & { dataset: Dataset }): ElementDefinition[] {
    if (input.overview && input.view === 'actors') {
      const { grouping, expanded, edges } = input.overview;
      return overviewElements(input.dataset, {
        grouping,
        expanded,
        edgeMode: input.edgeMode,
        ...(edges && { edges }),
      });
    }
    return buildElements(input.dataset, input.view, input.edgeMode, {
      compounds: this.options.large !== true && drawsGroups(input.layout),
    });
  }

  /** Draws an edit in place (src/cy/incremental.ts): no layout, the viewport stays. */
  private drawEdit(input: DrawInput): void {
    if (!input.dataset) return;
    // Where nodes were when an edit took them away: the undo of a delete puts them back there.
    // (Positions of the scene are saved when it is left, not after each edit.)
    const key = this.drawnKey ?? '';
    const places = this.seen.get(key) ?? new Map<string, Position>();
    this.seen.set(key, places);
    applyElements(
      this.cy,
      this.elementsOf({ ...input, dataset: input.dataset }),
      viewCentre(this.cy),
      places,
    );
  }

  /**
   * Opens and closes the overview's groups in place (src/cy/overview-draw.ts): the rest stays
   * where it is; reported drawn (the same scene) when done.
   */
  private drawGroups(prev: DrawInput, next: DrawInput): void {
    const dataset = next.dataset;
    const overview = next.overview;
    if (!dataset || !overview) return;
    const defs = this.elementsOf({ ...next, dataset });
    const change = groupChange(prev.overview?.expanded, overview.expanded);
    const key = drawnKeyOf(next);
    const run = (): void => {
      if (!this.core) return;
      drawGroupChange(this.cy, defs, change, overview.grouping, viewCentre(this.cy));
      markCommunities(this.cy, (this.input ?? next).communityOf);
      this.present(this.input ?? next);
      this.savePositions();
      if (this.drawnKey === key) this.options.onDrawn?.(key);
    };
    this.pending = this.pending.then(run, run);
  }

  /** Reports an edit drawn (once the scene's layout, if one is still running, is done). */
  private reportDrawn(key: string): void {
    const report = (): void => {
      if (this.core && this.drawnKey === key) this.options.onDrawn?.(key);
    };
    this.pending = this.pending.then(report, report);
  }

  /** Edit mode's edge drawing: on while editing, in a browser. */
  private setEditing(editing: EditingInput | undefined): void {
    const container = this.cy.container();
    if (editing && container && !this.edgeDrawing)
      this.edgeDrawing = new EdgeDrawing(this.cy, container);
    if (!editing && this.edgeDrawing) {
      this.edgeDrawing.destroy();
      this.edgeDrawing = undefined;
    }
    this.edgeDrawing?.setDrawMode(editing?.drawEdges === true);
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
      if (input.dataset) cy.add(this.elementsOf({ ...input, dataset: input.dataset }));
    });
  }

  private setStyle(theme: Theme): void {
    const large = this.options.large === true;
    this.theme = theme;
    this.cy.style([
      ...buildStylesheet(theme),
      ...storyStylesheet(theme),
      ...(this.input?.appearance === 'file' ? fileStylesheet() : []),
      ...(this.input?.appearance === 'community' ? communityStylesheet(theme) : []),
      ...labelRules(this.labelScale),
      ...analysisStylesheet(analysisColors(theme)),
      ...(large ? largeGraphStyle(Number.MAX_SAFE_INTEGER, theme) : []),
      ...editStylesheet(theme),
      ...overviewStyle(theme),
    ]);
  }

  /** Every class the presentation and the analysis layers call for, applied where it changes. */
  private present(input: DrawInput): void {
    const cy = this.cy;
    cy.batch(() => {
      const marks = new Marks(cy);
      markPresentation(cy, input.presentation, marks);
      markAnalysis(cy, input.layers, marks);
      if (input.editing)
        for (const id of input.editing.picked)
          marks.add(EDIT_CLASSES.picked, cy.getElementById(id));
      marks.apply();
    });
  }

  /** Resolves when the current scene is laid out. */
  ready(): Promise<void> {
    return this.pending;
  }

  /** Stops a running layout; the positions stay where they are. */
  cancelLayout(): void {
    // Cancelled by the user, the scene is drawn where the layout left it (and reported drawn);
    // superseded by a new scene, it is not.
    this.cancelled = this.abort;
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
      const restored = saved !== undefined && this.restore(saved);
      if (!restored) await this.layOut(layout, abort.signal);
      if ((abort.signal.aborted && this.cancelled !== abort) || !this.core) return;
      const asked = this.input?.viewport;
      if (asked && !this.viewportShown) {
        this.viewportShown = true;
        this.cy.viewport({ zoom: asked.zoom, pan: { ...asked.pan } });
        this.autoFit = false;
      } else this.fitNow(!restored, true);
      this.savePositions();
      this.options.onDrawn?.(key);
    };
    this.pending = this.pending.then(run, run);
    return this.pending;
  }

  /** Runs the layout, keeping pinned nodes where they were put, unless every node is pinned. */
  private async layOut(layout: LayoutName, signal: AbortSignal): Promise<void> {
    const pinned = this.input?.pinned ?? {};
    const leaves = this.cy.nodes().filter((n) => !n.isParent());
    const fixed = leaves.filter((n) => pinned[n.id()] !== undefined);
    if (fixed.empty() || fixed.length < leaves.length) {
      const hooks: LayoutHooks = { signal };
      if (this.input?.overview) hooks.offMainThread = true;
      if (this.options.onLayoutProgress) hooks.onProgress = this.options.onLayoutProgress;
      const overrides: Record<string, unknown> = { fit: false };
      if (layout === 'force' && fixed.nonempty())
        overrides.fixedNodeConstraint = fixed.map((n) => ({
          nodeId: n.id(),
          position: { ...(pinned[n.id()] as Position) },
        }));
      if (!this.placePreset(layout, leaves)) await runLayout(this.cy, layout, overrides, hooks);
      if (!signal.aborted && drawsGroups(layout)) separateGroups(this.cy);
    }
    if (signal.aborted) return;
    this.cy.batch(() => {
      fixed.forEach((n) => {
        const p = pinned[n.id()];
        if (p) n.position({ ...p });
      });
    });
  }

  /**
   * The overview's force layout computed beforehand (`OverviewInput.positions`: the same simulation,
   * run in the loading worker): placed in one batch when it has every node; false when not.
   */
  private placePreset(layout: LayoutName, leaves: Collection): boolean {
    const preset = this.input?.overview?.positions;
    if (layout !== 'force' || !preset) return false;
    if (leaves.filter((n) => !preset.has(n.id())).nonempty()) return false;
    this.cy.batch(() =>
      leaves.forEach((n) => void n.position({ ...(preset.get(n.id()) as Position) })),
    );
    return true;
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

  /**
   * Fits what the filters show (also what the play control has not reached yet, so that a growing
   * network stays in one frame) in the part of the canvas no overlay covers; then scales the labels
   * so that they are readable at that zoom, and fits again for their new size (with group boxes
   * separated again, as they grow with their members' labels).
   */
  private fitNow(separate = true, newScene = false): void {
    if (!this.core) return;
    // A new scene's scale is guessed first; a re-fit starts from the scale it has.
    if (
      newScene &&
      this.guessLabelScale() &&
      separate &&
      this.input &&
      drawsGroups(this.input.layout)
    )
      separateGroups(this.cy);
    for (let pass = 0; pass < 3; pass++) {
      const zoom = this.fitOnce();
      if (zoom === undefined || this.options.large === true) break;
      const scale = labelScaleFor(zoom);
      if (Math.abs(scale - this.labelScale) < 0.05 && scale >= this.labelScale) break;
      this.labelScale = Math.max(scale, pass > 0 ? this.labelScale : 1);
      this.setStyle(this.theme);
      // Larger labels make larger group boxes: keep them apart (restored places were kept apart
      // when they were saved, and stay exactly where they were).
      if (separate && this.input && drawsGroups(this.input.layout)) separateGroups(this.cy);
    }
    // Names at their final size: those that run into others go above their nodes, in frame.
    if (this.placeLabels(this.cy.zoom() >= PLACE_MIN_ZOOM)) this.fitOnce();
    this.autoFit = true;
  }

  /**
   * Sets each name below or above its node (src/cy/label-place.ts) for the labels as they are now
   * sized; not in the overview or the large-graph mode (names there wait for a zoom-in), nor when
   * `place` is false (every name back below). True when a name moved.
   */
  private placeLabels(place = true): boolean {
    const cy = this.cy;
    const before = cy.nodes(`.${CLASSES.labelAbove}`);
    // Every name back below first: the default places are read from there (not in a batch: the
    // boxes must be current).
    before.removeClass(CLASSES.labelAbove);
    // What is drawn, read off the classes that hide (`visible()` would cache a visibility that the
    // next class change in a batch does not clear).
    const shown = cy.nodes().not(`${UNDRAWN}, .${AN_CLASSES.hidden}`).toArray() as NodeSingular[];
    if (!place || this.input?.overview || this.options.large === true || shown.length > PLACE_MAX)
      return before.nonempty();
    const items: LabelItem[] = shown.map((n) => {
      const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
      const name = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const label = name.w > 0 && name.h > 0 ? name : undefined;
      return { id: n.id(), body, ...(label && { label }), ...(n.isParent() && { fixed: true }) };
    });
    const above = labelsAbove(items);
    cy.batch(() => above.forEach((id) => cy.getElementById(id).addClass(CLASSES.labelAbove)));
    return above.size > 0 || before.nonempty();
  }

  /**
   * The overview's label scale guessed from its nodes' places and sizes, reading no style: set
   * before the first fit pass, the fit then settles in that pass instead of styling every element
   * again for the scale it finds (profiled at 5,000 actors: each pass after a new stylesheet
   * restyles all 1,620 elements, 0.5–2 s). True when it set a new scale.
   */
  private guessLabelScale(): boolean {
    if (!this.input?.overview || this.options.large === true) return false;
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    this.cy
      .nodes()
      .not(UNDRAWN)
      .forEach((n) => {
        if (n.isParent()) return;
        const p = n.position();
        const size: unknown = n.data('size');
        const r = typeof size === 'number' ? size / 2 : 15;
        [x1, y1] = [Math.min(x1, p.x - r), Math.min(y1, p.y - r)];
        [x2, y2] = [Math.max(x2, p.x + r), Math.max(y2, p.y + r)];
      });
    if (!(x1 <= x2)) return false;
    const insets = (this.options.insets ?? (() => NO_INSETS))();
    const bb = { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
    const scale = labelScaleFor(fitViewport(bb, this.cy, insets).zoom);
    if (Math.abs(scale - this.labelScale) < 0.05) return false;
    this.labelScale = scale;
    this.setStyle(this.theme);
    return true;
  }

  private fitOnce(): number | undefined {
    const cy = this.cy;
    const shown = cy.elements().not(UNDRAWN);
    const target = shown.nonempty() ? shown : cy.elements();
    if (target.empty()) return undefined;
    const insets = (this.options.insets ?? (() => NO_INSETS))();
    // The overview's links are straight lines between its nodes, labelled at mid-line: the nodes'
    // extent is the drawing's, without measuring every link (profiled at 5,000 actors: the links'
    // projections and labels were half of each fit pass, and a fit takes up to three).
    const nodes = this.input?.overview ? target.filter('node') : target;
    const viewport = fitViewport(extentOf(nodes.nonempty() ? nodes : target), cy, insets);
    cy.viewport(viewport);
    return viewport.zoom;
  }

  fit(): void {
    this.fitNow();
  }

  /** The current zoom and pan. */
  viewport(): Viewport | undefined {
    return this.core ? { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } } : undefined;
  }

  /**
   * Draws with an export's look for the time of `draw`, then puts the explorer's look back: the
   * palette of `look.theme` (a dark background takes the dark colours, whatever the app's theme),
   * no selection, focus dimming or analysis highlight unless kept, and labels at least
   * `look.minLabelPx` output pixels when the export draws `look.scale` pixels per model unit.
   */
  async withLook<T>(look: ExportLook, draw: (cy: Core) => Promise<T> | T): Promise<T> {
    const cy = this.cy;
    const theme = this.theme;
    const labelScale = this.labelScale;
    const dropped = look.keepState ? [] : this.dropStateClasses();
    if (look.minLabelPx !== undefined && look.scale !== undefined && look.scale > 0)
      this.labelScale = Math.max(1, look.minLabelPx / (BASE_LABEL_SIZE * look.scale));
    this.setStyle(look.theme);
    // The export's label size may run names into each other where the explorer's did not.
    this.placeLabels();
    try {
      return await draw(cy);
    } finally {
      if (this.core) {
        this.labelScale = labelScale;
        this.setStyle(theme);
        this.placeLabels();
        cy.batch(() => {
          for (const [cls, eles] of dropped) eles.addClass(cls);
        });
      }
    }
  }

  /** Removes the classes of the selection, the focus's dimming and the highlight; returns them. */
  private dropStateClasses(): [string, Collection][] {
    const classes = [
      CLASSES.selected,
      CLASSES.highlighted,
      CLASSES.faded,
      CLASSES.fadedGroup,
      AN_CLASSES.hl,
      AN_CLASSES.dim,
      AN_CLASSES.end,
    ];
    const out: [string, Collection][] = [];
    this.cy.batch(() => {
      for (const cls of classes) {
        const eles = this.cy.elements(`.${cls}`);
        if (eles.empty()) continue;
        out.push([cls, eles]);
        eles.removeClass(cls);
      }
    });
    return out;
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

  /**
   * Pans (without zooming) so that node `id` sits in the middle of the part of the canvas that
   * `covered` leaves free (e.g. above a sheet on a phone), when it is not in that part already.
   */
  keepInView(id: string, covered: Insets): void {
    if (!this.core) return;
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return;
    const p = node.renderedPosition();
    const x1 = covered.left;
    const x2 = this.cy.width() - covered.right;
    const y1 = covered.top;
    const y2 = this.cy.height() - covered.bottom;
    const margin = 30;
    if (p.x > x1 + margin && p.x < x2 - margin && p.y > y1 + margin && p.y < y2 - margin) return;
    this.autoFit = false;
    this.cy.panBy({ x: (x1 + x2) / 2 - p.x, y: (y1 + y2) / 2 - p.y });
  }

  /**
   * The actors drawn now (not hidden by filters, collapse or focus), with their rendered positions
   * in the canvas (CSS pixels; a group's is its box's top-left corner): the keyboard's walk through
   * the graph and its card use them.
   */
  shownActors(): { id: string; at: Position }[] {
    if (!this.core) return [];
    return this.cy
      .nodes('[elementType = "actor"]')
      .filter((n) => n.visible())
      .map((n: NodeSingular) => {
        if (!n.isParent()) return { id: n.id(), at: { ...n.renderedPosition() } };
        // A group: its title bar's corner (its centre lies among its members).
        const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return { id: n.id(), at: { x: bb.x1 + 12, y: bb.y1 + 12 } };
      });
  }
}
