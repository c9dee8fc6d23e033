/**
 * The evidence lists shared by the panels: relations (id, kind, date, place, summary), each a
 * button that selects it on the graph without leaving the panel.
 */
import type { Relation } from '../../model/schema.ts';
import { RELATION_KIND_LABELS } from '../../model/vocabulary.ts';
import { store } from '../state/store.ts';
import type { GraphHandle } from '../graph/graph-handle.ts';
import { spanWords } from '../../model/dates.ts';
import { relationTitle } from '../../model/title.ts';

/** Selects a relation (as a tap on the graph would) but keeps the current tab open. */
export function selectRelationHere(controller: GraphHandle, id: string): void {
  store.update('selection', (s) => ({ ...s, selection: { type: 'relation', id } }));
  controller.centreOn(id);
}

/** "Meeting · Oct 2025 · Sharm el-Sheikh, Egypt" */
export function relationMeta(r: Relation): string {
  const parts: string[] = [RELATION_KIND_LABELS[r.kind]];
  parts.push(spanWords(r) ?? 'undated');
  if (r.place !== undefined) parts.push(r.place);
  return parts.join(' · ');
}

export function RelationItems({
  ids,
  relations,
  selected,
  onChoose,
  testId,
}: {
  ids: readonly string[];
  relations: ReadonlyMap<string, Relation>;
  selected: string | undefined;
  onChoose: (id: string) => void;
  testId?: string;
}) {
  return (
    <ul className="an-list" data-testid={testId}>
      {ids.map((id) => {
        const r = relations.get(id);
        return (
          <li key={id} data-relation={id}>
            <button
              type="button"
              className="an-item"
              aria-pressed={selected === id}
              onClick={() => onChoose(id)}
            >
              <strong>{r ? relationTitle(r) : 'a relation not in this dataset'}</strong>{' '}
              {r && <span className="an-meta">{relationMeta(r)}</span>}
              {r?.summary !== undefined && <span className="an-summary">{r.summary}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
