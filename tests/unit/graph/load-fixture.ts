/** Loads a hand-built dataset from tests/fixtures/graphs, through the real loader (so it must be valid). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../../src/model/schema.ts';
import { parseDataset } from '../../../src/model/validate.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/graphs/', import.meta.url));

export function loadFixture(name: string): Dataset {
  const parsed = parseDataset(readFileSync(`${FIXTURES_DIR}${name}.json`, 'utf8'));
  if (!parsed.ok) {
    throw new Error(
      `fixture ${name} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
  return parsed.dataset;
}
