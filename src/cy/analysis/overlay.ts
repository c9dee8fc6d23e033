/**
 * The analysis overlay on a cytoscape Core: highlighted chains and meetings, nodes sized by a score,
 * explicit mediators ringed, the network grown through time. Everything it does is a class prefixed
 * `an-` (plus the node data field `anSize`), so that it never touches the explorer's own classes,
 * filters or selection.
 *
 * One overlay per Core (`overlayOf(cy)`); each lens sets its own layer, and the overlay works out each
 * element's `an-` classes from all layers at once, in one `cy.batch`.
 *
 * The explorer re-renders its elements through react-cytoscapejs, which replaces an element's whole
 * class list when its classes change, and replaces the stylesheet when its stylesheet changes. The
 * overlay therefore re-syncs (once per frame) after `add`, `class` and `style` events: its classes and
 * rules come back after such a patch, and a sync that has nothing to change emits nothing, so it stops.
 */
import type {
  CollectionArgument,
  Core,
  EdgeSingular,
  EventObject,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import { ensureAnalysisStyle, type AnalysisColors, DEFAULT_COLORS } from './style.ts';
import { defaultResolver, type ElementResolver } from './resolve.ts';

export const AN_CLASSES = {
  /** Part of the highlighted chain or meetings. */
  hl: 'an-hl',
  /** An end of the highlighted chain (the two actors picked). */
  end: 'an-end',
  /** Not highlighted while something is (dimmed). */
  dim: 'an-dim',
  /** Sized by the mediators lens (`data(anSize)`). */
  sized: 'an-sized',
  /** An explicit mediator (a ring). */
  ring: 'an-ring',
  /** Not yet reached by the timeline's play control. */
  hidden: 'an-hidden',
} as const;

/** The classes in a fixed order; element k of `ALL` is bit `1 << k` of a wanted-classes mask. */
const ALL = [
  AN_CLASSES.hl,
  AN_CLASSES.end,
  AN_CLASSES.dim,
  AN_CLASSES.sized,
  AN_CLASSES.ring,
  AN_CLASSES.hidden,
] as const;
const BIT = { hl: 1, end: 2, dim: 4, sized: 8, ring: 16, hidden: 32 } as const;

export interface HighlightLayer {
  /** Actor ids to highlight. */
  actors: readonly string[];
  /** Relation ids to highlight (their edges, and their nodes in the event view). */
  relations: readonly string[];
  /** Actor ids marked as the ends of a chain (also highlighted). */
  ends?: readonly string[];
  /**
   * Chain steps: of each relation, only the edges between these actors (and, in the event view, the
   * relation's node and its links to them), not the whole relation.
   */
  steps?: readonly { relation: string; actors: readonly string[]; through?: string }[];
}

export interface LensLayer {
  /** Actor id → node diameter in px; actors not listed keep the explorer's size. */
  sizes: ReadonlyMap<string, number>;
  /** Actor ids ringed as explicit mediators. */
  ringed: readonly string[];
}

export interface GrowthLayer {
  /** Relations reached so far. */
  relations: { has(id: string): boolean };
  /** Actors reached so far (their memberOf ancestors are kept visible as containers). */
  actors: { has(id: string): boolean };
}

export interface OverlayLayers {
  highlight?: HighlightLayer;
  lens?: LensLayer;
  growth?: GrowthLayer;
}

type Schedule = (fn: () => void) => void;

const defaultSchedule: Schedule = (fn) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => fn());
  else setTimeout(fn, 0);
};

export class AnalysisOverlay {
  private layers: OverlayLayers = {};
  private colors: AnalysisColors = DEFAULT_COLORS;
  private pending = false;
  /** Whether a layer was on at the last sync (so that classes may be left to clear). */
  private applied = false;
  private readonly onEvent = (_e: EventObject): void => this.schedule();
  /** The number of syncs that changed something (for tests and the benchmark). */
  changes = 0;

  constructor(
    readonly cy: Core,
    private readonly resolver: ElementResolver = defaultResolver,
    private readonly scheduler: Schedule = defaultSchedule,
  ) {
    cy.on('add class style', this.onEvent);
  }

  /** Sets (or with `undefined` clears) one layer, and syncs now. */
  set<K extends keyof OverlayLayers>(layer: K, value: OverlayLayers[K] | undefined): void {
    this.layers = { ...this.layers, [layer]: value };
    this.sync();
  }

  get<K extends keyof OverlayLayers>(layer: K): OverlayLayers[K] | undefined {
    return this.layers[layer];
  }

  setColors(colors: AnalysisColors): void {
    this.colors = colors;
    ensureAnalysisStyle(this.cy, colors, true);
  }

  /** Removes every `an-` class and the listeners. */
  destroy(): void {
    this.cy.removeListener('add class style', this.onEvent);
    this.layers = {};
    if (!this.cy.destroyed()) this.sync();
    overlays.delete(this.cy);
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    this.scheduler(() => {
      this.pending = false;
      if (!this.cy.destroyed()) this.sync();
    });
  }

  /** Applies the layers to every element; returns whether anything changed. */
  sync(): boolean {
    const cy = this.cy;
    const { highlight, lens, growth } = this.layers; // an `undefined` layer is off
    // Nothing on, and nothing left from before: no pass over the elements.
    const on = highlight !== undefined || lens !== undefined || growth !== undefined;
    if (!on && !this.applied) return false;
    this.applied = on;
    if (highlight || lens || growth) ensureAnalysisStyle(cy, this.colors, false);
    const hlActors = new Set(highlight?.actors ?? []);
    const hlRelations = new Set(highlight?.relations ?? []);
    const ends = new Set(highlight?.ends ?? []);
    // Per relation, the actor sets of its steps (an edge must join two of them, one of them
    // `through` when it is set).
    const steps = new Map<string, { set: Set<string>; through?: string }[]>();
    for (const st of highlight?.steps ?? []) {
      const list = steps.get(st.relation) ?? [];
      const entry: { set: Set<string>; through?: string } = {
        set: new Set([...st.actors, st.relation]),
      };
      if (st.through !== undefined) entry.through = st.through;
      list.push(entry);
      steps.set(st.relation, list);
    }
    const endId = (n: NodeSingular): string => this.resolver.actorOf(n) ?? n.id();
    const stepHit = (ele: SingularElementArgument, relations: string[]): boolean => {
      if (ele.isNode()) return relations.some((r) => steps.has(r));
      const edge = ele as EdgeSingular;
      const s = endId(edge.source());
      const t = endId(edge.target());
      return relations.some(
        (r) =>
          steps
            .get(r)
            ?.some(
              ({ set, through }) =>
                set.has(s) &&
                set.has(t) &&
                (through === undefined || through === s || through === t || r === s || r === t),
            ) ?? false,
      );
    };
    const ringed = new Set(lens?.ringed ?? []);
    // Containers of highlighted (or reached) nodes are not dimmed (or hidden): a compound's opacity
    // and display apply to its children.
    const keepHl = new Set<string>();
    const keepGrowth = new Set<string>();
    let changed = false;
    cy.batch(() => {
      // One pass to work out each element's wanted classes as bit flags, then one class operation
      // per class on the elements whose flag differs (far fewer events and style updates than
      // toggling element by element).
      const eles = cy.elements().toArray();
      const index = new Map<string, number>();
      const want = new Uint8Array(eles.length);
      const actors: (string | undefined)[] = new Array<string | undefined>(eles.length);
      eles.forEach((ele, i) => {
        index.set(ele.id(), i);
        let w = 0;
        const actor = ele.isNode() ? this.resolver.actorOf(ele) : undefined;
        actors[i] = actor;
        const relations = this.resolver.relationsOf(ele);
        if (highlight) {
          const on =
            (actor !== undefined && (hlActors.has(actor) || ends.has(actor))) ||
            relations.some((r) => hlRelations.has(r)) ||
            (actor === undefined && steps.size > 0 && stepHit(ele, relations));
          if (on) w |= BIT.hl;
          if (actor !== undefined && ends.has(actor)) w |= BIT.end;
        }
        if (lens && actor !== undefined) {
          if (lens.sizes.has(actor) && !(ele as NodeSingular).isParent()) w |= BIT.sized;
          if (ringed.has(actor)) w |= BIT.ring;
        }
        if (growth) {
          // Elements that are neither an actor nor a relation's (a legend node…) are left alone.
          const reached =
            actor !== undefined
              ? growth.actors.has(actor)
              : relations.length === 0 || relations.some((r) => growth.relations.has(r));
          if (reached && ele.isNode()) {
            for (const p of (ele as NodeSingular).ancestors()) keepGrowth.add(p.id());
          }
          if (!reached) w |= BIT.hidden;
        }
        want[i] = w;
      });
      // The ends of highlighted edges (a relation's participants) are highlighted too, and the
      // containers of every highlighted node are kept undimmed.
      if (highlight) {
        eles.forEach((ele, i) => {
          if (!ele.isEdge() || !((want[i] as number) & BIT.hl)) return;
          const edge = ele as EdgeSingular;
          for (const end of [edge.source().id(), edge.target().id()]) {
            const j = index.get(end);
            if (j !== undefined) want[j] = (want[j] as number) | BIT.hl;
          }
        });
        eles.forEach((ele, i) => {
          if (!ele.isNode() || !((want[i] as number) & BIT.hl)) return;
          for (const p of (ele as NodeSingular).ancestors()) keepHl.add(p.id());
        });
      }
      const toAdd = ALL.map(() => [] as SingularElementArgument[]);
      const toRemove = ALL.map(() => [] as SingularElementArgument[]);
      eles.forEach((ele, i) => {
        let w = want[i] as number;
        const id = ele.id();
        if (highlight && !(w & BIT.hl) && !keepHl.has(id)) w |= BIT.dim;
        if (keepGrowth.has(id)) w &= ~BIT.hidden;
        ALL.forEach((cls, k) => {
          const on = (w & (1 << k)) !== 0;
          if (ele.hasClass(cls) !== on) (on ? toAdd : toRemove)[k]?.push(ele);
        });
        if (w & BIT.sized) {
          const actor = actors[i];
          const size = actor === undefined ? undefined : lens?.sizes.get(actor);
          if (size !== undefined && ele.data('anSize') !== size) {
            ele.data('anSize', size);
            changed = true;
          }
        }
      });
      ALL.forEach((cls, k) => {
        const add = toAdd[k] ?? [];
        const remove = toRemove[k] ?? [];
        if (add.length > 0) cy.collection(add as unknown as CollectionArgument).addClass(cls);
        if (remove.length > 0)
          cy.collection(remove as unknown as CollectionArgument).removeClass(cls);
        if (add.length > 0 || remove.length > 0) changed = true;
      });
    });
    if (changed) this.changes++;
    return changed;
  }
}

const overlays = new WeakMap<Core, AnalysisOverlay>();

/** The overlay of a Core, created on first use. */
export function overlayOf(cy: Core, resolver?: ElementResolver): AnalysisOverlay {
  let o = overlays.get(cy);
  if (!o) {
    o = new AnalysisOverlay(cy, resolver);
    overlays.set(cy, o);
  }
  return o;
}
