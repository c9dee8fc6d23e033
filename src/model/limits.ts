/**
 * The validator's limits, in a module of their own so that code which only checks a size (the
 * explorer's file import, before it hands the file to its worker) need not load the validator.
 */

/**
 * Largest dataset accepted, in bytes of UTF-8 (50 MiB, about three times a 20,000-actor dataset).
 * Larger input is refused with a clear message before it is parsed.
 */
export const MAX_DATASET_BYTES: number = 50 * 1024 * 1024;

/** Deepest nesting of arrays and objects accepted (the format itself needs 5 levels). */
export const MAX_NESTING_DEPTH = 64;

/** Most problems listed; beyond, one last problem says how many more were found. */
export const MAX_PROBLEMS = 10_000;
