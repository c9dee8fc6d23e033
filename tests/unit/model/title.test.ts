import { describe, expect, it } from 'vitest';
import { relationTitle } from '../../../src/model/title.ts';

describe('relationTitle', () => {
  it('is the label when there is one', () => {
    expect(
      relationTitle({
        kind: 'meeting',
        label: 'Sharm el-Sheikh meeting',
        place: 'Sharm el-Sheikh',
      }),
    ).toBe('Sharm el-Sheikh meeting');
  });

  it('is derived from kind, place and date otherwise, dates in words', () => {
    expect(relationTitle({ kind: 'meeting', place: 'Sharm el-Sheikh', date: '2025-10' })).toBe(
      'Meeting · Sharm el-Sheikh · Oct 2025',
    );
    expect(relationTitle({ kind: 'meeting', place: 'Sharm el-Sheikh', endDate: '2025-10' })).toBe(
      'Meeting · Sharm el-Sheikh · by Oct 2025',
    );
    expect(relationTitle({ kind: 'agreement', date: '2025-10-09~' })).toBe(
      'Agreement · around 9 Oct 2025',
    );
    expect(relationTitle({ kind: 'statement', label: '  ' })).toBe('Statement');
  });
});
