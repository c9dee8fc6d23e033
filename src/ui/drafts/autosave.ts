/**
 * Autosave: keeps the latest state of a draft in storage within a second of any change, without
 * writing on every keystroke. `schedule` is called with the whole record after each edit; the record
 * is written `delayMs` after the last call (debounce), and never later than `maxWaitMs` after the first
 * change not yet stored, even under continuous typing. Writes are serial, one at a time.
 *
 * Nothing lost: a write refused by storage leaves the record pending in memory (status 'error') and
 * it is tried again on the next `schedule` or `flush`. A write refused because another tab wrote the
 * draft first (status 'conflict') stops the writes of that draft until the caller decides: scheduling
 * the record again with a revision at least the conflicting one's (keep mine, knowingly), scheduling
 * another draft (e.g. the copy made with `store.create`), or `discard(id)` (keep the other tab's).
 */
import type { DraftStore } from './db.ts';
import type { DraftRecord, PutResult } from './types.ts';
import { storageMessage } from './errors.ts';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  /** `id`: the draft written (to announce to other tabs with its revision). */
  | { state: 'saved'; at: string; revision: number; id: string }
  | { state: 'conflict'; current: DraftRecord }
  | { state: 'error'; message: string };

export interface Autosaver {
  /** The latest record to keep; written at most `delayMs` later (default 300), and always within
   *  `maxWaitMs` (default 800, leaving time for the write itself to end within 1 s) of the first
   *  unsaved change, even under continuous typing. Ignored after `dispose`. */
  schedule(record: DraftRecord): void;
  /** Writes now what is pending; resolves with the status after the writes. */
  flush(): Promise<SaveStatus>;
  /** A change not yet in storage (unsaved, being written, refused or in conflict). */
  readonly pending: boolean;
  /** Per draft, the newest record not yet known to be stored (waiting, being written or refused). */
  latest(): DraftRecord[];
  /** Forgets the pending record of draft `id` (or of every draft): the caller chose another version. */
  discard(id?: string): void;
  /** Stops the timers and writes what is pending one last time (silently). */
  dispose(): void;
}

export const DEFAULT_AUTOSAVE_DELAY_MS = 300;
export const DEFAULT_AUTOSAVE_MAX_WAIT_MS = 800;

type Timer = ReturnType<typeof setTimeout>;

class DraftAutosaver implements Autosaver {
  /** Per draft, the latest record not yet handed to storage. */
  private readonly unsaved = new Map<string, DraftRecord>();
  /** Per draft, the revision this autosaver last stored. */
  private readonly known = new Map<string, number>();
  /** Per draft in conflict, what the other tab stored. */
  private readonly conflicts = new Map<string, DraftRecord>();
  private writing = 0;
  /** Per draft, the record being written now. */
  private readonly inFlight = new Map<string, DraftRecord>();
  private debounce: Timer | undefined;
  private maxWait: Timer | undefined;
  private chain: Promise<SaveStatus> = Promise.resolve({ state: 'idle' });
  private last: SaveStatus = { state: 'idle' };
  private disposed = false;

  constructor(
    private readonly store: DraftStore,
    private readonly onStatus: (s: SaveStatus) => void,
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
  ) {}

  get pending(): boolean {
    return this.unsaved.size > 0 || this.writing > 0;
  }

  latest(): DraftRecord[] {
    const newest = new Map(this.inFlight);
    for (const [id, record] of this.unsaved) newest.set(id, record);
    return [...newest.values()];
  }

  schedule(record: DraftRecord): void {
    if (this.disposed) return;
    this.resolveConflicts(record);
    this.unsaved.set(record.id, record);
    const conflict = this.conflicts.get(record.id);
    this.emit(conflict ? { state: 'conflict', current: conflict } : { state: 'pending' });
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.fire(), this.delayMs);
    this.maxWait ??= setTimeout(() => this.fire(), this.maxWaitMs);
  }

  flush(): Promise<SaveStatus> {
    this.clearTimers();
    this.chain = this.chain.then(() => this.writeAll());
    return this.chain;
  }

  discard(id?: string): void {
    for (const key of id === undefined ? [...this.unsaved.keys()] : [id]) {
      this.unsaved.delete(key);
      this.conflicts.delete(key);
    }
    if (!this.pending) this.clearTimers();
  }

  dispose(): void {
    if (this.disposed) return;
    if (this.unsaved.size > 0) void this.flush();
    this.clearTimers();
    this.disposed = true;
  }

  /** A record scheduled knowing the conflicting revision ends that conflict; another draft ends all. */
  private resolveConflicts(record: DraftRecord): void {
    for (const [id, current] of [...this.conflicts]) {
      if (id !== record.id) this.discard(id);
      else if (record.revision >= current.revision) this.conflicts.delete(id);
    }
  }

  private fire(): void {
    void this.flush();
  }

  private clearTimers(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.debounce = undefined;
    this.maxWait = undefined;
  }

  private async writeAll(): Promise<SaveStatus> {
    let status = this.last;
    for (const [id, record] of [...this.unsaved]) {
      const conflict = this.conflicts.get(id);
      if (conflict) {
        status = { state: 'conflict', current: conflict };
        this.emit(status);
        continue;
      }
      this.unsaved.delete(id);
      this.writing += 1;
      this.inFlight.set(id, record);
      const result = await this.write(record);
      this.inFlight.delete(id);
      this.writing -= 1;
      status = this.settle(record, result);
      this.emit(status);
      if (status.state === 'error') break; // storage refuses: keep the others pending as they are
    }
    if (status.state === 'saved' && this.unsaved.size > 0) this.emit({ state: 'pending' });
    return status;
  }

  private async write(record: DraftRecord): Promise<PutResult> {
    const expected = Math.max(this.known.get(record.id) ?? record.revision, record.revision);
    try {
      return await this.store.put(record, expected);
    } catch (error) {
      return { ok: false, reason: 'storage', message: storageMessage(error) };
    }
  }

  private settle(record: DraftRecord, result: PutResult): SaveStatus {
    if (result.ok) {
      this.known.set(record.id, result.revision);
      return {
        state: 'saved',
        at: new Date().toISOString(),
        revision: result.revision,
        id: record.id,
      };
    }
    // Not stored: keep it, unless a newer record of the draft was scheduled meanwhile.
    if (!this.unsaved.has(record.id)) this.unsaved.set(record.id, record);
    if (result.reason === 'conflict') {
      this.conflicts.set(record.id, result.current);
      return { state: 'conflict', current: result.current };
    }
    return { state: 'error', message: result.message };
  }

  private emit(status: SaveStatus): void {
    if (this.disposed || sameStatus(this.last, status)) return;
    this.last = status;
    this.onStatus(status);
  }
}

function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  if (a.state === 'pending' && b.state === 'pending') return true;
  if (a.state === 'conflict' && b.state === 'conflict') {
    return a.current.id === b.current.id && a.current.revision === b.current.revision;
  }
  return false;
}

/** An autosaver writing into `store`, telling `onStatus` each change of status. */
export function createAutosaver(
  store: DraftStore,
  onStatus: (s: SaveStatus) => void,
  options: { delayMs?: number; maxWaitMs?: number } = {},
): Autosaver {
  const delayMs = options.delayMs ?? DEFAULT_AUTOSAVE_DELAY_MS;
  const maxWaitMs = Math.max(delayMs, options.maxWaitMs ?? DEFAULT_AUTOSAVE_MAX_WAIT_MS);
  return new DraftAutosaver(store, onStatus, delayMs, maxWaitMs);
}
