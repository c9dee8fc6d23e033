/**
 * The relations in time: dated ones ordered by date (partial dates by the first day they cover, then the
 * less precise first: "2025-10" before "2025-10-01"; ties keep dataset order; qualifiers change nothing;
 * a "by then" relation, `endDate` alone, is placed by its `endDate`), undated ones apart, and
 * the distinct dates as steps for a "play" control that grows the network through time.
 * O(R log R).
 */
import type { Dataset, Relation } from '../model/schema.ts';
import { startOf, withoutQualifier } from '../model/dates.ts';

export interface TimelineEntry {
  relation: string;
  kind: Relation['kind'];
  /** The date it is placed by: its `date`, or for a "by then" relation its `endDate`. */
  date: string;
  /** Its `endDate`, when it has a `date` too. */
  endDate?: string;
  /**
   * `endDate` alone ("by October 2025"): it happened on some day up to the end of `date`, its start
   * unknown; placed on the days `date` covers, and shown "by Oct 2025".
   */
  byThen?: true;
}

export interface TimelineStep {
  /** A distinct date, as written in the data (partial dates are their own steps). */
  date: string;
  /** The step of "by then" relations (`endDate` alone) placed by `date`: shown "by Oct 2025". */
  byThen?: true;
  /** The relations with that date, in timeline order. */
  relations: string[];
  /** The number of dated relations shown once this step is reached (this step's and every earlier one's). */
  cumulative: number;
}

export interface Timeline {
  /** Dated relations in time order. */
  dated: TimelineEntry[];
  /** Ids of relations without a date, in dataset order: shown apart, never dropped. */
  undated: string[];
  steps: TimelineStep[];
}

export function timeline(dataset: Pick<Dataset, 'relations'>): Timeline {
  const dated: TimelineEntry[] = [];
  const undated: string[] = [];
  for (const r of dataset.relations) {
    if (r.date === undefined) {
      if (r.endDate === undefined) undated.push(r.id);
      else dated.push({ relation: r.id, kind: r.kind, date: r.endDate, byThen: true });
      continue;
    }
    const entry: TimelineEntry = { relation: r.id, kind: r.kind, date: r.date };
    if (r.endDate !== undefined) entry.endDate = r.endDate;
    dated.push(entry);
  }
  // By first day covered, then precision (the length of the partial date); sort is stable, so equal
  // dates keep dataset order. Same order as comparePartialDates, with the keys computed once.
  const key = new Map(
    dated.map((e) => [
      e,
      `${startOf(e.date) ?? e.date}|${String(withoutQualifier(e.date).length).padStart(2, '0')}`,
    ]),
  );
  dated.sort((x, y) => {
    const kx = key.get(x) as string;
    const ky = key.get(y) as string;
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
  const steps: TimelineStep[] = [];
  for (const e of dated) {
    const last = steps[steps.length - 1];
    if (last && last.date === e.date && last.byThen === e.byThen) {
      last.relations.push(e.relation);
      last.cumulative++;
    } else {
      const step: TimelineStep = {
        date: e.date,
        relations: [e.relation],
        cumulative: (last?.cumulative ?? 0) + 1,
      };
      if (e.byThen) step.byThen = true;
      steps.push(step);
    }
  }
  return { dated, undated, steps };
}

/**
 * The relation ids visible at a step of the play control: every dated relation up to and including
 * step `stepIndex` (none before step 0), plus the undated ones when `withUndated` is set.
 */
export function relationsUpTo(t: Timeline, stepIndex: number, withUndated = false): string[] {
  const step = t.steps[Math.min(stepIndex, t.steps.length - 1)];
  const dated =
    stepIndex < 0 || !step ? [] : t.dated.slice(0, step.cumulative).map((e) => e.relation);
  return withUndated ? [...dated, ...t.undated] : dated;
}
