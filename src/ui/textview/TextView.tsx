/**
 * The graph as text, for screen readers and for reading: the shown actors and relations as tables,
 * in sync with the selection (the selected row is marked and scrolled into view; a click selects).
 */
import { useEffect, useRef } from 'react';
import {
  ACTOR_KIND_LABELS,
  CERTAINTY_LABELS,
  RELATION_KIND_LABELS,
} from '../../model/vocabulary.ts';
import { certaintyOf, participantsOf } from '../../graph/project.ts';
import { relationTitle } from '../../model/title.ts';
import { useAppState } from '../state/store.ts';
import { select } from '../state/actions/selection.ts';
import { useVisible } from '../graph/presentation.ts';
import { useController } from '../graph/controller-context.ts';
import { useLookup, type Lookup } from '../details/lookup.ts';
import { dateText, withDelegation } from '../details/RelationCard.tsx';

type Choose = (type: 'actor' | 'relation', id: string) => void;
type IsSelected = (type: string, id: string) => boolean;

interface TableProps {
  lookup: Lookup;
  visible: { actors: ReadonlySet<string>; relations: ReadonlySet<string> };
  choose: Choose;
  isSel: IsSelected;
}

export function TextView() {
  const lookup = useLookup();
  const selection = useAppState((s) => s.selection.selection);
  const visible = useVisible();
  const controller = useController();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selection]);
  if (!lookup) return <p className="muted">No dataset loaded.</p>;
  const choose: Choose = (type, id) => {
    select({ type, id });
    controller.centreOn(id);
  };
  const isSel: IsSelected = (type, id) => selection?.type === type && selection.id === id;
  const props = { lookup, visible, choose, isSel };
  return (
    <div className="text-view" ref={root} data-testid="text-view">
      <ActorTable {...props} />
      <RelationTable {...props} />
    </div>
  );
}

function ActorTable({ lookup, visible, choose, isSel }: TableProps) {
  const ds = lookup.dataset;
  const actors = ds.actors.filter((a) => visible.actors.has(a.id));
  return (
    <table>
      <caption>
        Actors ({actors.length} shown of {ds.actors.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Member of</th>
          <th scope="col">Relations</th>
        </tr>
      </thead>
      <tbody>
        {actors.map((a) => (
          <tr
            key={a.id}
            aria-current={isSel('actor', a.id) ? 'true' : undefined}
            data-row={`actor:${a.id}`}
          >
            <th scope="row">
              <button type="button" className="link" onClick={() => choose('actor', a.id)}>
                {a.name}
              </button>
            </th>
            <td>{ACTOR_KIND_LABELS[a.kind]}</td>
            <td>
              {a.memberOf !== undefined ? (lookup.actors.get(a.memberOf)?.name ?? a.memberOf) : ''}
            </td>
            <td>
              <RelationCount id={a.id} lookup={lookup} visible={visible} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How many shown relations an actor has, with those its delegation attended said apart. */
function RelationCount({
  id,
  lookup,
  visible,
}: Omit<TableProps, 'choose' | 'isSel'> & { id: string }) {
  const shown = (lookup.relationsOf.get(id) ?? []).filter((r) => visible.relations.has(r.id));
  const via = lookup.presentVia.get(id);
  const through = shown.filter((r) => via?.has(r.id));
  const delegation = through[0] && via?.get(through[0].id);
  return (
    <>
      {shown.length}
      {delegation && (
        <span className="muted" data-testid="present-via">
          {' '}
          ({through.length} {withDelegation(delegation, lookup)})
        </span>
      )}
    </>
  );
}

function RelationTable({ lookup, visible, choose, isSel }: TableProps) {
  const ds = lookup.dataset;
  const relations = ds.relations.filter((r) => visible.relations.has(r.id));
  return (
    <table>
      <caption>
        Relations ({relations.length} shown of {ds.relations.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Date</th>
          <th scope="col">Participants (role)</th>
          <th scope="col">Certainty</th>
        </tr>
      </thead>
      <tbody>
        {relations.map((r) => (
          <tr
            key={r.id}
            aria-current={isSel('relation', r.id) ? 'true' : undefined}
            data-row={`relation:${r.id}`}
          >
            <th scope="row">
              <button type="button" className="link" onClick={() => choose('relation', r.id)}>
                {relationTitle(r)}
              </button>{' '}
              <span className="muted">({RELATION_KIND_LABELS[r.kind]})</span>
            </th>
            <td>{dateText(r)}</td>
            <td>
              {participantsOf(r)
                .map((p) => `${lookup.actors.get(p.actor)?.name ?? p.actor} (${p.role})`)
                .join(', ')}
              {(lookup.presentThrough.get(r.id) ?? []).map((p) => (
                <span key={p.actor} className="muted" data-testid="present-via">
                  ; {lookup.actors.get(p.actor)?.name ?? p.actor} ({withDelegation(p.via, lookup)})
                </span>
              ))}
            </td>
            <td>{CERTAINTY_LABELS[certaintyOf(r)]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
