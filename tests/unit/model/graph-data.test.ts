/** Every dataset shipped in graph-data/ (any .json outside graph-data/schema/) validates. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/validate.ts';

const root = fileURLToPath(new URL('../../../graph-data/', import.meta.url));

function datasetFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'schema' && dir === root ? [] : datasetFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const files = datasetFiles(root).map((f) => relative(root, f));

describe('graph-data', () => {
  it('holds at least the Gaza dataset', () => {
    expect(files).toContain('gaza-ceasefire-2025.json');
  });

  it.each(files)('%s is a valid dataset', (file) => {
    const result = parseDataset(readFileSync(join(root, file), 'utf8'));
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
