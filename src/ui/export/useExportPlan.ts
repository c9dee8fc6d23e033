/**
 * The Export dialog's state and its export plan: the settings the user chose, the image options and
 * size line that follow from them, and the two actions (save the image, save the data). The
 * sections only draw what this returns; the logic is in export-plan.ts (pure, tested in Node).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../model/schema.ts';
import { communitiesOf, withCommunities } from '../../graph/communities.ts';
import { exportDownload, type ExportFormat } from '../../formats/index.ts';
import type { LegendSwatch } from '../../cy/export/caption.ts';
import {
  exportImage,
  exportTheme,
  planSourceExport,
  type ImageBackground,
  type ImageSource,
} from '../../cy/export/image.ts';
import type { Theme } from '../../cy/palette.ts';
import { EXPORT_TIME_LIMIT_MS, withDeadline } from './deadline.ts';
import { downloadBlob } from './download.ts';
import { filteredDataset, type VisibleSets } from './filtered-dataset.ts';
import {
  captionFor,
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
  /** The legend of what is shown, in a palette (the export's: its background's). */
  legendFor: (theme: Theme) => LegendSwatch[];
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
  const { open, getSource, dataset, visible, filters, legendFor, theme, viewName } = input;
  const source = open ? (getSource() ?? null) : null;
  const [settings, setSettings] = useState(() => initialSettings(theme));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ExportStatus>(null);
  // The image export under way, given up or not: the next one waits for it (both restyle the graph).
  const pending = useRef<Promise<unknown>>(Promise.resolve());
  const set = useCallback(
    (patch: Partial<ExportSettings>) => setSettings((s) => ({ ...s, ...patch })),
    [],
  );
  const clearStatus = useCallback(() => setStatus(null), []);

  const filtering = isFiltering(dataset, visible);
  const background = effectiveBackground(settings);
  // The caption's legend in the export's palette (a dark background: the dark theme's colours).
  const palette = exportTheme({ background, theme });
  const { credit } = settings;
  const view = viewName === 'events' ? 'events' : 'actors';
  const caption = useMemo(
    () =>
      captionFor(settings.caption, dataset, legendFor(palette), filters, visible, {
        view,
        credit,
      }),
    [settings.caption, dataset, legendFor, palette, filters, visible, view, credit],
  );
  const options = { ...imageOptions(settings, caption), theme };
  const size = sizePlan(
    open,
    source ? () => planSourceExport(source, options).size : null,
    settings.preset !== 'custom',
  );

  async function saveImage(): Promise<void> {
    if (!source) return;
    setBusy(true);
    setStatus({ kind: 'info', text: 'Drawing the image…' });
    try {
      const result = await withDeadline(
        async (signal) => {
          await pending.current;
          const work = exportImage(source, { ...options, signal });
          pending.current = work.catch(() => undefined);
          return work;
        },
        EXPORT_TIME_LIMIT_MS,
        'image',
      );
      const name = imageFileName(dataset.id, viewName, settings.full, result.extension);
      downloadBlob(result.blob, name);
      setStatus({ kind: 'info', text: savedImageText(name, result, options.minLabelPx) });
    } catch (e) {
      setStatus({ kind: 'error', text: imageFailureText(e) });
    } finally {
      setBusy(false);
    }
  }

  function saveData(kind: ExportFormat): void {
    const shown = settings.scope === 'filtered' ? visible : undefined;
    setStatus(saveDataFiles(dataset, shown, kind, settings.communities));
  }

  return {
    settings,
    set,
    background,
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
 * status line says what was saved or why not. With `communities`, each actor of a GEXF, GraphML or
 * CSV export carries its Louvain community (`x-community`, `x-community-name`; computed here, on the
 * main thread, at the click).
 */
function saveDataFiles(
  dataset: Dataset,
  shown: VisibleSets | undefined,
  kind: ExportFormat,
  communities: boolean,
): ExportStatus {
  try {
    const filtered = shown !== undefined;
    // The whole dataset's communities (as drawn by community), written on the actors exported to
    // the other tools' formats; Backchannel JSON stays the dataset itself (derived data would creep
    // into the user's own file).
    const all =
      communities && kind !== 'json'
        ? withCommunities(dataset, communitiesOf(dataset, { seed: 1 }))
        : dataset;
    const ds = shown ? filteredDataset(all, shown) : all;
    if (ds.actors.length === 0) {
      return {
        kind: 'error',
        text: 'The filtered view shows no actor: there is nothing to export.',
      };
    }
    // One download per export (CSV's two tables come as one zip): browsers may block a second.
    const f = exportDownload(ds, kind, filtered ? '-filtered' : '');
    downloadBlob(new Blob([f.bytes], { type: f.mimeType }), f.fileName);
    return { kind: 'info', text: `Saved ${f.fileName}.` };
  } catch (e) {
    return { kind: 'error', text: `The data could not be exported: ${errorText(e)}` };
  }
}
