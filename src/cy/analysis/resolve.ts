/**
 * Which actor and which relations a cytoscape element stands for. The explorer's elements carry them
 * in their data; the resolver reads every spelling the explorer's views use, so that the analysis
 * overlay works in the actor network and in the event view alike.
 */
import type { SingularElementArgument } from 'cytoscape';

export interface ElementResolver {
  /** The actor a node draws, if it draws one. */
  actorOf(ele: SingularElementArgument): string | undefined;
  /** The relations an element draws (an edge of the actor network, a relation node or spoke). */
  relationsOf(ele: SingularElementArgument): string[];
}

function strings(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

export const defaultResolver: ElementResolver = {
  actorOf(ele) {
    if (!ele.isNode()) return undefined;
    // The explorer's nodes say what they draw in `elementType` (src/cy/elements.ts).
    const type: unknown = ele.data('elementType');
    if (type === 'actor') return ele.id();
    if (type === 'relation') return undefined;
    const explicit: unknown = ele.data('actorId') ?? ele.data('actor');
    if (typeof explicit === 'string') return explicit;
    const relationData = ['relationId', 'relation', 'relationIds'].some(
      (k) => ele.data(k) !== undefined,
    );
    return relationData ? undefined : ele.id();
  },
  relationsOf(ele) {
    const listed =
      strings(ele.data('relationIds')) ??
      strings(ele.data('relations')) ??
      strings(ele.data('relationId')) ??
      strings(ele.data('relation'));
    if (listed) return listed;
    if (ele.isEdge()) {
      // Projected edge ids are `${relationId}#${n}` (src/graph/project.ts).
      const id = ele.id();
      const hash = id.lastIndexOf('#');
      if (hash > 0) return [id.slice(0, hash)];
    }
    return [];
  },
};
