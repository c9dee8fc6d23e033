/** The bundled datasets, and the opened file when one is open. */
import { useAppState } from '../state/store.ts';
import { loadBundled } from '../state/actions/data.ts';
import { BUNDLED_DATASETS } from '../state/bundled.ts';

export function DatasetPicker() {
  const key = useAppState((s) => s.data.key);
  const fileName = key.startsWith('file:') ? key.slice('file:'.length) : undefined;
  return (
    <label className="field">
      <span className="visually-hidden">Dataset</span>
      <select
        value={key}
        onChange={(e) => {
          const v = e.target.value;
          if (v.startsWith('bundled:')) void loadBundled(v.slice('bundled:'.length));
        }}
        data-testid="dataset-picker"
        title={fileName ?? key.replace(/^bundled:/, '')}
      >
        {key === '' && <option value="">Loading…</option>}
        {BUNDLED_DATASETS.map((d) => (
          <option key={d.name} value={`bundled:${d.name}`}>
            {d.name}
          </option>
        ))}
        {fileName !== undefined && <option value={key}>{fileName} (opened file)</option>}
      </select>
    </label>
  );
}
