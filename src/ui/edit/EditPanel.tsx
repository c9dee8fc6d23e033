/**
 * The sidebar's Edit tab (in edit mode): the draft's own fields, its actors, relations and sources
 * (each with Edit and Delete), the Add buttons, the form being filled, the problems list, the source
 * reader's toggle and the save options.
 */
import { citationsOf } from '../../model/edit/index.ts';
import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { foldName } from '../../model/reader/fold.ts';
import type { Dataset, Source } from '../../model/schema.ts';
import { relationTitle } from '../../model/title.ts';
import { useAppState, store } from '../state/store.ts';
import { editor } from './editor.ts';
import { FormArea } from './FormArea.tsx';
import { ProblemsList } from './ProblemsList.tsx';
import { SaveAction } from './SaveAction.tsx';
import { SaveChip } from './SaveChip.tsx';
import { UndoRedo } from './EditControls.tsx';
import './edit.css';

function ItemActions({
  what,
  onEdit,
  onDelete,
}: {
  what: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <span className="edit-item-actions">
      <button type="button" onClick={onEdit} aria-label={`Edit ${what}`}>
        Edit
      </button>
      <button type="button" onClick={onDelete} aria-label={`Delete ${what}`}>
        Delete
      </button>
    </span>
  );
}

function Picked() {
  const picked = useAppState((s) => s.edit.picked);
  const actors = useAppState((s) => s.data.dataset?.actors);
  const name = (id: string): string => actors?.find((a) => a.id === id)?.name ?? id;
  return (
    <div className="edit-picked" data-testid="picked">
      {picked.length === 0 ? (
        <span className="muted">
          Shift- or Ctrl-click actors on the graph to pick a relation’s participants.
        </span>
      ) : (
        <>
          Picked: {picked.map(name).join(', ')}{' '}
          <button type="button" className="link" onClick={() => editor.clearPicks()}>
            clear
          </button>
        </>
      )}
    </div>
  );
}

function Toolbar() {
  const picked = useAppState((s) => s.edit.picked.length);
  const reader = useAppState((s) => s.edit.reader.open);
  return (
    <div className="edit-toolbar" role="group" aria-label="Add to the draft">
      <button
        type="button"
        onClick={() => editor.openForm({ type: 'actor' })}
        data-testid="add-actor"
      >
        Add actor
      </button>
      <button type="button" onClick={() => editor.newRelation()} data-testid="new-relation">
        New relation{picked > 0 ? ` (${picked} picked)` : ''}
      </button>
      <button
        type="button"
        onClick={() => editor.openForm({ type: 'source' })}
        data-testid="add-source"
      >
        Add source
      </button>
      <UndoRedo inPanel />
      <button
        type="button"
        aria-pressed={reader}
        onClick={() => editor.setReader(!reader)}
        data-testid="reader-toggle"
      >
        Source reader
      </button>
    </div>
  );
}

const DELETE = {
  actor: 'deleteActor',
  relation: 'deleteRelation',
  source: 'deleteSource',
} as const;

/** Rows shown at first, and added by each "Show more" (a list of 1,000 actors stays quick to edit). */
export const LIST_PAGE = 100;

interface ListProps<T> {
  kind: keyof typeof DELETE;
  heading: string;
  items: readonly T[];
  name(item: T): string;
  detail(item: T): ReactNode;
  extra?(item: T): ReactNode;
}

/**
 * One row. An edit gives a new dataset but shares the records it did not touch, so a row whose
 * record (and detail) is the same is not drawn again.
 */
const Row = memo(function Row(props: {
  kind: keyof typeof DELETE;
  id: string;
  name: string;
  detail: ReactNode;
  extra?: ReactNode;
}) {
  const { kind, id, name } = props;
  return (
    <li>
      <span className="edit-item-name">{name}</span> <span className="muted">{props.detail}</span>
      <ItemActions
        what={`${kind} ${name}`}
        onEdit={() => editor.openForm({ type: kind, id })}
        onDelete={() => editor.apply({ type: DELETE[kind], id })}
      />
      {props.extra}
    </li>
  );
});

/**
 * A list of the draft's actors, relations or sources, each with Edit and Delete (and `extra`): a
 * "Find" box over the names when the list is long, the first rows and "Show more".
 */
function ListSection<T extends { id: string }>(props: ListProps<T>) {
  const { kind, items, name } = props;
  const id = `edit-${kind}s`;
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(LIST_PAGE);
  const wanted = foldName(query);
  const matching = useMemo(
    () => (wanted ? items.filter((item) => foldName(name(item)).includes(wanted)) : items),
    [items, wanted, name],
  );
  const rows = matching.slice(0, shown);
  return (
    <section className="edit-section" aria-labelledby={id}>
      <h3 id={id}>
        {props.heading} ({items.length})
      </h3>
      {items.length > LIST_PAGE && (
        <input
          type="search"
          className="edit-list-find"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={`Find in the ${props.heading.toLowerCase()}`}
          placeholder={`Find in the ${props.heading.toLowerCase()}`}
        />
      )}
      <ul className="edit-list" data-testid={id}>
        {rows.map((item) => (
          <Row
            key={item.id}
            kind={kind}
            id={item.id}
            name={name(item)}
            detail={props.detail(item)}
            extra={props.extra?.(item)}
          />
        ))}
      </ul>
      {wanted && matching.length === 0 && <p className="muted">None matches “{query}”.</p>}
      {matching.length > rows.length && (
        <button type="button" className="link" onClick={() => setShown((n) => n + LIST_PAGE)}>
          Show {Math.min(LIST_PAGE, matching.length - rows.length)} more (of{' '}
          {matching.length - rows.length})
        </button>
      )}
    </section>
  );
}

function ActorsList({ dataset }: { dataset: Dataset }) {
  return (
    <ListSection
      kind="actor"
      heading="Actors"
      items={dataset.actors}
      name={(a) => a.name}
      detail={(a) => a.kind}
    />
  );
}

function RelationsList({ dataset }: { dataset: Dataset }) {
  return (
    <ListSection
      kind="relation"
      heading="Relations"
      items={dataset.relations}
      name={(r) => relationTitle(r)}
      detail={(r) => `${r.participants.length} participants`}
    />
  );
}

function SourcesList({ dataset }: { dataset: Dataset }) {
  const texts = useAppState((s) => s.edit.sourceTexts);
  const detail = (s: Source) => {
    const cited = citationsOf(dataset, s.id).length;
    return `cited ${cited} ${cited === 1 ? 'time' : 'times'}${texts[s.id] ? ' · has text' : ''}`;
  };
  return (
    <ListSection
      kind="source"
      heading="Sources"
      items={dataset.sources}
      name={(s) => s.title}
      detail={detail}
      extra={(s) => (
        <button type="button" className="link" onClick={() => editor.setReader(true, s.id)}>
          Read
        </button>
      )}
    />
  );
}

function MetaSection({ dataset }: { dataset: Dataset }) {
  const draft = useAppState((s) => s.edit.draft);
  return (
    <section className="edit-section" aria-labelledby="edit-meta">
      <h3 id="edit-meta">Dataset</h3>
      <p className="edit-meta">
        <span className="edit-item-name">{dataset.title}</span>
        {dataset.asOf ? <span className="muted"> · as of {dataset.asOf}</span> : null}
        <button
          type="button"
          onClick={() => editor.openForm({ type: 'meta' })}
          aria-label="Edit the dataset’s title, date and description"
        >
          Edit
        </button>
      </p>
      {draft && <p className="muted">Draft “{draft.name}”, kept in this browser.</p>}
    </section>
  );
}

function SaveSection() {
  const includeTexts = useAppState((s) => s.edit.includeTexts);
  return (
    <section className="edit-section" aria-labelledby="edit-save">
      <h3 id="edit-save">Save to a file</h3>
      <p>
        <SaveChip />
      </p>
      <label className="edit-check">
        <input
          type="checkbox"
          checked={includeTexts}
          onChange={(e) => {
            const on = e.target.checked;
            store.update('edit', (s) => ({ ...s, includeTexts: on }));
          }}
          data-testid="include-texts"
        />{' '}
        Include source texts (as <code>x-source-text</code>; mind the copyright)
      </label>{' '}
      <SaveAction />
    </section>
  );
}

export function EditPanel() {
  const on = useAppState((s) => s.edit.on);
  const dataset = useAppState((s) => s.data.dataset);
  // The lists follow an edit a frame later: the graph draws the edit first.
  const listed = useDeferredValue(dataset);
  if (!on || !dataset) {
    return (
      <p className="muted">
        Edit mode is off. Turn it on with the Edit button in the header to edit this dataset as a
        draft kept in this browser.
      </p>
    );
  }
  return (
    <div className="edit-panel" data-testid="edit-panel">
      <Toolbar />
      <Picked />
      <FormArea />
      <ProblemsList />
      <MetaSection dataset={dataset} />
      <ActorsList dataset={listed ?? dataset} />
      <RelationsList dataset={listed ?? dataset} />
      <SourcesList dataset={listed ?? dataset} />
      <SaveSection />
    </div>
  );
}
