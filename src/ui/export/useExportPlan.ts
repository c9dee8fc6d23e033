/**
 * The Export dialog's state and its export plan: the settings the user chose, the image options and
 * size line that follow from them, and the two actions (save the image, save the data). The
 * sections only draw what this returns; the logic is in export-plan.ts (pure, tested in Node).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../../model/schema.ts';
import { exportDataset, type ExportFormat } from '../../formats/index.ts';
import type { LegendSwatch } from '../../cy/export/caption.ts';
import {
  exportImage,
  planSourceExport,
  type ImageBackground,
  type ImageSource,
} from '../../cy/export/image.ts';
import { downloadBlob } from './download.ts';
import { filteredDataset, type VisibleSets } from './filtered-dataset.ts';
import {
  captionFor,
  dataFileName,
  effectiveBackground,
  errorText,
  imageFailureText,
  imageFileName,
  imageOptions,
  initialSettings,
  isFiltering,
  savedImageText,
  sizePlan,
  visibleCountText,
  type ExportSettings,
  type ExportStatus,
  type SizePlan,
} from './export-plan.ts';

export interface ExportPlanInput {
  open: boolean;
  /** The graph controller drawing now (an export draws with its own look, then puts it back). */
  getSource: () => ImageSource | null | undefined;
  dataset: Dataset;
  visible?: VisibleSets;
  filters?: string[];
  legend: LegendSwatch[];
  theme: 'light' | 'dark';
  viewName?: string;
}

export interface ExportPlan {
  settings: ExportSettings;
  /** Changes some settings. */
  set: (patch: Partial<ExportSettings>) => void;
  /** The background drawn (JPEG turns transparent into white). */
  background: ImageBackground;
  /** Whether the filters hide something. */
  filtering: boolean;
  /** "N actors, M relations" of the filtered view. */
  visibleCount: string;
  size: SizePlan;
  busy: boolean;
  status: ExportStatus;
  clearStatus: () => void;
  saveImage: () => Promise<void>;
  saveData: (kind: ExportFormat) => void;
}

export function useExportPlan(input: ExportPlanInput): ExportPlan {
  const { open, getSource, dataset, visible, filters, legend, theme, viewName } = input;
  const source = open ? (getSource() ?? null) : null;
  const [settings, setSettings] = useState(() => initialSettings(theme));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ExportStatus>(null);
  const set = useCallback(
    (patch: Partial<ExportSettings>) => setSettings((s) => ({ ...s, ...patch })),
    [],
  );
  const clearStatus = useCallback(() => setStatus(null), []);

  const filtering = isFiltering(dataset, visible);
  const caption = useMemo(
    () => captionFor(settings.caption, dataset, legend, filters, visible),
    [settings.caption, dataset, legend, filters, visible],
  );
  const options = { ...imageOptions(settings, caption), theme };
  const size = sizePlan(open, source ? () => planSourceExport(source, options).size : null);

  async function saveImage(): Promise<void> {
    if (!source) return;
    setBusy(true);
    setStatus({ kind: 'info', text: 'Drawing the image…' });
    try {
      const result = await exportImage(source, options);
      const name = imageFileName(dataset.id, viewName, settings.full, result.extension);
      downloadBlob(result.blob, name);
      setStatus({ kind: 'info', text: savedImageText(name, result) });
    } catch (e) {
      setStatus({ kind: 'error', text: imageFailureText(e) });
    } finally {
      setBusy(false);
    }
  }

  function saveData(kind: ExportFormat): void {
    const shown = settings.scope === 'filtered' ? visible : undefined;
    setStatus(saveDataFiles(dataset, shown, kind));
  }

  return {
    settings,
    set,
    background: effectiveBackground(settings),
    filtering,
    visibleCount: visibleCountText(visible),
    size,
    busy,
    status,
    clearStatus,
    saveImage,
    saveData,
  };
}

/**
 * Downloads the dataset's files in one format, cut to `shown` when given (the filtered view); the
 * status line says what was saved or why not.
 */
function saveDataFiles(
  dataset: Dataset,
  shown: VisibleSets | undefined,
  kind: ExportFormat,
): ExportStatus {
  try {
    const filtered = shown !== undefined;
    const ds = shown ? filteredDataset(dataset, shown) : dataset;
    if (ds.actors.length === 0) {
      return {
        kind: 'error',
        text: 'The filtered view shows no actor: there is nothing to export.',
      };
    }
    const names: string[] = [];
    for (const f of exportDataset(ds, kind)) {
      const name = dataFileName(f.fileName, filtered);
      downloadBlob(new Blob([f.text], { type: f.mimeType }), name);
      names.push(name);
    }
    return { kind: 'info', text: `Saved ${names.join(' and ')}.` };
  } catch (e) {
    return { kind: 'error', text: `The data could not be exported: ${errorText(e)}` };
  }
}
