import { describe, expect, it } from 'vitest';
import { relationsUpTo, timeline } from '../../../src/graph/timeline.ts';
import { loadFixture } from './load-fixture.ts';

describe('timeline', () => {
  const t = timeline(loadFixture('paths-timeline'));

  it('orders dated relations by first day, then the less precise first, ties in dataset order', () => {
    expect(t.dated.map((e) => `${e.relation}@${e.date}`)).toEqual([
      'r10@2024-06-01',
      'r13@2024-06-01',
      'r11@2024-06-02',
      'r14@2024-06-02',
      'r12@2024-06-03',
      'r15@2025',
      'r16@2025-01-01',
      'r2@2025-01-05',
      'r1@2025-01-10',
      'r3@2025-02',
      'r4@2025-02-15',
      'r7@2025-03-01',
      'r8@2025-03-02',
      'r9@2025-04',
    ]);
    expect(t.dated.find((e) => e.relation === 'r9')?.endDate).toBe('2025-05-10');
  });

  it('returns undated relations apart, in dataset order', () => {
    expect(t.undated).toEqual(['r5', 'r6']);
  });

  it('gives one step per distinct date, with cumulative counts for the play control', () => {
    expect(t.steps.map((s) => [s.date, s.relations, s.cumulative])).toEqual([
      ['2024-06-01', ['r10', 'r13'], 2],
      ['2024-06-02', ['r11', 'r14'], 4],
      ['2024-06-03', ['r12'], 5],
      ['2025', ['r15'], 6],
      ['2025-01-01', ['r16'], 7],
      ['2025-01-05', ['r2'], 8],
      ['2025-01-10', ['r1'], 9],
      ['2025-02', ['r3'], 10],
      ['2025-02-15', ['r4'], 11],
      ['2025-03-01', ['r7'], 12],
      ['2025-03-02', ['r8'], 13],
      ['2025-04', ['r9'], 14],
    ]);
  });

  it('relationsUpTo grows step by step, with the undated ones on request', () => {
    expect(relationsUpTo(t, -1)).toEqual([]);
    expect(relationsUpTo(t, 0)).toEqual(['r10', 'r13']);
    expect(relationsUpTo(t, 2)).toEqual(['r10', 'r13', 'r11', 'r14', 'r12']);
    expect(relationsUpTo(t, 99)).toHaveLength(14);
    expect(relationsUpTo(t, 0, true)).toEqual(['r10', 'r13', 'r5', 'r6']);
  });

  it('is empty for a dataset without relations', () => {
    expect(timeline({ relations: [] })).toEqual({ dated: [], undated: [], steps: [] });
  });
});

describe('"by then" and qualified dates on the timeline', () => {
  const rel = (id: string, dates: { date?: string; endDate?: string }) => ({
    id,
    kind: 'meeting' as const,
    participants: [{ actor: 'a' }, { actor: 'b' }],
    ...dates,
  });
  const t = timeline({
    relations: [
      rel('late', { date: '2025-11-02' }),
      rel('by-oct', { endDate: '2025-10' }),
      rel('oct', { date: '2025-10' }),
      rel('around-oct', { date: '2025-10~' }),
      rel('day', { date: '2025-10-01?' }),
      rel('none', {}),
    ],
  });

  it('places an endDate alone by its days, marked by-then, and never as undated', () => {
    expect(t.undated).toEqual(['none']);
    expect(t.dated.find((e) => e.relation === 'by-oct')).toEqual({
      relation: 'by-oct',
      kind: 'meeting',
      date: '2025-10',
      byThen: true,
    });
  });

  it('sorts qualified dates by the days they cover, the qualifier ignored', () => {
    expect(t.dated.map((e) => e.relation)).toEqual(['by-oct', 'oct', 'around-oct', 'day', 'late']);
  });

  it('gives "by then" relations a step of their own', () => {
    expect(t.steps.map((s) => [s.date, s.byThen ?? false])).toEqual([
      ['2025-10', true],
      ['2025-10', false],
      ['2025-10~', false],
      ['2025-10-01?', false],
      ['2025-11-02', false],
    ]);
  });
});
