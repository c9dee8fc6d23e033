import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  formatSpan,
  playFrames,
  strip,
} from '../../../src/graph/timeline-model.ts';
import { timeline } from '../../../src/graph/timeline.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { loadGaza, must } from './gaza.ts';

const gaza = loadGaza();

const small: Dataset = {
  schemaVersion: 1,
  id: 'small',
  title: 'Small',
  sources: [],
  actors: [
    { id: 'a', name: 'A', kind: 'person' },
    { id: 'b', name: 'B', kind: 'person' },
    { id: 'c', name: 'C', kind: 'person' },
    { id: 'd', name: 'D', kind: 'person' },
  ],
  relations: [
    {
      id: 'r3',
      kind: 'meeting',
      date: '2025-03-10',
      participants: [{ actor: 'b' }, { actor: 'c' }],
    },
    { id: 'r1', kind: 'meeting', date: '2025-01', participants: [{ actor: 'a' }, { actor: 'b' }] },
    {
      id: 'r2',
      kind: 'meeting',
      date: '2025-01-15',
      participants: [{ actor: 'a' }, { actor: 'c' }],
    },
    { id: 'u', kind: 'meeting', participants: [{ actor: 'c' }, { actor: 'd' }] },
  ],
};

describe('formatPartialDate', () => {
  it('says each precision as people read it', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-10')).toBe('Oct 2025');
    expect(formatPartialDate('2025-10-09')).toBe('9 Oct 2025');
    expect(formatSpan('2025-10-09', '2025-10-12')).toBe('9 Oct 2025 – 12 Oct 2025');
  });
});

describe('strip', () => {
  it('places partial dates over the whole span they cover, on whole months', () => {
    const s = strip(timeline(small));
    expect(s.from).toBe('2025-01-01');
    expect(s.to).toBe('2025-03-31');
    const r1 = must(s.items.find((i) => i.relation === 'r1'));
    expect(r1.precision).toBe('month');
    expect(r1.x0).toBe(0);
    expect(r1.x1).toBeCloseTo(31 / 90);
    // r2 falls inside January: it goes to its own row.
    const r2 = must(s.items.find((i) => i.relation === 'r2'));
    expect(r2.row).toBe(1);
    expect(r2.x0).toBeCloseTo(14 / 90);
    const r3 = must(s.items.find((i) => i.relation === 'r3'));
    expect(r3.row).toBe(0);
    expect(s.rows).toBe(2);
    expect(s.items.map((i) => i.relation)).not.toContain('u');
  });

  it('ticks each month, labelled, with the year under the first', () => {
    const s = strip(timeline(small));
    expect(s.ticks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar', '']);
    expect(s.ticks.map((t) => t.year)).toEqual(['2025', undefined, undefined, undefined]);
    expect(s.ticks[3]?.x).toBe(1);
  });

  it('spans the Gaza year: the 2025 proposal covers it all, October on top of it', () => {
    const s = strip(timeline(gaza));
    expect(s.from).toBe('2025-01-01');
    expect(s.to).toBe('2025-12-31');
    const proposal = must(s.items.find((i) => i.relation === 'bridge-ceasefire-proposal'));
    expect([proposal.x0, proposal.x1, proposal.precision]).toEqual([0, 1, 'year']);
    // The meeting and the message "by October 2025" (endDate alone): on October, said "by".
    const meeting = must(s.items.find((i) => i.relation === 'sharm-el-sheikh-meeting'));
    expect([meeting.x0, meeting.x1, meeting.byThen, meeting.when]).toEqual([
      273 / 365,
      304 / 365,
      true,
      'by Oct 2025',
    ]);
    expect(proposal.when).toBe('2025');
    expect(s.rows).toBe(3);
  });

  it('ticks years over long spans', () => {
    const long: Dataset = {
      ...small,
      relations: [
        { id: 'x', kind: 'meeting', date: '2001', participants: [{ actor: 'a' }, { actor: 'b' }] },
        {
          id: 'y',
          kind: 'meeting',
          date: '2020-05',
          participants: [{ actor: 'a' }, { actor: 'b' }],
        },
      ],
    };
    const s = strip(timeline(long));
    expect(s.ticks.every((t) => t.major)).toBe(true);
    expect(s.ticks.filter((t) => t.label !== '').length).toBeLessThanOrEqual(12);
    expect(s.ticks[0]?.label).toBe('2001');
  });

  it('is empty without dated relations', () => {
    expect(strip(timeline({ relations: [] })).items).toEqual([]);
  });
});

describe('playFrames', () => {
  it('grows the relations and actors date by date, undated last', () => {
    const frames = playFrames(small, timeline(small), true);
    expect(frames.map((f) => f.label)).toEqual([
      'start',
      'Jan 2025',
      '15 Jan 2025',
      '10 Mar 2025',
      'undated',
    ]);
    expect([...must(frames[1]).relations]).toEqual(['r1']);
    expect([...must(frames[1]).actors].sort()).toEqual(['a', 'b']);
    expect([...must(frames[3]).relations].sort()).toEqual(['r1', 'r2', 'r3']);
    expect(must(frames[3]).actors.has('d')).toBe(false);
    expect(must(frames[4]).added).toEqual(['u']);
    expect(must(frames[4]).actors.has('d')).toBe(true);
  });

  it('has no undated frame when asked not to', () => {
    const frames = playFrames(small, timeline(small), false);
    expect(frames).toHaveLength(4);
  });

  it('brings in the members of a delegation at its meeting (al-Hayya in October 2025)', () => {
    const frames = playFrames(gaza, timeline(gaza), true);
    expect(frames.map((f) => f.label)).toEqual(['start', '2025', 'by Oct 2025', 'undated']);
    expect(must(frames[1]).actors.has('al-hayya')).toBe(false);
    expect(must(frames[2]).actors.has('al-hayya')).toBe(true);
    expect(must(frames[2]).relations.size).toBe(3);
    expect(must(frames[3]).relations.size).toBe(gaza.relations.length);
  });
});
