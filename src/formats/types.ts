/** The public types of the importers and exporters (see `index.ts`). */
import type { Dataset } from '../model/schema.ts';
import type { Problem } from '../model/validate.ts';

export type { Problem };

export type ImportFormat = 'json' | 'gexf' | 'graphml' | 'csv';
export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['json', 'gexf', 'graphml', 'csv'];
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'gexf', 'graphml', 'csv'];

export type ImportResult =
  | { ok: true; dataset: Dataset; format: ImportFormat; warnings: string[] }
  | { ok: false; format?: ImportFormat; problems: Problem[] };

export interface ImportOptions {
  /** CSV only: the node table, when the main text is the edge table. */
  nodesText?: string;
}

/** One file written by an exporter. CSV gives two (edges first, then nodes); the others one. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}
