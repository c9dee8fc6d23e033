/** "New empty dataset…": a title and an as-of date, then an empty draft in edit mode. */
import { useState } from 'react';
import { partialDateFormProblem } from '../../model/dates.ts';
import { useModal } from '../dialog/useModal.ts';
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
  id: string;
  autoFocus?: boolean;
}

/** A labelled text field with its problem (said when it appears). */
function Field({ label, value, onChange, problem, id, autoFocus = false }: FieldProps) {
  return (
    <>
      <label className="edit-field">
        {label}
        <input
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={problem !== undefined ? `${id}-problem` : undefined}
          autoFocus={autoFocus}
          data-testid={id}
        />
      </label>
      {problem !== undefined && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

export function NewDatasetDialog() {
  const open = useAppState((s) => s.edit.dialog === 'new');
  const [title, setTitle] = useState('');
  const [asOf, setAsOf] = useState(today);
  const [error, setError] = useState<string>();
  const dialog = useModal(open, () => {
    setTitle('');
    setAsOf(today());
    setError(undefined);
  });
  const dateProblem = asOf.trim() === '' ? undefined : partialDateFormProblem(asOf.trim());
  return (
    <dialog
      ref={dialog}
      className="problems-dialog edit-dialog"
      aria-labelledby="new-dataset-title"
      data-testid="new-dataset-dialog"
      onClose={() => editor.setDialog(undefined)}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim() === '') return setError('The title must not be empty');
          if (dateProblem) return;
          editor.setDialog(undefined);
          void editor.newEmpty({
            title: title.trim(),
            ...(asOf.trim() !== '' && { asOf: asOf.trim() }),
          });
        }}
      >
        <h2 id="new-dataset-title">New empty dataset</h2>
        <p className="muted">It is kept as a draft in this browser; Save writes it to a file.</p>
        <Field
          label="Title"
          value={title}
          onChange={setTitle}
          problem={error}
          id="new-dataset-name"
          autoFocus
        />
        <Field
          label="As of (YYYY, YYYY-MM or YYYY-MM-DD)"
          value={asOf}
          onChange={setAsOf}
          problem={dateProblem}
          id="new-dataset-asof"
        />
        <div className="edit-dialog-buttons">
          <button type="submit" data-testid="new-dataset-create">
            Create
          </button>
          <button type="button" onClick={() => editor.setDialog(undefined)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
