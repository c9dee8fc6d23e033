/**
 * The last edits, kept as the page goes. The autosaver writes into IndexedDB within a second of a
 * change, but a write still waiting (or under way) when the tab is reloaded or closed can be cut off:
 * the browser ends the page's transactions with it. So as the page goes (`beforeunload`, `pagehide`)
 * the newest record of each draft not yet stored is written synchronously into `localStorage`, and
 * the next `get` of that draft takes it back:
 *
 * - the stored draft was last written by the same tab (or not at all): the rescued record is the
 *   newer one; it is returned (at the stored revision, so that it can be written over it) and written;
 * - another tab wrote the draft since: both are kept, the rescued record as a new draft (a copy).
 *
 * A rescue is forgotten once a later write of its draft is stored (the page did not go after all).
 */
import type { DraftRecord } from './types.ts';

/** The part of `Storage` used here (tests pass a Map-backed one). */
export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'backchannel.draft-rescue.';

export function rescueKey(id: string): string {
  return PREFIX + id;
}

/** Writes each record synchronously; one refused (full, private) does not stop the others. */
export function rescue(
  storage: RescueStorage | undefined,
  records: readonly DraftRecord[],
): number {
  let kept = 0;
  for (const record of records) {
    try {
      storage?.setItem(rescueKey(record.id), JSON.stringify(record));
      kept += storage ? 1 : 0;
    } catch {
      // Too large for localStorage, or no storage: the autosaver's last write is all there is.
    }
  }
  return kept;
}

/** Forgets the rescue of draft `id` (its later state is stored). */
export function forgetRescue(storage: RescueStorage | undefined, id: string): void {
  try {
    storage?.removeItem(rescueKey(id));
  } catch {
    // No storage: nothing was kept.
  }
}

/** The rescued record of draft `id`, if one is kept and reads as a draft record. */
export function rescued(storage: RescueStorage | undefined, id: string): DraftRecord | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(rescueKey(id));
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isDraftRecord(value) && value.id === id ? value : undefined;
  } catch {
    return undefined;
  }
}

function isDraftRecord(v: unknown): v is DraftRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const d = r.dataset as Record<string, unknown> | null | undefined;
  return (
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.revision === 'number' &&
    typeof r.updatedAt === 'string' &&
    typeof r.savedToFile === 'boolean' &&
    typeof r.sourceTexts === 'object' &&
    r.sourceTexts !== null &&
    typeof d === 'object' &&
    d !== null &&
    Array.isArray(d.actors) &&
    Array.isArray(d.relations)
  );
}

/** What to do with a rescue found beside the stored draft. */
export type Reconciled =
  /** No rescue: the stored draft as it is. */
  | { take: 'stored'; record: DraftRecord | undefined }
  /** The rescue is the newer state of the stored draft: show it, and write it. */
  | { take: 'rescued'; record: DraftRecord }
  /** Another tab wrote the draft after the rescued state: keep the stored one, and the rescue apart. */
  | { take: 'both'; record: DraftRecord; copy: DraftRecord };

export function reconcile(
  stored: DraftRecord | undefined,
  rescue: DraftRecord | undefined,
): Reconciled {
  if (!rescue) return { take: 'stored', record: stored };
  if (!stored) return { take: 'rescued', record: rescue };
  // Not written since it was made, or last written by the tab that rescued: the rescue is newer.
  if (stored.writerId === undefined || stored.writerId === rescue.writerId) {
    return { take: 'rescued', record: { ...rescue, name: stored.name, revision: stored.revision } };
  }
  return { take: 'both', record: stored, copy: rescue };
}
