import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from './run-cli.ts';
import { renderTable } from '../../../src/cli/table.ts';

describe('backchannel analyze', () => {
  it('prints usage with --help and exits 0', async () => {
    const r = await cli(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: backchannel analyze FILE \[--json\]/);
  });

  it('exits 2 on a usage error: no file, an extra argument, an unknown option', async () => {
    for (const args of [
      ['analyze'],
      ['analyze', 'a.json', 'b.json'],
      ['analyze', 'tests/fixtures/graphs/kite.json', '--jsn'],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^backchannel analyze: /);
      expect(r.out).toBe('');
    }
  });

  it('exits 2 when the file cannot be read', async () => {
    const r = await cli(['analyze', 'no/such/file.json']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('backchannel analyze: cannot read no/such/file.json: no such file\n');
    const dir = await cli(['analyze', 'tests']);
    expect(dir.code).toBe(2);
    expect(dir.err).toBe('backchannel analyze: cannot read tests: is a directory\n');
  });

  it('exits 1 on an invalid dataset, one FILE: PATH: MESSAGE line per problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-analyze-'));
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({
        schemaVersion: 1,
        id: 'Bad Id',
        title: 't',
        sources: [],
        actors: [],
        relations: [],
      }),
    );
    const r = await cli(['analyze', 'bad.json'], dir);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^bad\.json: [^:]+: .+/);
    expect(r.err).toMatch(/^bad\.json: id: /m);
    expect(r.err).toMatch(/^bad\.json: actors: /m);
    expect(r.out).toBe('');
    writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    const notUtf8 = await cli(['analyze', 'latin1.json'], dir);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.err).toBe(
      'latin1.json: (root): is not UTF-8 text: byte 0xE9 at line 1, column 2 is not valid UTF-8 (save the file as UTF-8)\n',
    );
  });

  it('prints the JSON interface with --json, 2-space indented', async () => {
    const r = await cli(['analyze', 'tests/fixtures/graphs/disconnected.json', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(r.out).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)).toEqual(['dataset', 'actors', 'relations', 'met', 'mediators']);
    expect(json.met).toEqual([{ a: 'm0', b: 'p1', relations: ['mm'] }]);
    const mediators = json.mediators as {
      actor: string;
      mediatorRoles: number;
      betweenness: number;
    }[];
    expect(mediators.map((m) => [m.actor, m.mediatorRoles, m.betweenness])).toEqual([
      ['p2', 1, 2],
      ['q2', 1, 2],
      ['m0', 1, 0],
      ['p1', 0, 2],
      ['q3', 0, 2],
    ]);
  });

  it('prints readable tables with names by default', async () => {
    const r = await cli(['analyze', 'tests/fixtures/graphs/met-delegations.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Who met whom: 20 pairs');
    expect(r.out).toMatch(/^Hayya \(h\) +Witkoff \(w\) +m1 \(via hdel\)$/m);
    expect(r.out).toMatch(/^Witkoff \(w\) +Xavier \(x\) +m2, m3$/m);
    // qi by its mediator role; w, y and q by betweenness only (h, envoys and x hang on them).
    expect(r.out).toContain('Mediators: 4 actors');
    expect(r.out).toMatch(
      /^Actor +Mediator roles +Betweenness +Coordinator +Itinerant +Gatekeeper +Representative +Liaison$/m,
    );
    expect(r.out).toMatch(/^Qatari intelligence \(qi\) +1 +[\d.]+ /m);
    expect(r.out).toMatch(/^Witkoff \(w\) +0 +[\d.]+ /m);
  });

  it('on the Gaza dataset, names Qatar, Egypt and Turkey among the mediators and lists Witkoff–al-Hayya in met', async () => {
    const r = await cli(['analyze', 'graph-data/gaza-ceasefire-2025.json', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      met: { a: string; b: string; relations: string[] }[];
      mediators: { actor: string }[];
    };
    const mediators = new Set(json.mediators.map((m) => m.actor));
    for (const state of ['qatar', 'egypt', 'turkey']) {
      expect(mediators.has(state) || mediators.has(`${state}-intelligence`)).toBe(true);
    }
    const pair = json.met.find((p) => p.a === 'al-hayya' && p.b === 'witkoff');
    expect(pair?.relations.length).toBeGreaterThan(0);
  });

  it('runs as a process through bin/backchannel.mjs, tables on stdout, exit 0', () => {
    const p = spawnSync(
      process.execPath,
      ['bin/backchannel.mjs', 'analyze', 'graph-data/gaza-ceasefire-2025.json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(p.status).toBe(0);
    expect(p.stderr).toBe('');
    expect(p.stdout).toMatch(/^Khalil al-Hayya \(al-hayya\) +Steve Witkoff \(witkoff\) +/m);
  });
});

describe('renderTable', () => {
  it('pads columns to the widest cell, numbers right-aligned, no trailing spaces', () => {
    expect(
      renderTable(
        ['Name', 'Score'],
        [
          ['Ḥayya', 8.333333],
          ['Al', 14],
        ],
      ),
    ).toBe(['Name   Score', '-----  -----', 'Ḥayya  8.333', 'Al        14'].join('\n'));
  });

  it('gives a header and a rule for an empty table', () => {
    expect(renderTable(['A', { header: 'B', align: 'right' }], [])).toBe('A  B\n-  -');
  });
});
