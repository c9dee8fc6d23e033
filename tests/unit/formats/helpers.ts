/** Fixture loading for the format tests (imported by the test files of this folder). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../../src/model/schema.ts';
import { parseDataset } from '../../../src/model/validate.ts';
import type { ImportResult } from '../../../src/formats/index.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, FIXTURES)), 'utf8');
}

export function richDataset(): Dataset {
  const r = parseDataset(fixture('formats/rich.json'));
  if (!r.ok) throw new Error(`rich.json is invalid: ${JSON.stringify(r.problems)}`);
  return r.dataset;
}

/** The dataset of a successful import; fails the test with the problems otherwise. */
export function datasetOf(r: ImportResult): Dataset {
  if (!r.ok)
    throw new Error(
      `import failed: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  return r.dataset;
}

/** The problems of a refused import; fails the test when it was accepted. */
export function problemsOf(r: ImportResult): string[] {
  if (r.ok) throw new Error('expected the import to be refused');
  return r.problems.map((p) => `${p.path}: ${p.message}`);
}

export function warningsOf(r: ImportResult): string[] {
  if (!r.ok) throw new Error('import failed');
  return r.warnings;
}

/** Actors sorted by id (formats that nest children under parents change the order). */
export function byId<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The imported dataset passes the model's own loader once written as JSON. */
export function revalidates(ds: Dataset): boolean {
  return parseDataset(JSON.stringify(ds)).ok;
}
