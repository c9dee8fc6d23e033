/** Editing a dataset: commands that give a new dataset (or refuse), their undo history, and ids. */
export type {
  DatasetMeta,
  EditCommand,
  EditNeeds,
  EditOutcome,
  KindChange,
  RelationKind,
} from './types.ts';
export { applyEdit, changeKind, draftProblems, emptyDataset } from './commands.ts';
export { citationsOf, relationsNeeding } from './references.ts';
export {
  canRedo,
  canUndo,
  DEFAULT_HISTORY_LIMIT,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
  type HistoryEntry,
  type HistoryStep,
} from './history.ts';
export { firstFreeId, isSlug, MAX_SLUG_LENGTH, slugify, uniqueId } from './ids.ts';
