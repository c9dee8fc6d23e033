import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import type { PathsResult } from '../../../src/graph/paths.ts';

const FIXTURE = 'tests/fixtures/graphs/paths-timeline.json';

describe('backchannel paths', () => {
  it('prints usage with --help and exits 0', async () => {
    const r = await cli(['paths', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: backchannel paths FILE A B \[--by DATE\]/);
  });

  it('exits 2 on usage errors: missing actors, a bad --by, a bad --limit, the same actor twice', async () => {
    const cases: [string[], RegExp][] = [
      [['paths', FIXTURE, 'a'], /needs FILE, A and B/],
      [['paths', FIXTURE, 'a', 'b', '--by', '2025-13'], /--by '2025-13' is not a date/],
      [['paths', FIXTURE, 'a', 'b', '--limit', '0'], /--limit '0' must be a positive integer/],
      [['paths', FIXTURE, 'a', 'A'], /A and B are the same actor \(a\)/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('exits 2 with a "did you mean" for an unknown actor', async () => {
    const r = await cli(['paths', 'graph-data/gaza-ceasefire-2025.json', 'witkof', 'al-hayya']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown actor 'witkof' — did you mean 'witkoff' (Steve Witkoff)?");
    expect(r.out).toBe('');
  });

  it('exits 2 when the file cannot be read, 1 when it is invalid', async () => {
    expect((await cli(['paths', 'missing.json', 'a', 'b'])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'bc-paths-'));
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1, "id": "x"');
    const r = await cli(['paths', 'bad.json', 'a', 'b'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad\.json: [^:]+: /);
  });

  it('prints the direct relations and every kind of chain', async () => {
    const r = await cli(['paths', FIXTURE, 'A', 'b']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Paths between A (a) and B (b)');
    expect(r.out).toContain('Direct relations: 1\n  r7 (meeting, 2025-03-01)\n');
    expect(r.out).toContain('Shortest chains through intermediaries: 2 steps, 3 chains\n');
    expect(r.out).toContain(
      '  1. A --[r1 (meeting, 2025-01-10)]--> C --[r2 (statement, 2025-01-05)]--> B\n',
    );
    expect(r.out).toContain('Time-respecting chains (fewest steps): 2 steps, 1 chain\n');
    expect(r.out).toContain('     reaches on 2025-02-15 (order not certain: overlapping dates)\n');
    expect(r.out).toContain('Earliest arrival through intermediaries: 2024-06-03\n');
    expect(r.out).toContain(
      'Undated relations left out of time-respecting chains (they cannot be ordered): 2\n  r5, r6',
    );
  });

  it('finds actors by name or alias and restricts the time-respecting chains with --by', async () => {
    const r = await cli([
      'paths',
      'graph-data/gaza-ceasefire-2025.json',
      'Steve Witkoff',
      'al-Khaya',
      '--by',
      '2025-10',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Paths between Steve Witkoff \(witkoff\) and Khalil al-Hayya \(al-hayya\), steps by 2025-10$/m,
    );
    // al-Hayya is a participant of the meeting himself (he led the Hamas delegation).
    // Its label follows its id; "by 2025-10": the meeting has an endDate alone (by then).
    expect(r.out).toMatch(
      /^ {2}sharm-el-sheikh-meeting "Sharm el-Sheikh meeting" \(meeting, by 2025-10\)$/m,
    );
  });

  it('prints the result as JSON with --json', async () => {
    const r = await cli(['paths', FIXTURE, 'a', 'b', '--by', '2024', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as PathsResult;
    expect(json.by).toBe('2024');
    expect(json.timeRespecting.length).toBe(3);
    expect(json.timeRespecting.chains.map((c) => c.actors)).toEqual([
      ['a', 'g', 'h', 'b'],
      ['a', 'i', 'h', 'b'],
    ]);
  });
});
