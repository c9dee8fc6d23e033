/**
 * Drafts kept in this tab's memory only: the fallback where the browser keeps none (no IndexedDB, a
 * private window, storage refused). The same DraftStore with the same rules (revision lock, names by
 * rename, copies), so that the editor works the same; nothing outlives the tab.
 */
import type { DraftStore } from './db.ts';
import {
  copyInit,
  newestFirst,
  newRecord,
  planPut,
  renamedRecord,
  summaryOf,
  type DraftInit,
} from './records.ts';
import type { DraftRecord, PutResult } from './types.ts';

/** What `run` returns, or its error, as a settled promise (as the IndexedDB store answers). */
function settled<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

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
      const { write, result } = planPut(record, copyOf(record.id), expectedRevision);
      if (write !== undefined) kept(write);
      return Promise.resolve(result);
    },
    rename: (id, name) => settled(() => void drafts.set(id, renamedRecord(drafts.get(id), name))),
    duplicate: (id, name) => settled(() => kept(newRecord(copyInit(copyOf(id), name)))),
    remove(id) {
      drafts.delete(id);
      return Promise.resolve();
    },
    close: () => undefined,
  } satisfies DraftStore;
}
