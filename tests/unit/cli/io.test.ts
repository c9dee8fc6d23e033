/**
 * The CLI's one input reader (src/cli/io.ts): paths that are not regular files are refused before
 * they are read (exit 2, one line) by every command, a FIFO with no writer does not hang, a stream
 * that passes the size limit stops there, and every command gives one verdict per file on an
 * encoding corpus built here (the explorer's loader uses the same decoder: see
 * tests/unit/model/text-decode.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { readInputFile } from '../../../src/cli/io.ts';
import { decodeText } from '../../../src/model/text-decode.ts';
import { corpus, verdict } from '../model/encoding-corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'backchannel-io-'));
const fifo = join(dir, 'pipe.json');
execFileSync('mkfifo', [fifo]);

/** Each command with the arguments that make it read FILE first (render refuses before any browser). */
const COMMANDS: Record<string, (file: string) => string[]> = {
  validate: (f) => ['validate', f],
  analyze: (f) => ['analyze', f],
  paths: (f) => ['paths', f, 'witkoff', 'hamas'],
  convert: (f) => ['convert', f, '--to', 'gexf', '--out', join(dir, 'out.gexf')],
  render: (f) => ['render', f, '--out', join(dir, 'out.png')],
};

describe('paths that are not regular files', () => {
  const cases: [string, string, RegExp][] = [
    ['/dev/zero', '/dev/zero', /is not a regular file \(a character device\)$/],
    ['a FIFO with no writer', fifo, /is not a regular file \(a FIFO\)$/],
    ['a directory', dir, /is a directory$/],
  ];
  for (const [label, file, reason] of cases) {
    for (const [name, args] of Object.entries(COMMANDS)) {
      it(`${name} refuses ${label} at once: exit 2, one line`, async () => {
        const started = Date.now();
        const r = await cli(args(file), dir);
        expect(Date.now() - started).toBeLessThan(5000);
        expect(r.code).toBe(2);
        const lines = r.err.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(reason);
        expect(lines[0]).toContain(file);
        expect(r.out).toBe('');
      });
    }
  }
});

describe('readInputFile', () => {
  it('stops a stream that passes the limit while it is read (stat said 0 bytes)', async () => {
    // /proc files are regular files whose stat size is 0 but which have content: the size check
    // before reading passes, so only the cap while reading can stop them.
    const file = '/proc/self/status';
    if (!existsSync(file)) return;
    const r = await readInputFile('/', file, 64);
    expect(r).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [
        {
          path: '(root)',
          message: expect.stringMatching(
            /^the file is more than 64 bytes \(reading stopped there\)/,
          ),
        },
      ],
    });
    const whole = await readInputFile('/', file, 1 << 20);
    expect(whole.ok).toBe(true);
  });

  it('refuses a file over the limit by its size, before reading', async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(100));
    const r = await readInputFile(dir, 'big.json', 99);
    expect(r.ok || r.kind === 'unreadable' ? undefined : r.problems[0]?.message).toMatch(
      /^the file is 100 bytes, above the limit of 99 bytes/,
    );
  });
});

describe('one verdict per file', () => {
  const files = corpus();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

  for (const [name, bytes] of Object.entries(files)) {
    it(`${name}: validate, analyze, paths, convert, render and the decoder agree`, async () => {
      const decoded = decodeText(bytes);
      const verdicts: Record<string, string> = {};
      for (const [command, args] of Object.entries(COMMANDS)) {
        // render on an accepted file would start a browser: the read step is what is compared.
        if (command === 'render' && decoded.ok) continue;
        verdicts[command] = verdict(await cli(args(name), dir), name);
      }
      const distinct = new Set(Object.values(verdicts));
      expect(distinct.size, JSON.stringify(verdicts, null, 2)).toBe(1);
      if (!decoded.ok) expect(verdicts.validate).toBe(decoded.problem.message);
      else if (['valid.json', 'one-bom.json', 'escaped-pair.json', 'four-byte.json'].includes(name))
        expect(verdicts.validate).toBe('accepted');
    });
  }

  it('refuses what must be refused with a message that says what', async () => {
    const messages = Object.fromEntries(
      await Promise.all(
        Object.keys(files).map(async (n) => [n, verdict(await cli(['validate', n], dir), n)]),
      ),
    );
    expect(messages['two-boms.json']).toMatch(/^starts with 2 byte-order marks/);
    expect(messages['latin1.json']).toMatch(
      /^is not UTF-8 text: byte 0xE9 at line \d+, column \d+/,
    );
    expect(messages['overlong.json']).toMatch(/^is not UTF-8 text: byte 0xC0/);
    expect(messages['encoded-surrogate.json']).toMatch(/^is not UTF-8 text: byte 0xED/);
    expect(messages['truncated-sequence.json']).toMatch(/^is not UTF-8 text: byte 0xE2/);
    expect(messages['utf16.json']).toBe('is UTF-16 text, not UTF-8 (save the file as UTF-8)');
    expect(messages['nul-in-string.json']).toMatch(/^contains a NUL character \(U\+0000\) at line/);
    expect(messages['nul-outside.json']).toMatch(/^contains a NUL character/);
  });
});
