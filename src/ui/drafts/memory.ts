/**
 * Drafts kept in this tab's memory only: the fallback where the browser keeps none (no IndexedDB, a
 * private window, storage refused). The same DraftStore with the same rules (revision lock, names by
 * rename, copies), so that the editor works the same; nothing outlives the tab.
 */
import type { DraftStore } from './db.ts';
import { DraftStorageError, MISSING_DRAFT_MESSAGE } from './errors.ts';
import {
  cleanName,
  copyInit,
  isConflict,
  newestFirst,
  newRecord,
  nextRecord,
  summaryOf,
  type DraftInit,
} from './records.ts';
import type { DraftRecord, PutResult } from './types.ts';

/** A DraftStore in memory. Records are copied in and out, as IndexedDB would. */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, DraftRecord>();
  const kept = (record: DraftRecord): DraftRecord => {
    drafts.set(record.id, structuredClone(record));
    return record;
  };
  const copyOf = (id: string): DraftRecord | undefined => {
    const stored = drafts.get(id);
    return stored && structuredClone(stored);
  };
  return {
    list: () => Promise.resolve([...drafts.values()].map(summaryOf).sort(newestFirst)),
    get: (id) => Promise.resolve(copyOf(id)),
    create: (init: DraftInit) => Promise.resolve(kept(newRecord(init))),
    put(record, expectedRevision): Promise<PutResult> {
      const stored = copyOf(record.id);
      if (stored !== undefined && isConflict(stored, expectedRevision)) {
        return Promise.resolve({ ok: false, reason: 'conflict', current: stored });
      }
      const next = kept(nextRecord(record, stored, expectedRevision));
      return Promise.resolve({ ok: true, revision: next.revision });
    },
    rename(id, name) {
      const stored = drafts.get(id);
      if (stored === undefined) return Promise.reject(new DraftStorageError(MISSING_DRAFT_MESSAGE));
      drafts.set(id, { ...stored, name: cleanName(name) });
      return Promise.resolve();
    },
    duplicate(id, name) {
      const original = copyOf(id);
      if (original === undefined) {
        return Promise.reject(new DraftStorageError(MISSING_DRAFT_MESSAGE));
      }
      return Promise.resolve(kept(newRecord(copyInit(original, name))));
    },
    remove(id) {
      drafts.delete(id);
      return Promise.resolve();
    },
    close: () => undefined,
  } satisfies DraftStore;
}
