/** Where the draft stands: kept in this browser (and when), being kept, or not kept (and why). */
import { useAppState } from '../state/store.ts';
import type { SaveState } from '../state/edit.ts';

function clock(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function saveWords(save: SaveState): string {
  switch (save.status) {
    case 'pending':
      return 'Saving…';
    case 'saved':
      return save.at !== undefined
        ? `Saved in this browser ${clock(save.at)}`
        : 'Saved in this browser';
    case 'error':
      return `Not saved: ${save.reason ?? 'the browser refused to keep the draft'} — your work is kept in memory; save to a file`;
    case 'conflict':
      return 'Not saved: this draft was changed in another tab';
    default:
      return 'Draft';
  }
}

export function SaveChip() {
  const save = useAppState((s) => s.edit.save);
  const savedToFile = useAppState((s) => s.edit.draft?.savedToFile ?? false);
  return (
    <span className="save-chip" data-status={save.status} data-testid="save-status">
      {saveWords(save)}
      {savedToFile && save.status !== 'error' ? ' · saved to file' : ''}
    </span>
  );
}
