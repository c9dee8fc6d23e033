/**
 * The rules of a draft record shared by every DraftStore (IndexedDB, or memory where the browser keeps
 * nothing): how a draft is created, what a write stores, what the list shows and in which order.
 */
import type { Dataset } from '../../model/schema.ts';
import type { DraftRecord, DraftSummary, PutResult } from './types.ts';
import { DraftStorageError, MISSING_DRAFT_MESSAGE } from './errors.ts';
import { randomId } from './ids.ts';

export const UNTITLED_DRAFT = 'Untitled draft';

export interface DraftInit {
  name: string;
  dataset: Dataset;
  sourceTexts?: Record<string, string>;
  fileName?: string;
}

function now(): string {
  return new Date().toISOString();
}

/** A name as stored: trimmed; a blank one becomes "Untitled draft". */
export function cleanName(name: string): string {
  return name.trim() || UNTITLED_DRAFT;
}

/** A new draft at revision 1; saved to a file when it comes from one. */
export function newRecord(init: DraftInit): DraftRecord {
  return {
    id: `draft-${randomId()}`,
    name: cleanName(init.name),
    dataset: init.dataset,
    sourceTexts: init.sourceTexts ?? {},
    revision: 1,
    updatedAt: now(),
    savedToFile: init.fileName !== undefined,
    ...(init.fileName !== undefined ? { fileName: init.fileName } : {}),
  };
}

/** What a copy of `original` starts as: not saved to any file. Rejects a draft that is gone. */
export function copyInit(original: DraftRecord | undefined, name?: string): DraftInit {
  if (original === undefined) throw new DraftStorageError(MISSING_DRAFT_MESSAGE);
  return {
    name: name ?? `Copy of ${original.name}`,
    dataset: original.dataset,
    sourceTexts: original.sourceTexts,
  };
}

/** A stored draft under a new name (the revision unchanged). Rejects a draft that is gone. */
export function renamedRecord(stored: DraftRecord | undefined, name: string): DraftRecord {
  if (stored === undefined) throw new DraftStorageError(MISSING_DRAFT_MESSAGE);
  return { ...stored, name: cleanName(name) };
}

/**
 * What a put stores when the lock lets it: the next revision, the time of writing, and the stored name
 * (names change by rename only). `stored` is undefined for a draft deleted meanwhile.
 */
export function nextRecord(
  record: DraftRecord,
  stored: DraftRecord | undefined,
  expectedRevision: number,
): DraftRecord {
  return {
    ...record,
    name: stored?.name ?? cleanName(record.name),
    revision: expectedRevision + 1,
    updatedAt: now(),
  };
}

/** The lock: a stored draft at another revision than the caller last saw was written meanwhile. */
export function isConflict(stored: DraftRecord | undefined, expectedRevision: number): boolean {
  return stored !== undefined && stored.revision !== expectedRevision;
}

/**
 * A put by the lock: the record to write and what the caller is told, or (written meanwhile at another
 * revision) nothing to write and the conflict with the stored record.
 */
export function planPut(
  record: DraftRecord,
  stored: DraftRecord | undefined,
  expectedRevision: number,
): { write: DraftRecord | undefined; result: PutResult } {
  if (isConflict(stored, expectedRevision) && stored !== undefined) {
    return { write: undefined, result: { ok: false, reason: 'conflict', current: stored } };
  }
  const next = nextRecord(record, stored, expectedRevision);
  return { write: next, result: { ok: true, revision: next.revision } };
}

export function summaryOf(record: DraftRecord): DraftSummary {
  return {
    id: record.id,
    name: record.name,
    updatedAt: record.updatedAt,
    revision: record.revision,
    actors: record.dataset.actors.length,
    relations: record.dataset.relations.length,
    savedToFile: record.savedToFile,
  };
}

/** The drafts list's order: the most recently written first (then by id, to be stable). */
export function newestFirst(a: DraftSummary, b: DraftSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
