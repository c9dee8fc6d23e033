/**
 * A delete that would take more with it (the relations an actor is needed by, the citations of a
 * source) is asked first, naming what would go: "Delete both" or "Cancel". Nothing goes silently.
 */
import type { EditCommand, EditNeeds } from '../../model/edit/types.ts';
import type { Dataset } from '../../model/schema.ts';
import { relationTitle } from '../../model/title.ts';
import { useModal } from '../dialog/useModal.ts';
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';

const AT = /^(actors|relations|sources)\[(\d+)\](?:\.(.*))?$/;

/** A citation's path as a reader names it: "Actor “X”", "Relation “Y” (a quote)". */
export function citingName(dataset: Dataset, path: string): string {
  const m = AT.exec(path);
  if (!m) return path;
  const i = Number(m[2]);
  const rest = m[3] ?? '';
  const part = rest.startsWith('quotes')
    ? ' (a quote)'
    : rest.startsWith('participants')
      ? ' (a participant’s part)'
      : '';
  if (m[1] === 'actors') {
    const a = dataset.actors[i];
    return a ? `Actor “${a.name}”` : path;
  }
  if (m[1] === 'relations') {
    const r = dataset.relations[i];
    return r ? `Relation “${relationTitle(r)}”${part}` : path;
  }
  return path;
}

/** The title of the question, and each thing that would go with it. */
export function whatGoes(
  dataset: Dataset,
  command: EditCommand,
  needs: EditNeeds,
): { title: string; items: string[]; go: string } {
  if (needs.type === 'relations') {
    const name =
      command.type === 'deleteActor'
        ? (dataset.actors.find((a) => a.id === command.id)?.name ?? command.id)
        : '';
    const items = needs.ids.map((id) => {
      const r = dataset.relations.find((x) => x.id === id);
      return r ? `Relation “${relationTitle(r)}”` : id;
    });
    return {
      title: `Deleting “${name}” leaves ${items.length === 1 ? 'this relation' : 'these relations'} with fewer than two participants. Delete ${items.length === 1 ? 'it' : 'them'} too?`,
      items,
      go: 'Delete both',
    };
  }
  const source =
    command.type === 'deleteSource'
      ? (dataset.sources.find((s) => s.id === command.id)?.title ?? command.id)
      : '';
  const items = [...new Set(needs.paths.map((p) => citingName(dataset, p)))];
  return {
    title: `“${source}” is cited. Deleting it removes its citation from:`,
    items,
    go: 'Delete both',
  };
}

export function ConfirmDialog() {
  const pending = useAppState((s) => s.edit.confirm);
  const dataset = useAppState((s) => s.data.dataset);
  const dialog = useModal(Boolean(pending));
  const shown = pending && dataset ? whatGoes(dataset, pending.command, pending.needs) : undefined;
  return (
    <dialog
      ref={dialog}
      className="problems-dialog edit-confirm"
      aria-labelledby="edit-confirm-title"
      data-testid="edit-confirm"
      onCancel={(e) => {
        e.preventDefault();
        editor.cancelConfirm();
      }}
    >
      {shown && (
        <>
          <h2 id="edit-confirm-title">{shown.title}</h2>
          <ul>
            {shown.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <div className="edit-dialog-buttons">
            <button type="button" onClick={() => editor.confirm()} data-testid="confirm-delete">
              {shown.go}
            </button>
            <button type="button" autoFocus onClick={() => editor.cancelConfirm()}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
