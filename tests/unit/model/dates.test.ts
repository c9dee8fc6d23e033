/** Partial dates: qualifiers, day numbers (years 0–99 included), relation spans and dates in words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dateWords,
  dayNumber,
  dayString,
  endIsBeforeStart,
  isApproximate,
  isPartialDate,
  isUncertain,
  parsePartialDate,
  partialDateFormProblem,
  qualifierOf,
  relationSpan,
  spanWords,
  withoutQualifier,
} from '../../../src/model/dates.ts';

/** The day number by the Date object (setUTCFullYear takes years 0–99 as they are). */
function byDate(ymd: string): number {
  const d = new Date(0);
  d.setUTCFullYear(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10));
  return Math.round(d.getTime() / 86_400_000);
}

describe('qualifiers', () => {
  it('parse on every precision, and change nothing of the date', () => {
    expect(parsePartialDate('2025-10~')).toEqual({ year: 2025, month: 10, qualifier: '~' });
    expect(parsePartialDate('2025?')).toEqual({ year: 2025, qualifier: '?' });
    expect(parsePartialDate('2025-10-09%')).toEqual({
      year: 2025,
      month: 10,
      day: 9,
      qualifier: '%',
    });
    expect(parsePartialDate('2025-10')).toEqual({ year: 2025, month: 10 });
    expect(isPartialDate('2025-02-29~')).toBe(false);
    expect(isPartialDate('2025-10~?')).toBe(false);
    expect(isPartialDate('~2025')).toBe(false);
  });

  it('are read as flags', () => {
    expect([qualifierOf('2025~'), qualifierOf('2025?'), qualifierOf('2025')]).toEqual([
      '~',
      '?',
      undefined,
    ]);
    expect(['2025~', '2025?', '2025%', '2025'].map(isApproximate)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(['2025~', '2025?', '2025%', '2025'].map(isUncertain)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(withoutQualifier('2025-10%')).toBe('2025-10');
  });

  it('a wrong qualifier is named in words', () => {
    expect(partialDateFormProblem('2025-10')).toBeUndefined();
    expect(partialDateFormProblem('2025-10!')).toMatch(/unknown date qualifier '!'/);
    expect(partialDateFormProblem('2025~~')).toMatch(/2 date qualifiers '~~'/);
    expect(partialDateFormProblem('10/2025')).toMatch(/^must be a date as YYYY/);
    expect(partialDateFormProblem('2025-1')).toMatch(/^must be a date as YYYY/);
  });

  it('sort and compare by the days they cover', () => {
    expect(comparePartialDates('2025-10~', '2025-10-01')).toBeLessThan(0);
    expect(comparePartialDates('2025-10~', '2025-10')).toBe(0);
    expect(endIsBeforeStart('2025-10-09', '2025-09%')).toBe(true);
    expect(endIsBeforeStart('2025-10-09?', '2025-10~')).toBe(false);
  });
});

describe('dayNumber and dayString', () => {
  it('are right for the years 0–99 (Date.UTC would give 1900–1999)', () => {
    expect(dayNumber('0000-01-01')).toBe(-719528);
    expect(dayNumber('0099-12-31')).toBe(byDate('0099-12-31'));
    expect(dayNumber('0050-06-15')).not.toBe(Date.UTC(50, 5, 15) / 86_400_000);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-02-29')).toBe(11016);
    expect(dayString(dayNumber('0004-02-29'))).toBe('0004-02-29');
  });

  it('agree with the Date object and invert each other on every day of years 0–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719528, max: 2932896 }), (n) => {
        const s = dayString(n);
        expect(dayNumber(s)).toBe(n);
        expect(byDate(s)).toBe(n);
        expect(isPartialDate(s)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('relationSpan', () => {
  it('covers the days of the date through the last day of the end date', () => {
    expect(relationSpan({ date: '2024-02' })).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
      first: dayNumber('2024-02-01'),
      last: dayNumber('2024-02-29'),
      byThen: false,
      approximate: false,
      uncertain: false,
    });
    expect(relationSpan({ date: '2025', endDate: '2026-01-05' })).toMatchObject({
      start: '2025-01-01',
      end: '2026-01-05',
    });
    expect(relationSpan({})).toBeUndefined();
    expect(relationSpan({ date: 'soon' })).toBeUndefined();
  });

  it('places "by then" (endDate alone) on the days its end covers, marked', () => {
    expect(relationSpan({ endDate: '2025-10' })).toMatchObject({
      start: '2025-10-01',
      end: '2025-10-31',
      byThen: true,
    });
  });

  it('reads qualifiers as flags, the days unchanged', () => {
    expect(relationSpan({ date: '2025-10~' })).toMatchObject({
      start: '2025-10-01',
      end: '2025-10-31',
      approximate: true,
      uncertain: false,
    });
    expect(relationSpan({ date: '2025-10-01', endDate: '2025-10-05?' })).toMatchObject({
      approximate: false,
      uncertain: true,
    });
    expect(relationSpan({ date: '0012-03%' })).toMatchObject({
      first: byDate('0012-03-01'),
      last: byDate('0012-03-31'),
      approximate: true,
      uncertain: true,
    });
  });
});

describe('dates in words', () => {
  it('say the qualifier', () => {
    expect(dateWords('2025')).toBe('2025');
    expect(dateWords('2025-10')).toBe('Oct 2025');
    expect(dateWords('2025-10-09')).toBe('9 Oct 2025');
    expect(dateWords('2025-10~')).toBe('around Oct 2025');
    expect(dateWords('2025-10?')).toBe('Oct 2025?');
    expect(dateWords('2025-10%')).toBe('around Oct 2025?');
    expect(dateWords('0033')).toBe('33');
    expect(dateWords('not a date')).toBe('not a date');
  });

  it('say "by then" for an end date alone, and spans with a dash', () => {
    expect(spanWords({ endDate: '2025-10' })).toBe('by Oct 2025');
    expect(spanWords({ endDate: '2025-10~' })).toBe('by around Oct 2025');
    expect(spanWords({ date: '2025-10-09', endDate: '2025-10-12' })).toBe(
      '9 Oct 2025 – 12 Oct 2025',
    );
    expect(spanWords({ date: '2025-10', endDate: '2025-10' })).toBe('Oct 2025');
    expect(spanWords({})).toBeUndefined();
  });
});
