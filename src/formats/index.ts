/**
 * Importers and exporters of other formats (GEXF, GraphML, CSV) beside Backchannel's own JSON.
 * `importDataset` never throws: it returns the dataset with warnings, or the problems that stop it.
 */
import type { Dataset } from '../model/schema.ts';
import { MAX_DATASET_BYTES, parseDataset } from '../model/validate.ts';
import { exportCsv, importCsv } from './csv.ts';
import { detectFormat } from './detect.ts';
import { exportGexf, importGexf } from './gexf.ts';
import { exportGraphml, importGraphml } from './graphml.ts';
import type { ExportFile, ExportFormat, ImportOptions, ImportResult } from './types.ts';
import { downloadOf, type DownloadFile } from './download.ts';
import { xmlCountProblem } from './import-limits.ts';

export type {
  ExportFile,
  ExportFormat,
  ImportFormat,
  ImportOptions,
  ImportResult,
  Problem,
} from './types.ts';
export { EXPORT_FORMATS, IMPORT_FORMATS } from './types.ts';
export { detectFormat } from './detect.ts';
export { slugify } from './ids.ts';
export { downloadOf, type DownloadFile } from './download.ts';

/** Largest file accepted by the importers, in bytes: the dataset loader's limit (50 MiB). */
export const MAX_IMPORT_BYTES = MAX_DATASET_BYTES;

function byteLength(text: string): number {
  // UTF-8 is at most 3 bytes per UTF-16 unit: count exactly only near the limit.
  return text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function tooBig(text: string, what: string): ImportResult | undefined {
  const bytes = byteLength(text);
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return {
    ok: false,
    problems: [
      {
        path: what,
        message: `the file is too big: ${mb(bytes)}, the limit is ${mb(MAX_IMPORT_BYTES)}`,
      },
    ],
  };
}

export function importDataset(
  text: string,
  fileName?: string,
  options?: ImportOptions,
): ImportResult {
  const where = fileName ?? '(file)';
  const big =
    tooBig(text, where) ??
    (options?.nodesText !== undefined ? tooBig(options.nodesText, 'node table') : undefined);
  if (big) return big;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { ok: false, problems: [{ path: where, message: 'the file is empty' }] };
  }
  const format = detectFormat(text, fileName);
  if (format === undefined) {
    return {
      ok: false,
      problems: [
        {
          path: where,
          message:
            'unrecognised format: expected Backchannel JSON, GEXF (<gexf> root), GraphML (<graphml> root) or CSV with a header row',
        },
      ],
    };
  }
  try {
    switch (format) {
      case 'json': {
        const r = parseDataset(text);
        return r.ok
          ? { ok: true, dataset: r.dataset, format, warnings: [] }
          : { ok: false, format, problems: r.problems };
      }
      case 'gexf':
      case 'graphml': {
        const tooMany = xmlCountProblem(text, where);
        if (tooMany) return { ok: false, format, problems: [tooMany] };
        return format === 'gexf' ? importGexf(text, fileName) : importGraphml(text, fileName);
      }
      case 'csv':
        return importCsv(text, fileName, options?.nodesText);
    }
  } catch (e) {
    return {
      ok: false,
      format,
      problems: [
        {
          path: where,
          message: `could not read the file: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
}

/** The file(s) of a dataset in a format: one file, or for CSV the edge table then the node table. */
export function exportDataset(ds: Dataset, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'json':
      return [
        {
          fileName: `${ds.id}.json`,
          mimeType: 'application/json',
          text: `${JSON.stringify(ds, null, 2)}\n`,
        },
      ];
    case 'gexf':
      return [exportGexf(ds)];
    case 'graphml':
      return [exportGraphml(ds)];
    case 'csv':
      return exportCsv(ds);
  }
}

/**
 * The one file the explorer downloads for a dataset in a format: JSON, GEXF or GraphML as is; CSV
 * as a zip of its two tables. `suffix` goes before each extension (`gaza-filtered.zip`).
 */
export function exportDownload(ds: Dataset, format: ExportFormat, suffix = ''): DownloadFile {
  return downloadOf(exportDataset(ds, format), suffix);
}
