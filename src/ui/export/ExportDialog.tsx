/**
 * The Export dialog: an image of the graph (PNG, JPEG or SVG; scale, background, current view or
 * whole graph, caption) and the data (Backchannel JSON, GEXF, GraphML, CSV) of the whole dataset
 * or of the filtered view. A native <dialog> (modal, Esc closes, focus kept inside).
 *
 * Mount it once where the explorer has its cytoscape Core: see `ExportButton` for the one-line use.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Dataset } from '../../model/schema.ts';
import { exportDataset, type ExportFormat } from '../../formats/index.ts';
import { buildCaptionContent, type LegendSwatch } from '../../cy/export/caption.ts';
import {
  exportImage,
  ImageExportError,
  planImageExport,
  type ImageBackground,
  type ImageExportOptions,
  type ImageFormat,
} from '../../cy/export/image.ts';
import { downloadBlob, fileStem } from './download.ts';
import { filteredDataset, isWholeDataset, type VisibleSets } from './filtered-dataset.ts';
import './export.css';

export interface ExportContext {
  /** The explorer's cytoscape instance, read when needed (null while none is mounted). */
  getCy: () => Core | null | undefined;
  dataset: Dataset;
  /** What the filters leave visible; absent: everything. */
  visible?: VisibleSets;
  /** The active filters in words (for the caption). */
  filters?: string[];
  /** The legend of what is shown (kinds present, with colours and shapes). */
  legend: LegendSwatch[];
  /** The explorer's theme: the default image background follows it. */
  theme: 'light' | 'dark';
  /** Name of the current view, used in file names ("actors", "events"). */
  viewName?: string;
}

export interface ExportDialogProps extends ExportContext {
  open: boolean;
  onClose: () => void;
}

const FORMAT_LABELS: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };
const BACKGROUND_LABELS: Record<ImageBackground, string> = {
  white: 'White',
  dark: 'Dark',
  transparent: 'Transparent',
};
const DATA_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (Backchannel)',
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV (nodes + edges)',
};

type Status = { kind: 'info' | 'error'; text: string } | null;

function withSuffix(fileName: string, suffix: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0
    ? `${fileName.slice(0, dot)}${suffix}${fileName.slice(dot)}`
    : `${fileName}${suffix}`;
}

export function ExportDialog(props: ExportDialogProps) {
  const { open, onClose, getCy, dataset, visible, filters, legend, theme, viewName } = props;
  const cy = open ? (getCy() ?? null) : null;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [format, setFormat] = useState<ImageFormat>('png');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<ImageBackground>(
    theme === 'dark' ? 'dark' : 'white',
  );
  const [full, setFull] = useState(true);
  const [caption, setCaption] = useState(false);
  const [scope, setScope] = useState<'all' | 'filtered'>('all');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setStatus(null);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const effectiveBackground: ImageBackground =
    format === 'jpeg' && background === 'transparent' ? 'white' : background;

  const filtering = visible !== undefined && !isWholeDataset(dataset, visible);
  const captionContent = useMemo(
    () =>
      caption
        ? buildCaptionContent(dataset, {
            legend,
            filters: filtering ? (filters ?? []) : [],
            ...(filtering && visible
              ? { shownActorIds: visible.actors, shownRelationIds: visible.relations }
              : {}),
          })
        : null,
    [caption, dataset, legend, filters, filtering, visible],
  );

  const options: ImageExportOptions = {
    format,
    scale,
    background: effectiveBackground,
    full,
    caption: captionContent,
  };

  // The output size, or why it cannot be made, shown before the user clicks.
  let plan: { text: string; ok: boolean } = { text: '', ok: false };
  if (open && cy) {
    try {
      const p = planImageExport(cy, options);
      plan = { text: `${p.size.width} × ${p.size.height} px`, ok: true };
    } catch (e) {
      plan = { text: e instanceof Error ? e.message : String(e), ok: false };
    }
  } else if (open) plan = { text: 'The graph is not drawn yet.', ok: false };

  const stem = fileStem(dataset.id);

  async function saveImage(): Promise<void> {
    if (!cy) return;
    setBusy(true);
    setStatus({ kind: 'info', text: 'Drawing the image…' });
    try {
      const result = await exportImage(cy, options);
      const name = `${stem}${viewName ? `-${fileStem(viewName)}` : ''}${full ? '' : '-view'}.${result.extension}`;
      downloadBlob(result.blob, name);
      setStatus({
        kind: 'info',
        text: `Saved ${name} (${result.width} × ${result.height} px, ${Math.round(result.blob.size / 1024)} KB).`,
      });
    } catch (e) {
      const text =
        e instanceof ImageExportError
          ? e.message
          : `The image could not be made: ${e instanceof Error ? e.message : String(e)}`;
      setStatus({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  }

  function saveData(kind: ExportFormat): void {
    try {
      const filtered = scope === 'filtered' && visible !== undefined;
      const ds = filtered ? filteredDataset(dataset, visible) : dataset;
      if (ds.actors.length === 0) {
        setStatus({
          kind: 'error',
          text: 'The filtered view shows no actor: there is nothing to export.',
        });
        return;
      }
      const files = exportDataset(ds, kind);
      const names: string[] = [];
      for (const f of files) {
        const name = filtered ? withSuffix(f.fileName, '-filtered') : f.fileName;
        downloadBlob(new Blob([f.text], { type: f.mimeType }), name);
        names.push(name);
      }
      setStatus({ kind: 'info', text: `Saved ${names.join(' and ')}.` });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: `The data could not be exported: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }

  const visibleCount = visible
    ? `${visible.actors.size} actors, ${visible.relations.size} relations`
    : '';

  return (
    <dialog
      ref={ref}
      className="bc-export-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`}>Export</h2>
      <fieldset>
        <legend>Image</legend>
        <div className="bc-export-row" role="radiogroup" aria-label="Image format">
          <span className="bc-export-label">Format</span>
          {(Object.keys(FORMAT_LABELS) as ImageFormat[]).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name={`${id}-format`}
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {FORMAT_LABELS[f]}
            </label>
          ))}
        </div>
        <div className="bc-export-row">
          <label className="bc-export-label" htmlFor={`${id}-scale`}>
            Scale
          </label>
          <select
            id={`${id}-scale`}
            value={scale}
            onChange={(e) => setScale(Number(e.target.value))}
          >
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
          <span className="bc-export-hint">pixels per screen pixel at 100% zoom</span>
        </div>
        <div className="bc-export-row" role="radiogroup" aria-label="Background">
          <span className="bc-export-label">Background</span>
          {(Object.keys(BACKGROUND_LABELS) as ImageBackground[]).map((b) => (
            <label key={b}>
              <input
                type="radio"
                name={`${id}-bg`}
                value={b}
                checked={effectiveBackground === b}
                disabled={b === 'transparent' && format === 'jpeg'}
                onChange={() => setBackground(b)}
              />
              {BACKGROUND_LABELS[b]}
            </label>
          ))}
        </div>
        <div className="bc-export-row" role="radiogroup" aria-label="Area">
          <span className="bc-export-label">Area</span>
          <label>
            <input type="radio" name={`${id}-area`} checked={full} onChange={() => setFull(true)} />
            Whole graph
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-area`}
              checked={!full}
              onChange={() => setFull(false)}
            />
            Current view
          </label>
        </div>
        <div className="bc-export-row">
          <label>
            <input
              type="checkbox"
              checked={caption}
              onChange={(e) => setCaption(e.target.checked)}
            />
            Add a caption (title, legend, filters, as-of date, sources)
          </label>
        </div>
        <div className="bc-export-row">
          <span
            className={plan.ok ? 'bc-export-size' : 'bc-export-error'}
            data-testid="export-size"
          >
            {plan.text}
          </span>
        </div>
        <div className="bc-export-actions">
          <button
            type="button"
            className="bc-primary"
            disabled={!plan.ok || busy}
            onClick={() => void saveImage()}
          >
            Download {FORMAT_LABELS[format]}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Data</legend>
        <div className="bc-export-row" role="radiogroup" aria-label="Data scope">
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            Whole dataset
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'filtered'}
              disabled={!filtering}
              onChange={() => setScope('filtered')}
            />
            Filtered view{visibleCount ? ` (${visibleCount})` : ''}
          </label>
        </div>
        <div className="bc-export-actions">
          {(Object.keys(DATA_LABELS) as ExportFormat[]).map((k) => (
            <button key={k} type="button" onClick={() => saveData(k)}>
              {DATA_LABELS[k]}
            </button>
          ))}
        </div>
      </fieldset>
      <p
        className={`bc-export-status${status?.kind === 'error' ? ' bc-export-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status?.text ?? ''}
      </p>
      <div className="bc-export-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** A button that opens the Export dialog: `<ExportButton {...exportContext} />`. */
export function ExportButton(props: ExportContext & { label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {props.label ?? 'Export…'}
      </button>
      <ExportDialog {...props} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
