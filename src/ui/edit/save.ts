/**
 * Saving the draft as a Backchannel JSON file (pretty, two spaces). Where the browser has the File
 * System Access API (Chromium), Save writes back to the JSON file the dataset was opened from, or
 * else the first Save asks where and later Saves write back to that file; elsewhere each Save
 * downloads. Source texts go into the file only when asked (copyright), as
 * `x-source-text` on their source.
 */
import type { Dataset } from '../../model/schema.ts';
import { downloadBlob, fileStem } from '../export/download.ts';
import { openedFile, type FileHandle } from '../state/opened-files.ts';

/** The saved file's text: the dataset, with each source's text only when `includeTexts`. */
export function savedText(
  dataset: Dataset,
  sourceTexts: Readonly<Record<string, string>>,
  includeTexts: boolean,
): string {
  if (!includeTexts) return `${JSON.stringify(dataset, null, 2)}\n`;
  const sources = dataset.sources.map((s) => {
    const text = sourceTexts[s.id];
    return text === undefined || text === '' ? s : { ...s, 'x-source-text': text };
  });
  return `${JSON.stringify({ ...dataset, sources }, null, 2)}\n`;
}

/** The file's name: the one it was opened from or saved to (as .json), else the draft's name. */
export function savedFileName(draftName: string, fileName: string | undefined): string {
  if (fileName !== undefined && /\.json$/i.test(fileName)) return fileName;
  const stem = fileName !== undefined ? fileName.replace(/\.[^.]*$/, '') : draftName;
  return `${fileStem(stem)}.json`;
}

type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandle>;

/** The file each draft was saved to (this tab only: a handle cannot outlive the page here). */
const handles = new Map<string, FileHandle>();

function savePicker(): SavePicker | undefined {
  const w = window as unknown as { showSaveFilePicker?: SavePicker };
  return typeof w.showSaveFilePicker === 'function' ? w.showSaveFilePicker.bind(window) : undefined;
}

export type SaveResult =
  | { ok: true; fileName: string; how: 'download' | 'file' }
  | { ok: false; cancelled: boolean; message: string };

/** Saves `text` for draft `draftId`: back to its file, to a file the user picks, or a download. */
export async function saveFile(
  draftId: string,
  suggestedName: string,
  text: string,
): Promise<SaveResult> {
  const blob = new Blob([text], { type: 'application/json' });
  const picker = savePicker();
  if (!picker) {
    downloadBlob(blob, suggestedName);
    return { ok: true, fileName: suggestedName, how: 'download' };
  }
  try {
    let handle = handles.get(draftId);
    if (!handle) {
      handle = await picker({
        suggestedName,
        types: [{ description: 'Backchannel JSON', accept: { 'application/json': ['.json'] } }],
      });
      handles.set(draftId, handle);
    }
    const out = await handle.createWritable();
    await out.write(blob);
    await out.close();
    return { ok: true, fileName: handle.name, how: 'file' };
  } catch (e) {
    const cancelled = e instanceof DOMException && e.name === 'AbortError';
    handles.delete(draftId);
    return { ok: false, cancelled, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A draft made from a dataset opened from a JSON file through the browser's open picker saves back
 * to that file (the browser asks for write permission on the first Save).
 */
export function adoptOpenedFile(draftId: string, dataKey: string): void {
  const handle = openedFile(dataKey);
  if (handle && !handles.has(draftId)) handles.set(draftId, handle);
}

/** Forgets the file of a draft ("Save as…": the next Save asks again). */
export function forgetFile(draftId: string): void {
  handles.delete(draftId);
}
