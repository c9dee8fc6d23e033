/**
 * The name readers see for a relation: its `label`, else one derived from its kind, place and dates
 * ("Meeting · Sharm el-Sheikh · by Oct 2025"), never its id (the format page: relation `label`).
 */
import type { Relation } from './schema.ts';
import { spanWords } from './dates.ts';
import { RELATION_KIND_LABELS } from './vocabulary.ts';

/** The separator between the parts of a derived title. */
export const TITLE_SEPARATOR = ' · ';

export function relationTitle(
  relation: Pick<Relation, 'kind' | 'label' | 'place' | 'date' | 'endDate'>,
): string {
  const label = relation.label?.trim();
  if (label) return label;
  const parts: string[] = [RELATION_KIND_LABELS[relation.kind]];
  const place = relation.place?.trim();
  if (place) parts.push(place);
  const when = spanWords(relation);
  if (when !== undefined) parts.push(when);
  return parts.join(TITLE_SEPARATOR);
}
