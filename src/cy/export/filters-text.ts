/** The active filters in words, for the caption block. Pure. */
import type { Filters } from '../../graph/filters.ts';
import {
  ACTOR_KIND_LABELS,
  CERTAINTY_LABELS,
  RELATION_KIND_LABELS,
} from '../../model/vocabulary.ts';

/** One phrase per active filter; empty when everything is shown. */
export function describeFilters(f: Filters): string[] {
  const out: string[] = [];
  if (f.hiddenRelationKinds.length > 0) {
    out.push(
      `relations hidden: ${f.hiddenRelationKinds.map((k) => RELATION_KIND_LABELS[k]).join(', ')}`,
    );
  }
  if (f.hiddenActorKinds.length > 0) {
    out.push(`actors hidden: ${f.hiddenActorKinds.map((k) => ACTOR_KIND_LABELS[k]).join(', ')}`);
  }
  if (f.hiddenCertainties.length > 0) {
    out.push(`certainty hidden: ${f.hiddenCertainties.map((c) => CERTAINTY_LABELS[c]).join(', ')}`);
  }
  if (f.from !== undefined && f.to !== undefined) out.push(`dates ${f.from} to ${f.to}`);
  else if (f.from !== undefined) out.push(`dates from ${f.from}`);
  else if (f.to !== undefined) out.push(`dates up to ${f.to}`);
  if (!f.showUndated) out.push('undated relations hidden');
  if (f.hideIsolated) out.push('actors without a shown relation hidden');
  return out;
}
