/**
 * Writes the stress datasets of issues 14 and 16 as files in a fresh temporary directory (never in the
 * repository), for CLI tests and for measuring by hand:
 *   npx tsx tests/unit/gen/stress-files.ts   → prints the directory and the files
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDataset } from '../../../src/gen/generate.ts';
import { bigMeetingDataset, deepChainDataset } from '../../../src/gen/stress.ts';
import type { Dataset } from '../../../src/model/schema.ts';

export const STRESS_FILES: Record<string, () => Dataset> = {
  /** 518 actors, one chain 500 deep (issue 16's file). */
  'deep-500': () => deepChainDataset(500),
  'deep-10000': () => deepChainDataset(10_000),
  'meeting-1000': () => bigMeetingDataset(1_000),
  /** Over the participant limit: refused by the validator. */
  'meeting-10000': () => bigMeetingDataset(10_000),
  'generated-20000x100000': () => generateDataset({ actors: 20_000, relations: 100_000, seed: 1 }),
};

/** Writes the named stress files (default: all) and returns their paths by name. */
export function writeStressFiles(names = Object.keys(STRESS_FILES)): {
  dir: string;
  files: Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'backchannel-stress-'));
  const files: Record<string, string> = {};
  for (const name of names) {
    const make = STRESS_FILES[name];
    if (!make) throw new Error(`unknown stress file '${name}'`);
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(make()));
    files[name] = path;
  }
  return { dir, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { dir, files } = writeStressFiles();
  process.stdout.write(`${dir}\n${Object.values(files).join('\n')}\n`);
}
