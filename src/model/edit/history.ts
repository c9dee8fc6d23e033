/**
 * The undo history of an editing session: the datasets before and after each edit (snapshots that
 * share their unchanged records), newest last. Pure: every function returns a new history.
 */
import type { Dataset } from '../schema.ts';

export interface HistoryEntry {
  before: Dataset;
  after: Dataset;
  /** What the edit did ("Added actor 'Steve Witkoff'"), for the undo button and the live region. */
  label: string;
}

export interface History {
  /** Edits that can be undone, oldest first. */
  done: HistoryEntry[];
  /** Edits undone that can be redone, the next to redo last. */
  undone: HistoryEntry[];
  /** How many edits are kept; the oldest go first. */
  limit: number;
}

/** What undo or redo gives: the history after it, the dataset to show, and the edit's label. */
export interface HistoryStep {
  history: History;
  dataset: Dataset;
  label: string;
}

/** The default number of edits kept (issue 13 asks for at least 200). */
export const DEFAULT_HISTORY_LIMIT = 500;

export function emptyHistory(limit = DEFAULT_HISTORY_LIMIT): History {
  return { done: [], undone: [], limit: Math.max(0, Math.floor(limit)) };
}

/** The history with `entry` done last: what was undone can no longer be redone. */
export function record(history: History, entry: HistoryEntry): History {
  const done = [...history.done, entry];
  const over = done.length - history.limit;
  return { done: over > 0 ? done.slice(over) : done, undone: [], limit: history.limit };
}

/** Undoes the last edit: the dataset before it. Undefined when there is nothing to undo. */
export function undo(history: History): HistoryStep | undefined {
  const entry = history.done[history.done.length - 1];
  if (entry === undefined) return undefined;
  return {
    history: {
      done: history.done.slice(0, -1),
      undone: [...history.undone, entry],
      limit: history.limit,
    },
    dataset: entry.before,
    label: entry.label,
  };
}

/** Redoes the last edit undone: the dataset after it. Undefined when there is nothing to redo. */
export function redo(history: History): HistoryStep | undefined {
  const entry = history.undone[history.undone.length - 1];
  if (entry === undefined) return undefined;
  return {
    history: {
      done: [...history.done, entry],
      undone: history.undone.slice(0, -1),
      limit: history.limit,
    },
    dataset: entry.after,
    label: entry.label,
  };
}

export function canUndo(history: History): boolean {
  return history.done.length > 0;
}

export function canRedo(history: History): boolean {
  return history.undone.length > 0;
}
