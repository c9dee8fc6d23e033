/**
 * The sections of the Export dialog, each drawing one part of the plan from `useExportPlan`: the
 * image settings (format, scale, background, area, caption), the size line and download button, the
 * data scope and format buttons, and the status line.
 */
import type { ExportFormat } from '../../formats/index.ts';
import type { ImageBackground, ImageFormat } from '../../cy/export/image.ts';
import {
  BACKGROUND_LABELS,
  DATA_LABELS,
  FORMAT_LABELS,
  SCALES,
  SIZE_PRESETS,
  SIZE_PRESET_LABELS,
  type ExportStatus,
  type SizePreset,
} from './export-plan.ts';
import type { ExportPlan } from './useExportPlan.ts';

interface SectionProps {
  /** The dialog's `useId()`, prefix of the inputs' names and ids. */
  id: string;
  plan: ExportPlan;
}

function FormatRow({ id, plan }: SectionProps) {
  return (
    <div className="bc-export-row" role="radiogroup" aria-label="Image format">
      <span className="bc-export-label">Format</span>
      {(Object.keys(FORMAT_LABELS) as ImageFormat[]).map((f) => (
        <label key={f}>
          <input
            type="radio"
            name={`${id}-format`}
            value={f}
            checked={plan.settings.format === f}
            onChange={() => plan.set({ format: f })}
          />
          {FORMAT_LABELS[f]}
        </label>
      ))}
    </div>
  );
}

function SizeRow({ id, plan }: SectionProps) {
  return (
    <div className="bc-export-row">
      <label className="bc-export-label" htmlFor={`${id}-preset`}>
        Size
      </label>
      <select
        id={`${id}-preset`}
        value={plan.settings.preset}
        onChange={(e) => plan.set({ preset: e.target.value as SizePreset })}
      >
        {SIZE_PRESETS.map((p) => (
          <option key={p} value={p}>
            {SIZE_PRESET_LABELS[p]}
          </option>
        ))}
      </select>
      {plan.settings.preset !== 'custom' && (
        <span className="bc-export-hint">final width; actor labels at least 12 px</span>
      )}
    </div>
  );
}

function ScaleRow({ id, plan }: SectionProps) {
  if (plan.settings.preset !== 'custom') return null;
  return (
    <div className="bc-export-row">
      <label className="bc-export-label" htmlFor={`${id}-scale`}>
        Scale
      </label>
      <select
        id={`${id}-scale`}
        value={plan.settings.scale}
        onChange={(e) => plan.set({ scale: Number(e.target.value) })}
      >
        {SCALES.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <span className="bc-export-hint">pixels per screen pixel at 100% zoom</span>
    </div>
  );
}

function BackgroundRow({ id, plan }: SectionProps) {
  return (
    <div className="bc-export-row" role="radiogroup" aria-label="Background">
      <span className="bc-export-label">Background</span>
      {(Object.keys(BACKGROUND_LABELS) as ImageBackground[]).map((b) => (
        <label key={b}>
          <input
            type="radio"
            name={`${id}-bg`}
            value={b}
            checked={plan.background === b}
            disabled={b === 'transparent' && plan.settings.format === 'jpeg'}
            onChange={() => plan.set({ background: b })}
          />
          {BACKGROUND_LABELS[b]}
        </label>
      ))}
    </div>
  );
}

function AreaRow({ id, plan }: SectionProps) {
  const full = plan.settings.full;
  return (
    <div className="bc-export-row" role="radiogroup" aria-label="Area">
      <span className="bc-export-label">Area</span>
      <label>
        <input
          type="radio"
          name={`${id}-area`}
          checked={full}
          onChange={() => plan.set({ full: true })}
        />
        Whole graph
      </label>
      <label>
        <input
          type="radio"
          name={`${id}-area`}
          checked={!full}
          onChange={() => plan.set({ full: false })}
        />
        Current view
      </label>
    </div>
  );
}

function CaptionRows({ id, plan }: SectionProps) {
  return (
    <>
      <div className="bc-export-row">
        <label>
          <input
            type="checkbox"
            checked={plan.settings.caption}
            onChange={(e) => plan.set({ caption: e.target.checked })}
          />
          Add a caption (title, legend, filters, as-of date, sources)
        </label>
      </div>
      <div className="bc-export-row">
        <label className="bc-export-label" htmlFor={`${id}-credit`}>
          Credit
        </label>
        <input
          id={`${id}-credit`}
          type="text"
          maxLength={200}
          placeholder="e.g. Graphic: A. Name / Paper"
          value={plan.settings.credit}
          disabled={!plan.settings.caption}
          onChange={(e) => plan.set({ credit: e.target.value })}
        />
      </div>
      <div className="bc-export-row">
        <label>
          <input
            type="checkbox"
            checked={plan.settings.keepState}
            onChange={(e) => plan.set({ keepState: e.target.checked })}
          />
          Keep the selection and highlight
        </label>
      </div>
    </>
  );
}

export function ImageSection({ id, plan }: SectionProps) {
  return (
    <fieldset>
      <legend>Image</legend>
      <FormatRow id={id} plan={plan} />
      <SizeRow id={id} plan={plan} />
      <ScaleRow id={id} plan={plan} />
      <BackgroundRow id={id} plan={plan} />
      <AreaRow id={id} plan={plan} />
      <CaptionRows id={id} plan={plan} />
      <div className="bc-export-row">
        <span
          className={plan.size.ok ? 'bc-export-size' : 'bc-export-error'}
          data-testid="export-size"
        >
          {plan.size.text}
        </span>
      </div>
      <div className="bc-export-actions">
        <button
          type="button"
          className="bc-primary"
          disabled={!plan.size.ok || plan.busy}
          onClick={() => void plan.saveImage()}
        >
          Download {FORMAT_LABELS[plan.settings.format]}
        </button>
      </div>
    </fieldset>
  );
}

export function DataSection({ id, plan }: SectionProps) {
  const scope = plan.settings.scope;
  return (
    <fieldset>
      <legend>Data</legend>
      <div className="bc-export-row" role="radiogroup" aria-label="Data scope">
        <label>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === 'all'}
            onChange={() => plan.set({ scope: 'all' })}
          />
          Whole dataset
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === 'filtered'}
            disabled={!plan.filtering}
            onChange={() => plan.set({ scope: 'filtered' })}
          />
          Filtered view{plan.visibleCount ? ` (${plan.visibleCount})` : ''}
        </label>
      </div>
      <div className="bc-export-row">
        <label title="Each actor's Louvain community (seeded, as 'Colours: by community' draws it), as x-community and x-community-name, in the GEXF, GraphML and CSV files (not in Backchannel JSON)">
          <input
            type="checkbox"
            checked={plan.settings.communities}
            onChange={(e) => plan.set({ communities: e.target.checked })}
            data-testid="export-communities"
          />
          Include communities (GEXF, GraphML, CSV)
        </label>
      </div>
      <div className="bc-export-actions">
        {(Object.keys(DATA_LABELS) as ExportFormat[]).map((k) => (
          <button key={k} type="button" onClick={() => plan.saveData(k)}>
            {DATA_LABELS[k]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function StatusLine({ status }: { status: ExportStatus }) {
  return (
    <p
      className={`bc-export-status${status?.kind === 'error' ? ' bc-export-error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {status?.text ?? ''}
    </p>
  );
}
