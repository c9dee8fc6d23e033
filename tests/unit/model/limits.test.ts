import { describe, expect, it } from 'vitest';
import { bigMeetingDataset } from '../../../src/gen/stress.ts';
import { MAX_ANALYSIS_PAIRS, MAX_PARTICIPANTS_PER_RELATION } from '../../../src/model/limits.ts';
import type { Dataset, Relation } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate.ts';

function problems(ds: Dataset): { path: string; message: string }[] {
  const r = validateDataset(ds);
  return r.ok ? [] : r.problems.map((p) => ({ path: p.path, message: p.message }));
}

/** `copies` meetings of the same `size` participants. */
function meetings(size: number, copies: number): Dataset {
  const ds = bigMeetingDataset(size);
  const big = ds.relations[0] as Relation;
  for (let k = 2; k <= copies; k++) ds.relations.push({ ...big, id: `big${k}` });
  return ds;
}

describe('participant limits', () => {
  it('accepts a meeting of 1,000 participants and refuses 1,001, at the relation', () => {
    expect(MAX_PARTICIPANTS_PER_RELATION).toBe(1_000);
    expect(problems(bigMeetingDataset(1_000))).toEqual([]);
    expect(problems(bigMeetingDataset(1_001))).toEqual([
      {
        path: 'relations[0].participants',
        message:
          'has 1,001 participants; at most 1,000 are accepted in one relation (a meeting links each of them to every other)',
      },
    ]);
  });

  it('refuses relations that link more than 2,000,000 pairs in all, saying which is largest', () => {
    expect(MAX_ANALYSIS_PAIRS).toBe(2_000_000);
    expect(problems(meetings(1_000, 4))).toEqual([]); // 4 × 499,500 + 3 mediations
    const refused = problems(meetings(1_000, 5));
    expect(refused).toHaveLength(1);
    expect(refused[0]?.path).toBe('relations');
    expect(refused[0]?.message).toContain('up to 2,497,509 pairs of participants');
    expect(refused[0]?.message).toContain('the largest is relations[0], with 1,000');
  });
});
