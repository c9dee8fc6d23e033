/** The bundled Gaza dataset, read through the real validator. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/model/schema.ts';
import { parseDataset } from '../../../src/model/validate.ts';

export function loadGaza(): Dataset {
  const text = readFileSync(
    new URL('../../../graph-data/gaza-ceasefire-2025.json', import.meta.url),
    'utf8',
  );
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error('the Gaza dataset is invalid');
  return parsed.dataset;
}
