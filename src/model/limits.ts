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

/**
 * Most participants in one relation (refused by the validator at `relations[i].participants`). A
 * meeting links everyone present to everyone else, so its cost grows with the square: 1,000
 * participants project to 499,500 actor pairs, which `analyze` handles in about 1 GB (measured).
 */
export const MAX_PARTICIPANTS_PER_RELATION = 1_000;

/**
 * Most actor pairs the relations may project to, Σ m(m−1)/2 over relations of m participants
 * (refused by the validator at `relations`; the analyses also count the delegation members a
 * meeting brings: src/graph/budget.ts). Four 1,000-participant meetings fit; a 20,000-actor,
 * 100,000-relation network of small relations makes about 400,000.
 */
export const MAX_ANALYSIS_PAIRS = 2_000_000;

/**
 * Most (relation, present actor) entries of the event graph that `paths` searches (participants plus
 * the members their delegations bring). Far above any valid file's participants (50 MiB holds about
 * 3.5 million); only delegations of very many members, present at very many relations, reach it.
 */
export const MAX_PATH_PRESENCE = 20_000_000;
