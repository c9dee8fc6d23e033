/** The bundled datasets, the opened file or draft when one is open; a new empty dataset; drafts. */
import { useAppState } from '../state/store.ts';
import { loadBundled } from '../state/actions/data.ts';
import { BUNDLED_DATASETS } from '../state/bundled.ts';
import { editor } from '../edit/editor.ts';

const NEW = 'action:new';
const DRAFTS = 'action:drafts';

export function DatasetPicker() {
  const key = useAppState((s) => s.data.key);
  const draftName = useAppState((s) => s.edit.draft?.name);
  const fileName = key.startsWith('file:') ? key.slice('file:'.length) : undefined;
  const isDraft = key.startsWith('draft:');
  return (
    <label className="field">
      <span className="visually-hidden">Dataset</span>
      <select
        value={key}
        onChange={(e) => {
          const v = e.target.value;
          if (v.startsWith('bundled:')) void loadBundled(v.slice('bundled:'.length));
          else if (v === NEW) editor.setDialog('new');
          else if (v === DRAFTS) editor.setDialog('drafts');
        }}
        data-testid="dataset-picker"
        title={fileName ?? (isDraft ? (draftName ?? 'Draft') : key.replace(/^bundled:/, ''))}
      >
        {key === '' && <option value="">Loading…</option>}
        {BUNDLED_DATASETS.map((d) => (
          <option key={d.name} value={`bundled:${d.name}`}>
            {d.name}
          </option>
        ))}
        {fileName !== undefined && <option value={key}>{fileName} (opened file)</option>}
        {isDraft && <option value={key}>{draftName ?? 'Draft'} (draft)</option>}
        <option value={NEW}>New empty dataset…</option>
        <option value={DRAFTS}>Drafts…</option>
      </select>
    </label>
  );
}
