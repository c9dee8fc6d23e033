/**
 * The local drafts, in IndexedDB through `idb`: one database with two object stores, `drafts` (the
 * whole records) and `summaries` (what the drafts list shows, so that listing reads no dataset), both
 * written in the same transaction.
 *
 * Tabs: every tab opens its own DraftStore on the same database. `put` is an optimistic lock: it
 * writes only when the stored revision is the one the caller last saw, so that two tabs editing one
 * draft never overwrite each other silently (the second is told, with what the first wrote).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { DraftRecord, DraftSummary, PutResult } from './types.ts';
import {
  BLOCKED_MESSAGE,
  DraftStorageError,
  NO_STORAGE_MESSAGE,
  storageMessage,
  toStorageError,
} from './errors.ts';
import {
  copyInit,
  newestFirst,
  newRecord,
  planPut,
  renamedRecord,
  summaryOf,
  type DraftInit,
} from './records.ts';

export { DraftStorageError } from './errors.ts';
export type { DraftInit } from './records.ts';

export const DEFAULT_DRAFTS_DB = 'backchannel-drafts';
const DB_VERSION = 1;
const DRAFTS = 'drafts';
const SUMMARIES = 'summaries';

interface DraftDB extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  summaries: { key: string; value: DraftSummary };
}
type Db = IDBPDatabase<DraftDB>;

export interface DraftStore {
  /** Every draft, the most recently written first. */
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<DraftRecord | undefined>;
  /** A new draft at revision 1; `savedToFile` is true when it comes from a file (`fileName`). */
  create(init: DraftInit): Promise<DraftRecord>;
  /**
   * Writes when the stored revision equals `expectedRevision` (optimistic lock, in one readwrite
   * transaction); else 'conflict' with the stored record. The stored revision becomes
   * `expectedRevision + 1` and `updatedAt` the time of writing; the name is kept as stored (it is
   * changed by `rename` only, so that renaming in the drafts list never conflicts with the editor).
   * A draft deleted meanwhile (by another tab) is written again rather than lost. Never rejects:
   * storage failures come back as 'storage' with a sentence for the screen.
   */
  put(record: DraftRecord, expectedRevision: number): Promise<PutResult>;
  /** Renames (a blank name becomes "Untitled draft"); the revision does not change. */
  rename(id: string, name: string): Promise<void>;
  /** A copy under a new id, named `name` or "Copy of …", not saved to any file. */
  duplicate(id: string, name?: string): Promise<DraftRecord>;
  remove(id: string): Promise<void>;
  close(): void;
}

/** Runs a storage operation; whatever it throws becomes a DraftStorageError. */
async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

class IdbDraftStore implements DraftStore {
  constructor(private readonly db: Db) {}

  list(): Promise<DraftSummary[]> {
    return guarded(async () => (await this.db.getAll(SUMMARIES)).sort(newestFirst));
  }

  get(id: string): Promise<DraftRecord | undefined> {
    return guarded(() => this.db.get(DRAFTS, id));
  }

  create(init: DraftInit): Promise<DraftRecord> {
    const record = newRecord(init);
    return guarded(async () => {
      const tx = this.db.transaction([DRAFTS, SUMMARIES], 'readwrite');
      await Promise.all([
        tx.objectStore(DRAFTS).add(record),
        tx.objectStore(SUMMARIES).add(summaryOf(record)),
        tx.done,
      ]);
      return record;
    });
  }

  async put(record: DraftRecord, expectedRevision: number): Promise<PutResult> {
    try {
      const tx = this.db.transaction([DRAFTS, SUMMARIES], 'readwrite');
      const drafts = tx.objectStore(DRAFTS);
      const { write, result } = planPut(record, await drafts.get(record.id), expectedRevision);
      if (write === undefined) {
        await tx.done;
        return result;
      }
      await Promise.all([
        drafts.put(write),
        tx.objectStore(SUMMARIES).put(summaryOf(write)),
        tx.done,
      ]);
      return result;
    } catch (error) {
      return { ok: false, reason: 'storage', message: storageMessage(error) };
    }
  }

  rename(id: string, name: string): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction([DRAFTS, SUMMARIES], 'readwrite');
      const renamed = renamedRecord(await tx.objectStore(DRAFTS).get(id), name);
      await Promise.all([
        tx.objectStore(DRAFTS).put(renamed),
        tx.objectStore(SUMMARIES).put(summaryOf(renamed)),
        tx.done,
      ]);
    });
  }

  async duplicate(id: string, name?: string): Promise<DraftRecord> {
    return this.create(copyInit(await this.get(id), name));
  }

  remove(id: string): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction([DRAFTS, SUMMARIES], 'readwrite');
      await Promise.all([
        tx.objectStore(DRAFTS).delete(id),
        tx.objectStore(SUMMARIES).delete(id),
        tx.done,
      ]);
    });
  }

  close(): void {
    this.db.close();
  }
}

/** The browser's IndexedDB, or undefined where there is none (or reading it is refused). */
function browserFactory(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch {
    return undefined;
  }
}

function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
  if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'id' });
}

/** Why opening failed: Firefox's private windows refuse with InvalidStateError, others differ. */
function openError(error: unknown): DraftStorageError {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  if (name === 'InvalidStateError' || name === 'UnknownError') {
    return new DraftStorageError(NO_STORAGE_MESSAGE, { cause: error });
  }
  return toStorageError(error);
}

function openDatabase(name: string, factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: DraftStorageError): void => {
      settled = true;
      reject(error);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      fail(openError(error));
      return;
    }
    request.onupgradeneeded = () => upgrade(request.result);
    request.onblocked = () => fail(new DraftStorageError(BLOCKED_MESSAGE));
    request.onerror = (event) => {
      event.preventDefault();
      fail(openError(request.error));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close(); // opened after all, but the caller was told it was blocked
        return;
      }
      // Let a newer version of the app (in another tab) upgrade the database instead of blocking.
      db.onversionchange = () => db.close();
      settled = true;
      resolve(db);
    };
  });
}

/**
 * Opens the drafts database (`dbName`, by default "backchannel-drafts") with `factory` (by default the
 * browser's indexedDB). Rejects with a DraftStorageError, whose message is one sentence for the screen,
 * where there is no IndexedDB, where the browser refuses it (private windows), or where opening is
 * blocked by another tab.
 */
export async function openDraftStore(
  options: { dbName?: string; factory?: IDBFactory } = {},
): Promise<DraftStore> {
  const factory = options.factory ?? browserFactory();
  if (factory === undefined) throw new DraftStorageError(NO_STORAGE_MESSAGE);
  const db = await openDatabase(options.dbName ?? DEFAULT_DRAFTS_DB, factory);
  return new IdbDraftStore(wrap(db) as unknown as Db);
}
