/** PartialDate: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(value: string): DateParts | undefined {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
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
  return a.length - b.length;
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
