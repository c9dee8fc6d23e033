/** The model: the dataset format's schema and types, its vocabularies, partial dates, and the validator. */
export * from './schema.ts';
export * from './vocabulary.ts';
export * from './dates.ts';
export {
  MAX_DATASET_BYTES,
  MAX_NESTING_DEPTH,
  MAX_PROBLEMS,
  parseDataset,
  sizeLimitProblem,
  utf8ByteLength,
  validateDataset,
  type ParseOptions,
  type ParseResult,
  type Problem,
} from './validate.ts';
export { createSuggester, nearest } from './suggest.ts';
export { relationTitle, TITLE_SEPARATOR } from './title.ts';
