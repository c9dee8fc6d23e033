/** A refused file: its problems, each with where and what. The current dataset stays. */
import { useModal } from '../dialog/useModal.ts';
import { useAppState } from '../state/store.ts';
import { dismissRefused } from '../state/actions/data.ts';

const SHOWN = 200;

export function ProblemsDialog() {
  const refused = useAppState((s) => s.data.refused);
  const dialog = useModal(Boolean(refused));
  return (
    <dialog
      ref={dialog}
      className="problems-dialog"
      aria-labelledby="problems-title"
      onClose={() => dismissRefused()}
      data-testid="problems"
    >
      {refused && (
        <>
          <h2 id="problems-title">
            “{refused.fileName}” was not opened: {refused.problems.length}{' '}
            {refused.problems.length === 1 ? 'problem' : 'problems'}
          </h2>
          <p>The dataset you had stays open. Fix these and open the file again.</p>
          <ol className="problems-list">
            {refused.problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <code className="problem-path">{p.path}</code>:{' '}
                <span className="problem-message">{p.message}</span>
              </li>
            ))}
          </ol>
          {refused.problems.length > SHOWN && <p>… and {refused.problems.length - SHOWN} more.</p>}
          <form method="dialog">
            <button type="submit" autoFocus>
              Close
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
