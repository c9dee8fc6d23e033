/**
 * The encoding corpus on which every reader must give one verdict (issue 16): the CLI's commands
 * (tests/unit/cli/io.test.ts) and the explorer's loader (tests/unit/ui/state/load-file.test.ts).
 * Built in memory from the sample dataset and written to temp folders by the tests: nothing binary
 * is committed.
 */
import { sampleDataset } from './sample.ts';

/** The encoding corpus: name → bytes. Built here, in a temp folder; nothing binary is committed. */
export function corpus(): Record<string, Buffer> {
  const valid = JSON.stringify(sampleDataset(), null, 2);
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  const withName = (name: string): string => valid.replace('"Hamas"', name);
  /** The dataset with raw bytes in the middle of a name. */
  const withBytes = (...bytes: number[]): Buffer => {
    const [before = '', after = ''] = withName('"Ham@as"').split('@');
    return Buffer.concat([utf8(before), Buffer.from(bytes), utf8(after)]);
  };
  return {
    'valid.json': utf8(valid),
    'one-bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(valid)]),
    'two-boms.json': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
      utf8(valid),
    ]),
    'latin1.json': Buffer.from(withName('"Ham\u00e9s"'), 'latin1'),
    'truncated-sequence.json': withBytes(0xe2, 0x82),
    'overlong.json': withBytes(0xc0, 0xaf),
    'encoded-surrogate.json': withBytes(0xed, 0xa0, 0x80),
    'four-byte.json': withBytes(0xf0, 0x9f, 0x98, 0x80),
    'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]),
    'nul-in-string.json': utf8(withName('"Ham\u0000as"')),
    'nul-outside.json': utf8(`${valid}\u0000`),
    'escaped-lone-surrogate.json': utf8(withName('"Ham\\ud800as"')),
    'escaped-pair.json': utf8(withName('"Ham\\ud83d\\ude00as"')),
    'duplicate-key.json': utf8(
      valid.replace(
        '"certainty": "reported",',
        '"certainty": "reported", "certainty": "confirmed",',
      ),
    ),
  };
}

/** A command's verdict: 'accepted', or the message of its first `FILE: (root): …` line. */
export function verdict(r: { code: number; out: string; err: string }, file: string): string {
  if (r.code === 0) return 'accepted';
  const line =
    `${r.out}${r.err}`.split('\n').find((l) => l.startsWith(`${file}: `)) ??
    `exit ${r.code}: ${r.err}`;
  return line.slice(file.length + 2).replace(/^\(root\): /, '');
}
