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

/** The value, or a thrown error saying it is missing (instead of a non-null assertion). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
