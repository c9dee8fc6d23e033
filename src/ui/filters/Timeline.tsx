/**
 * The date range with a timeline: relations per month as bars, two sliders (first and last month)
 * and two date fields for exact days. Undated relations have their own switch: never dropped silently.
 */
import { useMemo } from 'react';
import { dateExtent, type Filters } from '../../graph/filters.ts';
import type { Dataset } from '../../model/schema.ts';
import { endOf, relationSpan } from '../../model/dates.ts';
import { useAppState } from '../state/store.ts';
import { setDateRange, setShowUndated } from '../state/actions/filters.ts';

function monthsBetween(min: string, max: string): string[] {
  const out: string[] = [];
  let y = Number(min.slice(0, 4));
  let m = Number(min.slice(5, 7));
  const endY = Number(max.slice(0, 4));
  const endM = Number(max.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The months from the first dated relation to the last, and how many relations start in each. */
function monthCounts(dataset: Dataset) {
  const ext = dateExtent(dataset.relations);
  if (ext.min === undefined || ext.max === undefined) return { ext, months: [], counts: [] };
  const months = monthsBetween(ext.min, ext.max);
  const counts = months.map(() => 0);
  for (const r of dataset.relations) {
    const span = relationSpan(r);
    if (!span) continue;
    const i = months.indexOf(span.start.slice(0, 7));
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return { ext, months, counts };
}

type Extent = ReturnType<typeof dateExtent>;

interface RangeProps {
  months: readonly string[];
  filters: Filters;
  /** The indices of the first and last month in the range. */
  fromIndex: number;
  toIndex: number;
}

export function Timeline() {
  const dataset = useAppState((s) => s.data.dataset);
  const filters = useAppState((s) => s.filters);
  const info = useMemo(() => (dataset ? monthCounts(dataset) : undefined), [dataset]);
  if (!info) return null;
  const { ext, months, counts } = info;
  const fromIndex = filters.from ? Math.max(0, months.indexOf(filters.from.slice(0, 7))) : 0;
  const toIndex = filters.to
    ? Math.max(0, months.indexOf(filters.to.slice(0, 7)))
    : months.length - 1;
  const range = { months, filters, fromIndex, toIndex };
  return (
    <fieldset className="timeline">
      <legend>Dates</legend>
      {months.length > 0 ? (
        <>
          <MonthBars {...range} counts={counts} />
          <MonthSliders {...range} />
          <DateFields filters={filters} ext={ext} />
          {(filters.from || filters.to) && (
            <button type="button" onClick={() => setDateRange(undefined, undefined)}>
              All dates
            </button>
          )}
        </>
      ) : (
        <p className="muted">No relation has a date.</p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={filters.showUndated}
          onChange={(e) => setShowUndated(e.target.checked)}
          data-testid="show-undated"
        />
        Show undated relations ({ext.undated})
      </label>
    </fieldset>
  );
}

function MonthBars({ months, counts, fromIndex, toIndex }: RangeProps & { counts: number[] }) {
  const max = Math.max(1, ...counts);
  return (
    <svg
      className="timeline-bars"
      viewBox={`0 0 ${months.length * 10} 40`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Relations per month from ${months[0]} to ${months[months.length - 1]}`}
    >
      {counts.map((c, i) => (
        <rect
          key={months[i]}
          x={i * 10 + 1}
          width={8}
          y={40 - (c / max) * 38}
          height={(c / max) * 38}
          className={i >= fromIndex && i <= toIndex ? 'bar in' : 'bar'}
        >
          <title>{`${months[i]}: ${c}`}</title>
        </rect>
      ))}
    </svg>
  );
}

function MonthSliders({ months, filters, fromIndex, toIndex }: RangeProps) {
  const monthStart = (i: number): string | undefined => (i <= 0 ? undefined : `${months[i]}-01`);
  const monthEnd = (i: number): string | undefined =>
    i >= months.length - 1 ? undefined : endOf(months[i] ?? '');
  return (
    <div className="range-row">
      <label>
        From month
        <input
          type="range"
          min={0}
          max={months.length - 1}
          value={fromIndex}
          aria-valuetext={months[fromIndex]}
          data-testid="range-from"
          onChange={(e) => {
            const i = Math.min(Number(e.target.value), toIndex);
            setDateRange(monthStart(i), filters.to);
          }}
        />
      </label>
      <label>
        To month
        <input
          type="range"
          min={0}
          max={months.length - 1}
          value={toIndex}
          aria-valuetext={months[toIndex]}
          data-testid="range-to"
          onChange={(e) => {
            const i = Math.max(Number(e.target.value), fromIndex);
            setDateRange(filters.from, monthEnd(i));
          }}
        />
      </label>
    </div>
  );
}

function DateFields({ filters, ext }: { filters: Filters; ext: Extent }) {
  return (
    <div className="range-row">
      <label>
        From
        <input
          type="date"
          value={filters.from ?? ''}
          min={ext.min}
          max={ext.max}
          data-testid="date-from"
          onChange={(e) => setDateRange(e.target.value || undefined, filters.to)}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filters.to ?? ''}
          min={ext.min}
          max={ext.max}
          data-testid="date-to"
          onChange={(e) => setDateRange(filters.from, e.target.value || undefined)}
        />
      </label>
    </div>
  );
}
