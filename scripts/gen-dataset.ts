/**
 * Writes a synthetic dataset (src/gen) as a dataset file.
 *   npx tsx scripts/gen-dataset.ts --actors 5000 [--seed 1] [--out path.json]
 * Without --out, writes to standard output.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDataset } from '../src/gen/generate.ts';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        actors: { type: 'string', short: 'n' },
        seed: { type: 'string', short: 's', default: '1' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`gen-dataset: ${(e as Error).message}\n`);
    return 2;
  }
  if (values.help || values.actors === undefined) {
    process.stderr.write('usage: tsx scripts/gen-dataset.ts --actors N [--seed S] [--out FILE]\n');
    return values.help ? 0 : 2;
  }
  const actors = Number(values.actors);
  const seed = Number(values.seed);
  if (!Number.isInteger(actors) || actors < 1) {
    process.stderr.write(`gen-dataset: --actors must be an integer ≥ 1, got '${values.actors}'\n`);
    return 2;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    process.stderr.write(
      `gen-dataset: --seed must be an unsigned 32-bit integer, got '${values.seed}'\n`,
    );
    return 2;
  }
  const text = `${JSON.stringify(generateDataset({ actors, seed }), null, 1)}\n`;
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileSync(values.out, text);
    process.stderr.write(`gen-dataset: wrote ${values.out} (${actors} actors, seed ${seed})\n`);
  }
  return 0;
}

process.exitCode = main();
