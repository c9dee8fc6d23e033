/**
 * `backchannel validate`: every invalid fixture exits 1 with `FILE: PATH: MESSAGE`; a valid file exits
 * 0; usage errors and unreadable files exit 2; never a stack trace. Most runs go through `run()`;
 * a few spawn the real command.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from './run-cli.ts';
import { MAX_DATASET_BYTES } from '../../../src/model/validate.ts';
import { sampleDataset } from '../model/sample.ts';

const FIXTURES = 'tests/fixtures/invalid';

const expected = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { path: string; message: string }
>;

const tmp = mkdtempSync(join(tmpdir(), 'backchannel-validate-'));
const validFile = join(tmp, 'valid.json');
writeFileSync(validFile, JSON.stringify(sampleDataset(), null, 2));

function expectNoStackTrace(r: { out: string; err: string }): void {
  expect(r.out).not.toContain('    at ');
  expect(r.err).not.toContain('    at ');
}

describe('the invalid fixtures', () => {
  it('are all listed in expected.json (one per rule)', () => {
    const files = readdirSync(join(ROOT, FIXTURES)).filter((f) => f !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(expected))('%s exits 1 with its path', async (name, want) => {
    const file = `${FIXTURES}/${name}`;
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    for (const line of lines) expect(line.startsWith(`${file}: `)).toBe(true);
    const line = lines.find((l) => l.startsWith(`${file}: ${want.path}: `));
    expect(line, r.out).toBeDefined();
    expect(line).toContain(want.message);
    expect(r.err).toBe('');
    expectNoStackTrace(r);
  });
});

describe('backchannel validate', () => {
  it('exits 0 on a valid file and says what it holds', async () => {
    const r = await cli(['validate', validFile]);
    expect(r).toEqual({ code: 0, out: `${validFile}: valid (6 actors, 2 relations)\n`, err: '' });
  });

  it('prints usage with --help and exits 0', async () => {
    const r = await cli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: backchannel validate FILE…/);
  });

  it.each([[['validate']], [['validate', '--strict', validFile]], [['validate', '-x']]])(
    'exits 2 on a usage error: %j',
    async (args) => {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^backchannel validate: /);
      expect(r.err).toContain('Usage: backchannel validate FILE…');
      expectNoStackTrace(r);
    },
  );

  it('exits 2 on a missing file, a directory or an unreadable file, with the reason', async () => {
    const locked = join(tmp, 'locked.json');
    writeFileSync(locked, '{}');
    chmodSync(locked, 0o000);
    let canStillRead = true;
    try {
      readFileSync(locked);
    } catch {
      canStillRead = false; // root can read anything: then only the first two cases apply
    }
    const missing = await cli(['validate', 'no-such-file.json']);
    expect(missing).toEqual({
      code: 2,
      out: '',
      err: 'no-such-file.json: cannot read: no such file\n',
    });
    const dir = await cli(['validate', tmp]);
    expect(dir).toEqual({ code: 2, out: '', err: `${tmp}: cannot read: is a directory\n` });
    if (!canStillRead) {
      const denied = await cli(['validate', locked]);
      expect(denied).toEqual({
        code: 2,
        out: '',
        err: `${locked}: cannot read: permission denied\n`,
      });
    }
  });

  it('checks every file and exits with the worst code', async () => {
    const bad = `${FIXTURES}/memberof-cycle.json`;
    const r = await cli(['validate', validFile, bad]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(`${validFile}: valid (6 actors, 2 relations)`);
    expect(r.out).toContain(`${bad}: actors[0].memberOf: memberOf forms a cycle`);
    const worst = await cli(['validate', 'missing.json', bad, validFile]);
    expect(worst.code).toBe(2);
    expect(worst.err).toBe('missing.json: cannot read: no such file\n');
    expect(worst.out).toContain(`${validFile}: valid`);
  });

  it('refuses a file above the size limit without reading it (exit 1)', async () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_DATASET_BYTES + 1); // sparse: no disk space, no time
    const r = await cli(['validate', big]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${big}: (root): the file is 52,428,801 bytes, above the 50 MiB limit for a dataset`,
    );
  });

  it('takes a file name that starts with a dash after --', async () => {
    const dashed = join(tmp, '-dashed.json');
    writeFileSync(dashed, JSON.stringify(sampleDataset()));
    const r = await cli(['validate', '--', dashed]);
    expect(r.code).toBe(0);
  });
});

describe('the real command (a subprocess)', () => {
  const bin = join(ROOT, 'bin/backchannel.mjs');
  const spawn = (args: string[]) =>
    spawnSync(process.execPath, [bin, 'validate', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0, 1 and 2 with its lines, and never prints a stack trace', () => {
    const ok = spawn([validFile]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${validFile}: valid (6 actors, 2 relations)\n`);

    const invalid = spawn([
      `${FIXTURES}/unknown-actor-ref.json`,
      `${FIXTURES}/bad-json-syntax.json`,
    ]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe(
      [
        `${FIXTURES}/unknown-actor-ref.json: relations[0].participants[0].actor: unknown actor 'enovy-a' — did you mean 'envoy-a'?`,
        `${FIXTURES}/bad-json-syntax.json: (root): invalid JSON at line 4, column 66: expected a property name in double quotes, found ','`,
        '',
      ].join('\n'),
    );

    for (const args of [[], ['--nope'], ['no-such-file.json']]) {
      const r = spawn(args);
      expect(r.status).toBe(2);
      expect(`${r.stdout}${r.stderr}`).not.toContain('    at ');
    }
  });
});
