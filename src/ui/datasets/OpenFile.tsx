/** Open a local file: a button for a hidden file input. */
import { useRef } from 'react';
import { loadFile } from '../state/actions/data.ts';

export const ACCEPTED_FILES = '.json,.gexf,.graphml,.xml,.csv,application/json,text/csv';

export function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
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
