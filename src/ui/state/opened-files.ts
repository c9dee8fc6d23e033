/**
 * Files opened through the File System Access API (Chromium's `showOpenFilePicker`): their handles,
 * by the data key they were shown under (`file:<name>`), so that editing a dataset opened from a
 * JSON file can save back to that very file (src/ui/edit/save.ts). Elsewhere, and for files opened
 * through the file input or dropped, there is no handle and Save asks or downloads.
 */

export interface WritableFile {
  write(data: Blob): Promise<void>;
  close(): Promise<void>;
}

/** The part of a `FileSystemFileHandle` the app uses. */
export interface FileHandle {
  name: string;
  getFile?(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}

type OpenPicker = (options: {
  multiple?: boolean;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandle[]>;

/** The browser's open picker, when it has one (Chromium; not Firefox or Safari). */
export function openPicker(): OpenPicker | undefined {
  const w = window as unknown as { showOpenFilePicker?: OpenPicker };
  return typeof w.showOpenFilePicker === 'function' ? w.showOpenFilePicker.bind(window) : undefined;
}

const opened = new Map<string, FileHandle>();

/** Notes the file a dataset shown under `key` was opened from (only JSON can be saved back). */
export function noteOpened(key: string, handle: FileHandle): void {
  if (/\.json$/i.test(handle.name)) opened.set(key, handle);
  else opened.delete(key);
}

/** The file a dataset shown under `key` was opened from, if it can be written back. */
export function openedFile(key: string): FileHandle | undefined {
  return opened.get(key);
}
