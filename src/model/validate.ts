/**
 * The dataset loader and validator: `parseDataset(text)` returns the typed dataset or every problem found.
 * (Work in progress: the full rule set lands in the next commits; the signatures below are final.)
 */
import { datasetSchema, type Dataset } from './schema.ts';

/** One problem: where (`relations[3].participants[1].actor`, or `(root)`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Largest dataset file accepted, in bytes (50 MiB); larger input is refused before parsing. */
export const MAX_DATASET_BYTES: number = 50 * 1024 * 1024;

/** Parses and validates a dataset file's text. Never throws. */
export function parseDataset(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '(root)', message: `invalid JSON: ${String(e)}` }] };
  }
  return validateDataset(value);
}

/** Validates an already-parsed JSON value. Never throws. */
export function validateDataset(value: unknown): ParseResult {
  const r = datasetSchema.safeParse(value);
  if (r.success) return { ok: true, dataset: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({
      path: i.path.length ? i.path.map(String).join('.') : '(root)',
      message: i.message,
    })),
  };
}
