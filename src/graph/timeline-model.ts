/**
 * The timeline strip and its play control, as numbers: where each dated relation sits (its span of
 * days, partial dates covering their whole month or year), the ticks (months or years, from the
 * data), rows so that overlapping spans do not cover each other, and what is visible at each step
 * of the play control. Pure functions over `timeline()` (src/graph/timeline.ts).
 */
import type { Dataset } from '../model/schema.ts';
import {
  dateWords,
  dayNumber,
  dayString,
  endOf,
  MONTH_NAMES as MONTHS,
  precisionOf,
  spanWords,
  startOf,
  type DatePrecision,
} from '../model/dates.ts';
import { presenceAt, presenceIndex } from './met.ts';
import type { Timeline } from './timeline.ts';

/** Day number of the first day of month `m` (0-based; may run past 11) of year `y`. */
function firstOfMonth(y: number, m: number): number {
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}

/** Year and 0-based month of a day number. */
function yearMonth(day: number): { y: number; m: number } {
  const s = dayString(day);
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)) - 1 };
}

export interface StripItem {
  relation: string;
  date: string;
  endDate?: string;
  /** `endDate` alone ("by then"): `date` is that end date, the start unknown. */
  byThen?: true;
  /** The dates in words, as readers see them: "Oct 2025", "by Oct 2025", "around Oct 2025". */
  when: string;
  precision: DatePrecision;
  /** Left and right edges in [0, 1] of the strip (right: the end of the last day covered). */
  x0: number;
  x1: number;
  /** Row, from 0: items whose spans overlap go to different rows. */
  row: number;
}

export interface Tick {
  /** In [0, 1]. */
  x: number;
  label: string;
  /** A year boundary (drawn stronger). */
  major: boolean;
  /** With month ticks: the year, shown under the month at the first tick and each January. */
  year?: string;
}

export interface Strip {
  items: StripItem[];
  ticks: Tick[];
  rows: number;
  /** The first and last day shown (`YYYY-MM-DD`). */
  from: string;
  to: string;
}

/** A partial date as people read it: "2025", "Oct 2025", "9 Oct 2025", "around Oct 2025" (`dateWords`). */
export function formatPartialDate(value: string): string {
  return dateWords(value);
}

/**
 * A relation's date as shown: "Oct 2025", or "9 Oct 2025 – 12 Oct 2025" with an end date; with no
 * start, "by Oct 2025" (`spanWords`).
 */
export function formatSpan(date: string | undefined, endDate?: string): string {
  return spanWords(date === undefined ? { endDate } : { date, endDate }) ?? '';
}

/**
 * The strip of a timeline. Its domain runs from the first day of the earliest month to the last day
 * of the latest month covered; ticks fall on each month (each year when the domain spans more than
 * three years, with a label every `n` years so that at most about 12 labels show).
 */
export function strip(t: Timeline): Strip {
  if (t.dated.length === 0) return { items: [], ticks: [], rows: 0, from: '', to: '' };
  let lo = Infinity;
  let hi = -Infinity;
  const spans = t.dated.map((e) => {
    const s = dayNumber(startOf(e.date) ?? e.date);
    const end = dayNumber(endOf(e.endDate ?? e.date) ?? e.date) + 1;
    lo = Math.min(lo, s);
    hi = Math.max(hi, end);
    return [s, end] as const;
  });
  // Whole months at both ends (day arithmetic of model/dates.ts: years 0–99 are right).
  const first = yearMonth(lo);
  const last = yearMonth(hi - 1);
  const d0 = firstOfMonth(first.y, first.m);
  const d1 = firstOfMonth(last.y, last.m + 1);
  const width = d1 - d0;
  const x = (day: number): number => (day - d0) / width;

  const ticks: Tick[] = [];
  const years = last.y - first.y;
  if (years > 3) {
    const every = Math.max(1, Math.ceil((years + 1) / 12));
    for (let y = first.y; y <= last.y + 1; y++) {
      const day = firstOfMonth(y, 0);
      if (day < d0 || day > d1) continue;
      ticks.push({
        x: x(day),
        label: (y - first.y) % every === 0 ? String(y) : '',
        major: true,
      });
    }
  } else {
    const months = (last.y - first.y) * 12 + last.m - first.m + 1;
    const every = Math.max(1, Math.ceil(months / 12));
    for (let i = 0; i <= months; i++) {
      const day = firstOfMonth(first.y, first.m + i);
      const { y, m: month } = yearMonth(day);
      const major = month === 0 || i === 0;
      const label = i === months || i % every !== 0 ? '' : (MONTHS[month] ?? '');
      const tick: Tick = { x: x(day), label, major };
      // The year on a second line, at the first month shown and at each January.
      if (major && i < months) tick.year = String(y);
      ticks.push(tick);
    }
  }

  // Rows: greedy, in time order (the timeline's), each item in the first row free at its start.
  const rowEnds: number[] = [];
  const items: StripItem[] = t.dated.map((e, i) => {
    const [s, end] = spans[i] as readonly [number, number];
    let row = rowEnds.findIndex((r) => r <= s);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else rowEnds[row] = end;
    const item: StripItem = {
      relation: e.relation,
      date: e.date,
      when: e.byThen ? formatSpan(undefined, e.date) : formatSpan(e.date, e.endDate),
      precision: precisionOf(e.date) ?? 'day',
      x0: x(s),
      x1: x(end),
      row,
    };
    if (e.endDate !== undefined) item.endDate = e.endDate;
    if (e.byThen) item.byThen = true;
    return item;
  });
  return { items, ticks, rows: rowEnds.length, from: dayString(d0), to: dayString(d1 - 1) };
}

/** The frames of the play control: before anything, each date step, then (optionally) the undated. */
/** The ids shown at a frame: membership, count and the ids in order of appearance. */
export interface FrameSet extends Iterable<string> {
  has(id: string): boolean;
  readonly size: number;
}

/**
 * The ids that appeared up to frame `k`: backed by each id's first frame, so that every frame shares
 * one map (frames cost O(1) each, not a copy of everything shown so far).
 */
class UpTo implements FrameSet {
  constructor(
    private readonly first: ReadonlyMap<string, number>,
    private readonly order: readonly string[],
    readonly size: number,
    private readonly k: number,
  ) {}

  has(id: string): boolean {
    const f = this.first.get(id);
    return f !== undefined && f <= this.k;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.order.slice(0, this.size)[Symbol.iterator]();
  }
}

export interface PlayFrame {
  /** "as of" label: the step's date, "start", or "undated". */
  label: string;
  /** The date of the step (undefined for the start and the undated frame). */
  date?: string;
  /** Relations visible in this frame. */
  relations: FrameSet;
  /** Actors visible in this frame: those present at a visible relation (all actors at the end). */
  actors: FrameSet;
  /** The relations this frame adds. */
  added: string[];
}

/**
 * The frames of the play control. Frame 0 shows nothing; frame k (1 ≤ k ≤ steps) shows the relations
 * dated up to the k-th distinct date and the actors present at them (participants and members of
 * participating delegations); with `withUndated`, a last frame adds the undated relations and every
 * remaining actor. O(R + A + presences) for all frames together.
 */
export function playFrames(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  t: Timeline,
  withUndated: boolean,
): PlayFrame[] {
  const index = presenceIndex(dataset.actors);
  const byId = new Map(dataset.relations.map((r) => [r.id, r]));
  const relFirst = new Map<string, number>();
  const relOrder: string[] = [];
  const actFirst = new Map<string, number>();
  const actOrder: string[] = [];
  const frameOf = (k: number, label: string, added: string[], date?: string): PlayFrame => {
    const f: PlayFrame = {
      label,
      relations: new UpTo(relFirst, relOrder, relOrder.length, k),
      actors: new UpTo(actFirst, actOrder, actOrder.length, k),
      added,
    };
    if (date !== undefined) f.date = date;
    return f;
  };
  const addActor = (id: string, k: number): void => {
    if (actFirst.has(id)) return;
    actFirst.set(id, k);
    actOrder.push(id);
  };
  const add = (id: string, k: number): void => {
    if (relFirst.has(id)) return;
    relFirst.set(id, k);
    relOrder.push(id);
    const r = byId.get(id);
    if (r) for (const p of presenceAt(r, index)) addActor(p.actor, k);
  };
  const frames: PlayFrame[] = [frameOf(0, 'start', [])];
  t.steps.forEach((step, i) => {
    for (const id of step.relations) add(id, i + 1);
    frames.push(
      frameOf(
        i + 1,
        step.byThen ? formatSpan(undefined, step.date) : formatPartialDate(step.date),
        [...step.relations],
        step.date,
      ),
    );
  });
  if (withUndated && (t.undated.length > 0 || actOrder.length < dataset.actors.length)) {
    const k = frames.length;
    for (const id of t.undated) add(id, k);
    for (const a of dataset.actors) addActor(a.id, k);
    frames.push(frameOf(k, 'undated', [...t.undated]));
  }
  return frames;
}
