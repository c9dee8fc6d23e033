/**
 * One download per export: what the explorer saves. JSON, GEXF and GraphML are one file each; CSV's
 * two tables (edges, nodes) go into one zip (fflate), so that the browser starts one download only.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from './types.ts';

export interface DownloadFile {
  fileName: string;
  mimeType: string;
  /** ArrayBuffer-backed (fflate allocates its own), so it can be a `Blob` part as is. */
  bytes: Uint8Array<ArrayBuffer>;
}

function bytesOf(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data as Uint8Array<ArrayBuffer>;
}

/** `name.ext` → `name<suffix>.ext` (the last extension; `name.nodes.csv` → `name<suffix>.nodes.csv`). */
function withSuffix(fileName: string, suffix: string): string {
  if (suffix === '') return fileName;
  const m = /^(.*?)((?:\.nodes)?\.[a-z0-9]+)$/i.exec(fileName);
  return m ? `${m[1] ?? ''}${suffix}${m[2] ?? ''}` : `${fileName}${suffix}`;
}

/**
 * The one file to download for `files` (as `exportDataset` gives them): the file itself, or a zip of
 * several, named after the first with `.zip` (`gaza.csv` → `gaza.zip`, holding `gaza.csv` and
 * `gaza.nodes.csv`). `suffix` is added to every name before the extension (e.g. `-filtered`).
 */
export function downloadOf(files: readonly ExportFile[], suffix = ''): DownloadFile {
  const [first] = files;
  if (first === undefined) throw new Error('nothing to download: no file was exported');
  if (files.length === 1) {
    return {
      fileName: withSuffix(first.fileName, suffix),
      mimeType: first.mimeType,
      bytes: bytesOf(strToU8(first.text)),
    };
  }
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[withSuffix(f.fileName, suffix)] = strToU8(f.text);
  const base = withSuffix(first.fileName, suffix).replace(/\.[^.]+$/, '');
  return { fileName: `${base}.zip`, mimeType: 'application/zip', bytes: bytesOf(zipSync(entries)) };
}
