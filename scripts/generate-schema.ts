/**
 * Writes graph-data/schema/dataset.schema.json from the zod model (`npm run schema`).
 * A unit test fails when the committed file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/model/schema.ts';

export const SCHEMA_PATH = fileURLToPath(
  new URL('../graph-data/schema/dataset.schema.json', import.meta.url),
);

/** The file's exact text: the JSON Schema, two-space indented, with a final newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, schemaFileText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
