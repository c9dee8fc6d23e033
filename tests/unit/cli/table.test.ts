import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../src/cli/table.ts';

describe('renderTable', () => {
  it('lays out 500,000 rows (the pairs of a 1,000-participant meeting) without overflowing the stack', () => {
    const rows = Array.from({ length: 500_000 }, (_, i) => [`a${i}`, i]);
    const text = renderTable(['actor', 'n'], rows);
    const lines = text.split('\n');
    expect(lines).toHaveLength(500_002);
    expect(lines[1]).toBe('-------  ------');
    expect(lines.at(-1)).toBe('a499999  499999');
  });
});
