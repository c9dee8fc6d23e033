/**
 * Save: the draft as a Backchannel JSON file (back to its file where the browser allows, else a
 * download). The source texts go in only when the user ticked "Include source texts".
 */
import { draftProblems } from '../../model/edit/index.ts';
import { store, useAppState } from '../state/store.ts';
import { editor } from './editor.ts';
import { saveFile, savedFileName, savedText } from './save.ts';

export async function saveDraft(): Promise<void> {
  const { data, edit } = store.get();
  const includeTexts = edit.includeTexts;
  if (!data.dataset || !edit.draft) return;
  const name = savedFileName(edit.draft.name, edit.draft.fileName);
  const text = savedText(data.dataset, edit.sourceTexts, includeTexts);
  const result = await saveFile(edit.draft.id, name, text);
  if (!result.ok) {
    editor.say(result.cancelled ? 'Not saved: cancelled' : `Not saved: ${result.message}`);
    return;
  }
  editor.savedToFile(result.fileName);
  const problems = draftProblems(data.dataset).length;
  if (problems > 0) {
    editor.say(
      `Saved to ${result.fileName}, with ${problems} ${problems === 1 ? 'problem' : 'problems'} still to fix (see Problems in the Edit panel)`,
    );
  }
}

export function SaveAction() {
  const draft = useAppState((s) => s.edit.draft);
  const includeTexts = useAppState((s) => s.edit.includeTexts);
  return (
    <button
      type="button"
      className="save-action"
      disabled={!draft}
      data-testid="save"
      title={`Save the draft as a Backchannel JSON file${includeTexts ? ', with the source texts' : ''}`}
      onClick={() => void saveDraft()}
    >
      Save
    </button>
  );
}
