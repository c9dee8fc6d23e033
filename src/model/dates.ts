/**
 * PartialDate: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date, optionally ending with one
 * qualifier of ISO 8601-2 / EDTF level 1: `~` approximate, `?` uncertain, `%` both. A qualified date
 * covers the same days as the date without it (it sorts and filters by them); readers see the
 * qualifier in words (`dateWords`).
 */

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** The qualifiers a partial date may end with. */
export const DATE_QUALIFIERS = ['~', '?', '%'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  qualifier?: DateQualifier;
}

export function parsePartialDate(value: string): DateParts | undefined {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const q = m[4] as DateQualifier | undefined;
  const parts: DateParts = { year };
  if (q !== undefined) parts.qualifier = q;
  if (m[2] === undefined) return parts;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  parts.month = month;
  if (m[3] === undefined) return parts;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  parts.day = day;
  return parts;
}

/** The qualifier a partial date ends with, if any. */
export function qualifierOf(value: string): DateQualifier | undefined {
  const last = value[value.length - 1];
  return last === '~' || last === '?' || last === '%' ? last : undefined;
}

/** Whether a date is marked approximate (`~` or `%`). */
export function isApproximate(value: string): boolean {
  const q = qualifierOf(value);
  return q === '~' || q === '%';
}

/** Whether a date is marked uncertain (`?` or `%`). */
export function isUncertain(value: string): boolean {
  const q = qualifierOf(value);
  return q === '?' || q === '%';
}

/** The date without its qualifier. */
export function withoutQualifier(value: string): string {
  return qualifierOf(value) === undefined ? value : value.slice(0, -1);
}

const BASE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/**
 * Why a string is not a well-formed partial date (its form only; `isPartialDate` also checks the
 * calendar), in words for a validation message, or undefined when its form is right.
 */
export function partialDateFormProblem(value: string): string | undefined {
  if (PARTIAL_DATE_PATTERN.test(value)) return undefined;
  const base = BASE_PATTERN.exec(value)?.[0];
  const rest = base === undefined ? undefined : value.slice(base.length);
  if (base !== undefined && rest !== undefined && rest !== '' && !/^[-\d]/.test(rest)) {
    const shown = JSON.stringify(rest).slice(1, -1);
    return /^[~?%]{2,}$/.test(rest)
      ? `has ${rest.length} date qualifiers '${shown}': a date may end with one qualifier only — ~ (approximate), ? (uncertain) or % (both)`
      : `has an unknown date qualifier '${shown}' — a date may end with ~ (approximate), ? (uncertain) or % (both)`;
  }
  return 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD, optionally ending with one qualifier: ~ (approximate), ? (uncertain) or % (both)';
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

export function precisionOf(value: string): DatePrecision | undefined {
  const p = parsePartialDate(value);
  if (!p) return undefined;
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** First day covered by a partial date, as `YYYY-MM-DD`. */
export function startOf(value: string): string | undefined {
  const p = parsePartialDate(value);
  if (!p) return undefined;
  return `${pad(p.year, 4)}-${pad(p.month ?? 1, 2)}-${pad(p.day ?? 1, 2)}`;
}

/** Last day covered by a partial date, as `YYYY-MM-DD`. */
export function endOf(value: string): string | undefined {
  const p = parsePartialDate(value);
  if (!p) return undefined;
  const month = p.month ?? 12;
  const day = p.day ?? daysInMonth(p.year, month);
  return `${pad(p.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Orders two partial dates by the first day each covers (ties: the less precise first).
 * Returns a negative number, zero or a positive number.
 */
export function comparePartialDates(a: string, b: string): number {
  const sa = startOf(a) ?? a;
  const sb = startOf(b) ?? b;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return withoutQualifier(a).length - withoutQualifier(b).length;
}

/**
 * `endDate ≥ date` for partial dates: the end is too early only when the last day it covers is
 * before the first day the start covers ("2025-10" may end a relation dated "2025-10-09").
 */
export function endIsBeforeStart(date: string, endDate: string): boolean {
  const s = startOf(date);
  const e = endOf(endDate);
  if (s === undefined || e === undefined) return false;
  return e < s;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` string, by arithmetic on the proleptic Gregorian
 * calendar (Howard Hinnant's `days_from_civil`): right for every year 0000–9999, where `Date.UTC`
 * would read the years 0–99 as 1900–1999.
 */
export function dayNumber(ymd: string): number {
  const y0 = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(5, 7));
  const d = Number(ymd.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` of a day number (the inverse of `dayNumber`; Hinnant's `civil_from_days`). */
export function dayString(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The days a relation covers (see `relationSpan`). */
export interface RelationSpan {
  /** First day covered, `YYYY-MM-DD`; with `byThen`, the first day its `endDate` covers. */
  start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  end: string;
  /** `start` and `end` as day numbers (`dayNumber`). */
  first: number;
  last: number;
  /**
   * `endDate` without `date` ("by October 2025"): it happened on some day up to `end`, its start
   * unknown. It is placed (timeline, sorting) on the days its `endDate` covers.
   */
  byThen: boolean;
  /** Either date is marked approximate (`~`, `%`). */
  approximate: boolean;
  /** Either date is marked uncertain (`?`, `%`). */
  uncertain: boolean;
}

/**
 * The days a relation covers: from the first day of `date` to the last day of `endDate ?? date`;
 * with `endDate` alone, the days `endDate` covers, marked `byThen`. Qualifiers change nothing of the
 * days (they are read as flags). Undefined when it has no date, or a date that is not a partial date.
 */
export function relationSpan(r: { date?: string; endDate?: string }): RelationSpan | undefined {
  const from = r.date ?? r.endDate;
  if (from === undefined) return undefined;
  const start = startOf(from);
  const end = endOf(r.endDate ?? from);
  if (start === undefined || end === undefined) return undefined;
  const dates = r.date !== undefined && r.endDate !== undefined ? [r.date, r.endDate] : [from];
  return {
    start,
    end,
    first: dayNumber(start),
    last: dayNumber(end),
    byThen: r.date === undefined,
    approximate: dates.some(isApproximate),
    uncertain: dates.some(isUncertain),
  };
}

/** Whether a relation has a date of any kind (`date`, or `endDate` alone). */
export function isDated(r: { date?: string; endDate?: string }): boolean {
  return r.date !== undefined || r.endDate !== undefined;
}

/** Month abbreviations, January first, as readers see them. */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A partial date as people read it, its qualifier in words: "2025", "Oct 2025", "9 Oct 2025";
 * "around Oct 2025" (`~`), "Oct 2025?" (`?`), "around Oct 2025?" (`%`). A value that is not a
 * partial date is returned as it is.
 */
export function dateWords(value: string): string {
  const p = parsePartialDate(value);
  if (!p) return value;
  const y = String(p.year);
  const m = p.month === undefined ? undefined : MONTH_NAMES[p.month - 1];
  const base = m === undefined ? y : p.day === undefined ? `${m} ${y}` : `${p.day} ${m} ${y}`;
  switch (p.qualifier) {
    case undefined:
      return base;
    case '~':
      return `around ${base}`;
    case '?':
      return `${base}?`;
    case '%':
      return `around ${base}?`;
  }
}

/**
 * A relation's dates in words: "Oct 2025", "9 Oct 2025 – 12 Oct 2025", "by Oct 2025" (`endDate`
 * alone), "around Oct 2025", "Oct 2025?"; undefined when it has no date.
 */
export function spanWords(r: { date?: string; endDate?: string }): string | undefined {
  if (r.date === undefined)
    return r.endDate === undefined ? undefined : `by ${dateWords(r.endDate)}`;
  if (r.endDate === undefined || r.endDate === r.date) return dateWords(r.date);
  return `${dateWords(r.date)} – ${dateWords(r.endDate)}`;
}
