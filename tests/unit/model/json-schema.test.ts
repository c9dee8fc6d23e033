/** The committed JSON Schema is the one the zod model generates, and says what the format says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaFileText } from '../../../scripts/generate-schema.ts';
import { ALLOWED_KEYS } from '../../../src/model/validate-shape.ts';
import { RELATION_KINDS } from '../../../src/model/vocabulary.ts';

describe('graph-data/schema/dataset.schema.json', () => {
  const committed = readFileSync(SCHEMA_PATH, 'utf8');

  it('is up to date with src/model/schema.ts', () => {
    expect(
      committed === schemaFileText(),
      'graph-data/schema/dataset.schema.json is stale: run `npm run schema` and commit the result',
    ).toBe(true);
  });

  it('closes every object to its keys plus x- extensions', () => {
    const schema = JSON.parse(committed) as { $defs: Record<string, Record<string, unknown>> };
    const dataset = schema.$defs.Dataset ?? {};
    expect(Object.keys(dataset.properties as object)).toEqual(ALLOWED_KEYS.dataset);
    expect(dataset.additionalProperties).toBe(false);
    expect(dataset.patternProperties).toEqual({ '^x-': {} });
    for (const kind of RELATION_KINDS) {
      const variant = schema.$defs[`Relation_${kind}`] ?? {};
      expect(Object.keys(variant.properties as object)).toEqual(ALLOWED_KEYS.relation);
      expect(variant.additionalProperties).toBe(false);
    }
  });
});
