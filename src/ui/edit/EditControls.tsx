/**
 * The header's editing controls: the Edit mode toggle (aria-pressed), and while editing Undo, Redo,
 * Save and the draft's save status.
 */
import { canRedo, canUndo } from '../../model/edit/history.ts';
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';
import { SaveAction } from './SaveAction.tsx';
import { SaveChip } from './SaveChip.tsx';
import './edit.css';

export function EditToggle() {
  const on = useAppState((s) => s.edit.on);
  const hasData = useAppState((s) => s.data.dataset !== undefined && !s.data.loading);
  return (
    <button
      type="button"
      className="edit-toggle"
      aria-pressed={on}
      disabled={!on && !hasData}
      data-testid="edit-toggle"
      title={on ? 'Leave edit mode (the draft is kept)' : 'Edit this dataset as a draft'}
      onClick={() => void (on ? editor.stop() : editor.start())}
    >
      {on ? 'Editing' : 'Edit'}
    </button>
  );
}

/** Undo and Redo (`inPanel`: the Edit panel's pair, shown on narrow screens instead of the header's). */
export function UndoRedo({ inPanel = false }: { inPanel?: boolean }) {
  const suffix = inPanel ? '-panel' : '';
  const history = useAppState((s) => s.edit.history);
  const undoLabel = history.done.at(-1)?.label;
  const redoLabel = history.undone.at(-1)?.label;
  return (
    <span className="undo-redo" role="group" aria-label="Undo and redo">
      <button
        type="button"
        disabled={!canUndo(history)}
        onClick={() => editor.undo()}
        title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z Meta+Z"
        data-testid={`undo${suffix}`}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo(history)}
        onClick={() => editor.redo()}
        title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        data-testid={`redo${suffix}`}
      >
        Redo
      </button>
    </span>
  );
}

/** The header action: the toggle, and while editing what goes with it. */
export function EditControls() {
  const on = useAppState((s) => s.edit.on);
  return (
    <span className="edit-controls">
      <EditToggle />
      {on && (
        <>
          <UndoRedo />
          <SaveAction />
          <SaveChip />
        </>
      )}
    </span>
  );
}
