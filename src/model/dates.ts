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
