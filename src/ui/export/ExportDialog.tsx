/**
 * The Export dialog: an image of the graph (PNG, JPEG or SVG; scale, background, current view or
 * whole graph, caption) and the data (Backchannel JSON, GEXF, GraphML, CSV) of the whole dataset
 * or of the filtered view. A native <dialog> (modal, Esc closes, focus kept inside).
 *
 * Mount it once where the explorer has its graph controller: see `ExportButton` for the one-line use.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ImageSource } from '../../cy/export/image.ts';
import type { Dataset } from '../../model/schema.ts';
import type { LegendSwatch } from '../../cy/export/caption.ts';
import type { Theme } from '../../cy/palette.ts';
import type { VisibleSets } from './filtered-dataset.ts';
import { DataSection, ImageSection, StatusLine } from './ExportSections.tsx';
import { useExportPlan } from './useExportPlan.ts';
import './export.css';

export interface ExportContext {
  /** The explorer's cytoscape instance, read when needed (null while none is mounted). */
  getSource: () => ImageSource | null | undefined;
  dataset: Dataset;
  /** What the filters leave visible; absent: everything. */
  visible?: VisibleSets;
  /** The active filters in words (for the caption). */
  filters?: string[];
  /** The legend of what is shown (kinds present, with colours and shapes) in a theme's palette. */
  legendFor: (theme: Theme) => LegendSwatch[];
  /** The explorer's theme: the default image background follows it. */
  theme: 'light' | 'dark';
  /** Name of the current view, used in file names ("actors", "events"). */
  viewName?: string;
}

export interface ExportDialogProps extends ExportContext {
  open: boolean;
  onClose: () => void;
}

export function ExportDialog(props: ExportDialogProps) {
  const { open, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const plan = useExportPlan(props);
  const { clearStatus } = plan;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      clearStatus();
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open, clearStatus]);

  return (
    <dialog
      ref={ref}
      className="bc-export-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`}>Export</h2>
      <ImageSection id={id} plan={plan} />
      <DataSection id={id} plan={plan} />
      <StatusLine status={plan.status} />
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
