/** "Drafts…": the drafts kept in this browser — open, rename, duplicate, delete (asked first). */
import { useCallback, useState } from 'react';
import type { DraftSummary } from '../drafts/types.ts';
import { useModal } from '../dialog/useModal.ts';
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function DraftRow({ d, reload }: { d: DraftSummary; reload: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(d.name);
  const [deleting, setDeleting] = useState(false);
  const act = (run: () => Promise<unknown>) => () => void run().then(reload, reload);
  return (
    <li className="draft-row" data-testid="draft-row">
      {renaming ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setRenaming(false);
            act(async () => {
              await (await editor.drafts()).rename(d.id, name);
              editor.renamed(d.id, name.trim() || 'Untitled draft');
            })();
          }}
        >
          <label>
            <span className="visually-hidden">New name for “{d.name}”</span>
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>{' '}
          <button type="submit">Rename</button>
        </form>
      ) : (
        <span className="edit-item-name">{d.name}</span>
      )}{' '}
      <span className="muted">
        {d.actors} actors, {d.relations} relations · {when(d.updatedAt)}
        {d.savedToFile ? ' · saved to file' : ''}
      </span>
      {deleting ? (
        <span role="group" aria-label={`Delete “${d.name}”?`}>
          Delete “{d.name}” from this browser?{' '}
          <button type="button" onClick={act(async () => (await editor.drafts()).remove(d.id))}>
            Delete
          </button>
          <button type="button" autoFocus onClick={() => setDeleting(false)}>
            Keep
          </button>
        </span>
      ) : (
        <span className="edit-item-actions">
          <button
            type="button"
            onClick={() => {
              editor.setDialog(undefined);
              void editor.open(d.id);
            }}
            aria-label={`Open “${d.name}”`}
          >
            Open
          </button>
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename “${d.name}”`}>
            Rename
          </button>
          <button
            type="button"
            onClick={act(async () => (await editor.drafts()).duplicate(d.id))}
            aria-label={`Duplicate “${d.name}”`}
          >
            Duplicate
          </button>
          <button type="button" onClick={() => setDeleting(true)} aria-label={`Delete “${d.name}”`}>
            Delete
          </button>
        </span>
      )}
    </li>
  );
}

export function DraftsDialog() {
  const open = useAppState((s) => s.edit.dialog === 'drafts');
  const [drafts, setDrafts] = useState<DraftSummary[]>();
  const [error, setError] = useState<string>();
  const reload = useCallback(() => {
    editor
      .drafts()
      .then((p) => p.list())
      .then(setDrafts, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const dialog = useModal(open, () => {
    setDrafts(undefined);
    setError(undefined);
    reload();
  });
  return (
    <dialog
      ref={dialog}
      className="problems-dialog edit-dialog"
      aria-labelledby="drafts-title"
      data-testid="drafts-dialog"
      onClose={() => editor.setDialog(undefined)}
    >
      <h2 id="drafts-title">Drafts in this browser</h2>
      {error && <p role="alert">{error}</p>}
      {drafts === undefined && !error && <p role="status">Loading…</p>}
      {drafts?.length === 0 && <p>No drafts yet. Turn on Edit, or start a new empty dataset.</p>}
      {drafts && drafts.length > 0 && (
        <ul className="edit-list drafts-list">
          {drafts.map((d) => (
            <DraftRow key={`${d.id}|${d.name}`} d={d} reload={reload} />
          ))}
        </ul>
      )}
      <div className="edit-dialog-buttons">
        <button type="button" onClick={() => editor.setDialog(undefined)}>
          Close
        </button>
      </div>
    </dialog>
  );
}
