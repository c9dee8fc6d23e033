/**
 * The graph controller: cytoscape's state lives here, not in React. React renders the canvas with
 * react-cytoscapejs (elements and stylesheet, memoized) and hands the instance to `attach`; the app
 * then drives the controller with plain values: `setScene` (lay out or restore positions),
 * `present` (filters, collapse, focus, selection as classes, never a re-layout), `fit`, `zoom`,
 * `centreOn`. Taps are reported through the callbacks given at creation.
 */
import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';
import { CLASSES } from './stylesheet.ts';
import { runLayout, type LayoutHooks, type LayoutName } from './layouts.ts';
import { strongestCertainty, type EdgeData } from './elements.ts';
import type { Certainty } from '../model/vocabulary.ts';

export interface Presentation {
  /** Actors shown. */
  actors: ReadonlySet<string>;
  /** Relations shown. */
  relations: ReadonlySet<string>;
  /** Actors hidden by the filters but drawn faded, as they hold shown members. */
  containers: ReadonlySet<string>;
  /** Compound actors drawn collapsed. */
  collapsed: readonly string[];
  /** The neighbourhood in focus (actor ids), and what happens to the rest. */
  focus?: { actors: ReadonlySet<string>; mode: 'dim' | 'hide' };
  /** The selected element: an actor or a relation id. */
  selection?: { type: 'actor' | 'relation'; id: string };
  /** Extra highlight (an analysis's answer): actor and relation ids. */
  highlight?: ReadonlySet<string>;
}

export interface ControllerCallbacks {
  onTapActor?: (id: string) => void;
  onTapRelation?: (id: string) => void;
  onTapBackground?: () => void;
  /** A double tap on a group (a compound actor): collapse or expand it. */
  onToggleGroup?: (id: string) => void;
}

export interface ControllerOptions extends ControllerCallbacks {
  /** Layout options merged into each layout (a large-graph mode may pass its own). */
  layoutOverrides?: (nodeCount: number) => Record<string, unknown>;
  /** Progress of a running layout, in [0, 1]. */
  onLayoutProgress?: (fraction: number) => void;
}

/** Space along the canvas's edges covered by overlays (the legend, the controls), in pixels. */
export interface Insets {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The height of the legend in the bottom-left corner (its width is `left`). */
  legendHeight?: number;
}

const NO_INSETS: Insets = { left: 0, right: 0, top: 0, bottom: 0 };
const FIT_PADDING = 30;

const STATE_CLASSES = [
  CLASSES.hidden,
  CLASSES.collapsedHidden,
  CLASSES.focusHidden,
  CLASSES.faded,
  CLASSES.fadedGroup,
  CLASSES.container,
  CLASSES.selected,
  CLASSES.highlighted,
  CLASSES.collapsed,
] as const;
type StateClass = (typeof STATE_CLASSES)[number];
type Eles = ReturnType<Core['collection']> | ReturnType<Core['nodes']> | ReturnType<Core['edges']>;

export class GraphController {
  private cyInstance: Core | undefined;
  private readonly options: ControllerOptions;
  private readonly positions = new Map<string, Record<string, Position>>();
  private sceneKey: string | undefined;
  private layoutName: LayoutName | undefined;
  private pending: Promise<void> = Promise.resolve();
  private abort: AbortController | undefined;
  private lastPresentation: Presentation | undefined;
  private insets: () => Insets = () => NO_INSETS;
  /** The classes being computed by `present`: applied at the end, only where they change. */
  private targets = new Map<StateClass, Eles>();
  /** True while the view is the automatic fit (no pan or zoom by the user since). */
  private autoFit = true;

  constructor(options: ControllerOptions = {}) {
    this.options = options;
  }

  get cy(): Core | undefined {
    return this.cyInstance && !this.cyInstance.destroyed() ? this.cyInstance : undefined;
  }

  /**
   * Idempotent: react-cytoscapejs calls its `cy` callback after every update. Returns true when
   * `cy` is a new instance (the caller then sets its scene again).
   */
  attach(cy: Core): boolean {
    if (this.cyInstance === cy) return false;
    this.cyInstance = cy;
    this.autoFit = true;
    // A new instance (the canvas remounted: large-graph mode switched, or React's StrictMode
    // mounting twice in development) holds none of the old positions: the next `setScene` must lay
    // it out (or restore saved positions) even when the scene is the same.
    this.sceneKey = undefined;
    this.layoutName = undefined;
    // A pan or zoom by the user ends the automatic fit (a resize then keeps their view).
    cy.on('tapstart', () => {
      this.autoFit = false;
    });
    cy.container()?.addEventListener(
      'wheel',
      () => {
        this.autoFit = false;
      },
      { passive: true },
    );
    cy.on('tap', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (node.data('elementType') === 'relation') this.options.onTapRelation?.(node.id());
      else this.options.onTapActor?.(node.id());
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      const ids = e.target.data('relationIds') as string[] | undefined;
      const first = ids?.[0];
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
    return true;
  }

  /** Where overlays cover the canvas: fitting keeps the graph clear of them. */
  setInsets(insets: () => Insets): void {
    this.insets = insets;
  }

  /** The canvas changed size: re-measure, and re-fit when the view is still the automatic fit. */
  resized(): void {
    const cy = this.cy;
    if (!cy) return;
    cy.resize();
    if (this.autoFit) this.fitNow();
  }

  /** Fits `eles` (default: the visible elements) in the part of the canvas no overlay covers. */
  private fitNow(eles?: ReturnType<Core['elements']>): void {
    const cy = this.cy;
    if (!cy) return;
    const visible = eles ?? cy.elements(':visible');
    const target = visible.nonempty() ? visible : cy.elements();
    if (target.empty()) return;
    const bb = target.boundingBox();
    // Overlays sit in corners: try keeping clear of each one by its side or by its height, and
    // take whichever leaves the larger picture.
    const all = this.insets();
    const candidates: Insets[] = [
      all,
      { ...all, left: 0, bottom: Math.max(all.bottom, all.legendHeight ?? 0) },
    ];
    let best: { zoom: number; pan: Position } | undefined;
    for (const i of candidates) {
      const w = Math.max(50, cy.width() - i.left - i.right - 2 * FIT_PADDING);
      const h = Math.max(50, cy.height() - i.top - i.bottom - 2 * FIT_PADDING);
      const zoom = Math.min(
        cy.maxZoom(),
        Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), 2)),
      );
      const cx = i.left + FIT_PADDING + w / 2;
      const cyy = i.top + FIT_PADDING + h / 2;
      const pan = { x: cx - (bb.x1 + bb.w / 2) * zoom, y: cyy - (bb.y1 + bb.h / 2) * zoom };
      if (!best || zoom > best.zoom + 1e-6) best = { zoom, pan };
    }
    if (best) cy.viewport(best);
    this.autoFit = true;
  }

  destroy(): void {
    this.abort?.abort();
    this.cyInstance = undefined;
  }

  /** Stops a running layout; the positions stay where they are. */
  cancelLayout(): void {
    this.abort?.abort();
    this.options.onLayoutProgress?.(1);
  }

  /** Resolves when the current scene is laid out. */
  ready(): Promise<void> {
    return this.pending;
  }

  /**
   * Shows a scene (a dataset in a view; its elements are already in `cy`) with a layout: the
   * positions it had last time when it has been shown with this layout before, else a new layout.
   */
  setScene(sceneKey: string, layout: LayoutName, relayout = false): Promise<void> {
    const cy = this.cy;
    if (!cy) return this.pending;
    if (!relayout && sceneKey === this.sceneKey && layout === this.layoutName) return this.pending;
    if (this.sceneKey !== undefined && this.layoutName !== undefined) this.savePositions();
    this.sceneKey = sceneKey;
    this.layoutName = layout;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const saved = relayout ? undefined : this.positions.get(`${sceneKey}|${layout}`);
    const run = async (): Promise<void> => {
      cy.resize();
      if (
        saved &&
        cy
          .nodes()
          .filter((n) => !n.isParent() && saved[n.id()] === undefined)
          .empty()
      ) {
        cy.batch(() => {
          cy.nodes().forEach((n) => {
            const p = saved[n.id()];
            if (p && !n.isParent()) n.position(p);
          });
        });
        this.fitNow();
        return;
      }
      const hooks: LayoutHooks = { signal: abort.signal };
      if (this.options.onLayoutProgress) hooks.onProgress = this.options.onLayoutProgress;
      await runLayout(
        cy,
        layout,
        { fit: false, ...(this.options.layoutOverrides?.(cy.nodes().length) ?? {}) },
        hooks,
      );
      if (!abort.signal.aborted) {
        this.savePositions();
        this.fitNow();
      }
    };
    this.pending = this.pending.then(run, run);
    return this.pending;
  }

  private savePositions(): void {
    const cy = this.cy;
    if (!cy || this.sceneKey === undefined || this.layoutName === undefined) return;
    const out: Record<string, Position> = {};
    cy.nodes().forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.position() };
    });
    this.positions.set(`${this.sceneKey}|${this.layoutName}`, out);
  }

  /** Applies filters, collapse, focus and selection as classes, in one batch. Never moves a node. */
  present(p: Presentation): void {
    const cy = this.cy;
    if (!cy) return;
    this.lastPresentation = p;
    cy.batch(() => {
      cy.remove(`.${CLASSES.meta}`);
      this.targets = new Map(STATE_CLASSES.map((c) => [c, cy.collection()]));
      this.applyFilters(cy, p);
      this.applyCollapse(cy, p.collapsed);
      if (p.focus) this.applyFocus(cy, p.focus);
      if (p.highlight && p.highlight.size > 0) this.applyHighlight(cy, p.highlight);
      if (p.selection) this.applySelection(cy, p.selection);
      // Only the elements whose classes change are restyled (a filter toggle on a large graph
      // touches what it hides or shows, not everything).
      for (const [cls, target] of this.targets) {
        const current = cy.elements(`.${cls}`);
        current.not(target).removeClass(cls);
        target.not(current).addClass(cls);
      }
    });
  }

  private mark(cls: StateClass, eles: Eles): void {
    const t = this.targets.get(cls);
    if (t) this.targets.set(cls, t.union(eles) as Eles);
  }

  private marked(cls: StateClass): Eles | undefined {
    return this.targets.get(cls);
  }

  /** Re-applies the last presentation (after the elements changed). */
  refresh(): void {
    if (this.lastPresentation) this.present(this.lastPresentation);
  }

  private applyFilters(cy: Core, p: Presentation): void {
    const hidden = cy.collection();
    const containers = cy.collection();
    cy.nodes().forEach((n) => {
      if (n.data('elementType') === 'relation') {
        if (!p.relations.has(n.id())) hidden.merge(n);
      } else if (p.containers.has(n.id())) containers.merge(n);
      else if (!p.actors.has(n.id())) hidden.merge(n);
    });
    cy.edges().forEach((e) => {
      const ids = e.data('relationIds') as string[];
      const shown = ids.filter((id) => p.relations.has(id));
      const endsShown = [e.source(), e.target()].every((n) =>
        n.data('elementType') === 'relation' ? p.relations.has(n.id()) : p.actors.has(n.id()),
      );
      if (shown.length === 0 || !endsShown) hidden.merge(e);
      else if (ids.length > 1) {
        const label = shown.length > 1 ? `×${shown.length}` : '';
        if (e.data('label') !== label) e.data('label', label);
      }
    });
    this.mark(CLASSES.hidden, hidden);
    this.mark(CLASSES.container, containers);
  }

  /** Collapsed groups: members hidden, the group drawn as one node, its members' links drawn to it. */
  private applyCollapse(cy: Core, collapsed: readonly string[]): void {
    if (collapsed.length === 0) return;
    const set = new Set(collapsed);
    const rep = new Map<string, string>();
    for (const id of collapsed) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isParent()) continue;
      // The outermost collapsed ancestor stands for the whole subtree.
      if (
        node
          .ancestors()
          .filter((a) => set.has(a.id()))
          .nonempty()
      )
        continue;
      const members = node.descendants();
      this.mark(CLASSES.collapsedHidden, members);
      this.mark(CLASSES.collapsed, node);
      node.data('collapsedLabel', `${String(node.data('label'))} (+${members.length})`);
      members.forEach((m) => {
        rep.set(m.id(), id);
      });
    }
    if (rep.size === 0) return;
    const groups = new Map<string, EdgeData & { certainties: Certainty[] }>();
    cy.edges()
      .not(this.marked(CLASSES.hidden) ?? cy.collection())
      .forEach((e) => {
        const s = rep.get(e.source().id());
        const t = rep.get(e.target().id());
        if (s === undefined && t === undefined) return;
        const source = s ?? e.source().id();
        const target = t ?? e.target().id();
        if (source === target) return;
        const d = e.data() as EdgeData;
        const key = `${source}|${target}|${d.kind}`;
        const g = groups.get(key);
        if (!g) {
          groups.set(key, {
            ...d,
            id: `meta:${key}`,
            source,
            target,
            relationIds: [...d.relationIds],
            certainties: [d.certainty],
            count: d.relationIds.length,
            label: '',
          });
          return;
        }
        for (const r of d.relationIds) if (!g.relationIds.includes(r)) g.relationIds.push(r);
        g.certainties.push(d.certainty);
        g.count = g.relationIds.length;
        g.label = d.elementType === 'role' ? g.label : `×${g.count}`;
      });
    for (const { certainties, ...g } of groups.values()) {
      const data: EdgeData = { ...g, certainty: strongestCertainty(certainties) };
      if (data.elementType === 'role') data.label = data.role ?? '';
      cy.add({ group: 'edges', data, classes: CLASSES.meta });
    }
  }

  private applyFocus(cy: Core, focus: NonNullable<Presentation['focus']>): void {
    const inFocus = cy.collection();
    cy.nodes().forEach((n) => {
      if (n.data('elementType') === 'relation') {
        const members = n.connectedEdges().connectedNodes();
        const count = members.filter((m) => focus.actors.has(m.id())).length;
        if (count >= 2) inFocus.merge(n);
      } else if (focus.actors.has(n.id())) inFocus.merge(n);
    });
    // Collapsed groups stand for their members.
    (this.marked(CLASSES.collapsed) ?? cy.collection()).nodes().forEach((n) => {
      if (
        n
          .descendants()
          .filter((d) => focus.actors.has(d.id()))
          .nonempty()
      )
        inFocus.merge(n);
    });
    const edges = cy.edges().filter((e) => inFocus.has(e.source()) && inFocus.has(e.target()));
    const keep = inFocus.union(edges);
    const parents = inFocus.ancestors();
    const rest = cy.elements().not(keep).not(parents);
    this.mark(focus.mode === 'hide' ? CLASSES.focusHidden : CLASSES.faded, rest);
    this.mark(CLASSES.fadedGroup, parents.not(inFocus));
  }

  private applyHighlight(cy: Core, ids: ReadonlySet<string>): void {
    this.mark(
      CLASSES.highlighted,
      cy
        .elements()
        .filter((el) =>
          el.isNode()
            ? ids.has(el.id())
            : (el.data('relationIds') as string[]).some((r) => ids.has(r)),
        ),
    );
  }

  private applySelection(cy: Core, sel: NonNullable<Presentation['selection']>): void {
    if (sel.type === 'actor') {
      const node = cy.getElementById(sel.id);
      if (node.empty()) return;
      this.mark(CLASSES.selected, node);
      this.mark(CLASSES.highlighted, node.connectedEdges());
      return;
    }
    const node = cy.getElementById(sel.id);
    const edges = cy.edges().filter((e) => (e.data('relationIds') as string[]).includes(sel.id));
    this.mark(CLASSES.highlighted, edges);
    if (node.nonempty()) this.mark(CLASSES.selected, node);
    else this.mark(CLASSES.selected, edges);
    this.mark(CLASSES.highlighted, edges.connectedNodes().not(node));
  }

  fit(): void {
    this.fitNow();
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Centres the view on an element (an actor, or a relation: its node or its edges). */
  centreOn(id: string): void {
    const cy = this.cy;
    if (!cy) return;
    let target = cy.getElementById(id);
    if (target.empty())
      target = cy.edges().filter((e) => (e.data('relationIds') as string[]).includes(id));
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
