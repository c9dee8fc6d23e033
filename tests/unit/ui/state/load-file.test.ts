/**
 * The explorer's file loader (ui/state/actions/data.ts loadFile) checks the size before reading
 * (a 600 MB file is refused by its size, not as "empty", and is never read) and gives the decoder's
 * verdict (the CLI's: model/text-decode.ts) on encoding; a refusal keeps the current dataset.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../../src/ui/state/actions/data.ts';
import { store } from '../../../../src/ui/state/store.ts';
import { decodeText } from '../../../../src/model/text-decode.ts';
import { corpus, verdict } from '../../model/encoding-corpus.ts';
import { cli } from '../../cli/run-cli.ts';

/** A File that says it is 600 MB and fails the test if anything reads it. */
class HugeFile extends File {
  reads = 0;
  override get size(): number {
    return 600 * 1024 * 1024;
  }
  override text(): Promise<string> {
    this.reads++;
    return Promise.reject(new Error('read'));
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads++;
    return Promise.reject(new Error('read'));
  }
}

describe('loadFile', () => {
  it('refuses a 600 MB file by its size without reading it', async () => {
    const file = new HugeFile(['{}'], 'huge.json');
    const r = await loadFile(file);
    expect(file.reads).toBe(0);
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: '(root)',
          message:
            'the file is 629,145,600 bytes, above the 50 MiB limit for a dataset (52,428,800 bytes); split it into smaller datasets',
        },
      ],
    });
    expect(store.get().data.refused?.fileName).toBe('huge.json');
  });

  it('gives the same verdict as the CLI on invalid UTF-8 and on two byte-order marks', async () => {
    for (const bytes of [
      new Uint8Array([0x7b, 0xe9, 0x7d]),
      new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
      new Uint8Array([0x7b, 0x00, 0x7d]),
    ]) {
      const r = await loadFile(new File([bytes], 'bad.json'));
      const want = decodeText(bytes);
      expect(want.ok).toBe(false);
      expect(r).toEqual({ ok: false, problems: [want.ok ? undefined : want.problem] });
    }
  });

  it('agrees with the CLI on every file of the encoding corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backchannel-load-'));
    for (const [name, bytes] of Object.entries(corpus())) {
      writeFileSync(join(dir, name), bytes);
      const r = await loadFile(new File([new Uint8Array(bytes)], name));
      const first = r.ok ? undefined : r.problems[0];
      const explorer = first
        ? `${first.path === '(root)' ? '' : `${first.path}: `}${first.message}`
        : 'accepted';
      expect(explorer, name).toBe(verdict(await cli(['validate', name], dir), name));
    }
  });
});
