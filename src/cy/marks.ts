/**
 * The classes the controller owns, and the one diff-and-apply pass that sets them. Each layer (the
 * presentation's filters, collapse, focus and selection; the analysis layers) marks the elements
 * that should carry a class; `Marks.apply` then adds and removes each class only where it changes,
 * so that a filter toggle on a large graph restyles what it hides or shows, not everything.
 */
import type { Collection, Core, EdgeCollection, NodeCollection } from 'cytoscape';
import { CLASSES } from './stylesheet.ts';
import { EDIT_CLASSES } from './edit-style.ts';

/** The analysis layers' classes (src/cy/analysis-layers.ts). */
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

/** Every class the controller sets: the explorer's state classes, then the analysis layers'. */
export const OWNED_CLASSES = [
  CLASSES.hidden,
  CLASSES.collapsedHidden,
  CLASSES.focusHidden,
  CLASSES.faded,
  CLASSES.fadedGroup,
  CLASSES.container,
  CLASSES.selected,
  CLASSES.highlighted,
  CLASSES.collapsed,
  EDIT_CLASSES.picked,
  ...Object.values(AN_CLASSES),
] as const;
export type OwnedClass = (typeof OWNED_CLASSES)[number];

/** The wanted members of each owned class, gathered by the layers before one apply. */
export class Marks {
  private readonly targets = new Map<OwnedClass, Collection>();

  constructor(private readonly cy: Core) {
    for (const c of OWNED_CLASSES) this.targets.set(c, cy.collection());
  }

  add(cls: OwnedClass, eles: Collection | NodeCollection | EdgeCollection): void {
    const t = this.targets.get(cls) ?? this.cy.collection();
    this.targets.set(cls, t.union(eles as Collection));
  }

  get(cls: OwnedClass): Collection {
    return this.targets.get(cls) ?? this.cy.collection();
  }

  /** Adds and removes each class where it differs from the marks. Returns the changed count. */
  apply(): number {
    // Who carries each class now, in one pass (a class selector per class is a pass each).
    const now = new Map<OwnedClass, Collection>();
    for (const cls of this.targets.keys()) now.set(cls, this.cy.collection());
    this.cy.elements().forEach((e) => {
      // Most elements carry no class: their own (short) list, not a look-up per owned class.
      for (const cls of e.classes()) now.get(cls as OwnedClass)?.merge(e);
    });
    let changed = 0;
    for (const [cls, target] of this.targets) {
      const current = now.get(cls) ?? this.cy.collection();
      const off = current.not(target);
      const on = target.not(current);
      off.removeClass(cls);
      on.addClass(cls);
      changed += off.length + on.length;
    }
    return changed;
  }
}
