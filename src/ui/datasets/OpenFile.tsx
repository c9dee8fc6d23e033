/**
 * Open a local file: the browser's open picker where it has one (Chromium: a JSON file opened so can
 * later be saved back to from edit mode), else a button for a hidden file input.
 */
import { useRef } from 'react';
import { loadFile } from '../state/actions/data.ts';
import { noteOpened, openPicker } from '../state/opened-files.ts';

export const ACCEPTED_FILES = '.json,.gexf,.graphml,.xml,.csv,application/json,text/csv';

const PICKER_TYPES = [
  {
    description: 'Datasets (Backchannel JSON, GEXF, GraphML, CSV)',
    accept: {
      'application/json': ['.json'],
      'application/xml': ['.gexf', '.graphml', '.xml'],
      'text/csv': ['.csv'],
    },
  },
];

/** Opens a file through the picker; false when the picker is not there or failed (not cancelled). */
async function openWithPicker(): Promise<boolean> {
  const picker = openPicker();
  if (!picker) return false;
  try {
    const [handle] = await picker({ multiple: false, types: PICKER_TYPES });
    if (!handle?.getFile) return false;
    const file = await handle.getFile();
    const result = await loadFile(file);
    if (result.ok) noteOpened(`file:${file.name}`, handle);
    return true;
  } catch (e) {
    // Cancelled: nothing to do. Refused (an embedding page, a policy): the file input instead.
    return e instanceof DOMException && e.name === 'AbortError';
  }
}

export function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void openWithPicker().then((done) => {
            if (!done) input.current?.click();
          });
        }}
        title="Open a dataset file (JSON, GEXF, GraphML or CSV)"
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void loadFile(file);
        }}
      />
    </>
  );
}
