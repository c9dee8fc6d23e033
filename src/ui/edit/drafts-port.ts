/**
 * The editor's drafts in this browser: src/ui/drafts's store (IndexedDB), written within a second of
 * each change (debounced), with the optimistic lock between tabs (a write refused because another
 * tab wrote first is a conflict), and a BroadcastChannel telling the other tabs what was written.
 * Without storage (a private window, a full disk) every draft stays in memory and each write says why
 * it was not kept.
 */
import { openDraftStore, type DraftStore } from '../drafts/db.ts';
import { storageMessage } from '../drafts/errors.ts';
import { randomId } from '../drafts/ids.ts';
import type { DraftRecord, DraftSummary } from '../drafts/types.ts';
import type { SaveState } from '../state/edit.ts';
import type { DraftPort } from './actions.ts';

export interface DraftEvents {
  onStatus(save: SaveState, revision?: number): void;
  /** Another tab wrote draft `id`, now at `revision`. */
  onOtherTab(id: string, revision: number): void;
}

/** Within a second of a change, as the issue asks (typing bursts are one write). */
export const KEEP_DELAY_MS = 300;
const CHANNEL = 'backchannel-drafts';

interface Written {
  id: string;
  revision: number;
  writer: string;
}

function summaryOf(r: DraftRecord): DraftSummary {
  return {
    id: r.id,
    name: r.name,
    updatedAt: r.updatedAt,
    revision: r.revision,
    actors: r.dataset.actors.length,
    relations: r.dataset.relations.length,
    savedToFile: r.savedToFile,
  };
}

/** The drafts kept in memory only (no storage): the same operations, nothing outlives the tab. */
function memoryStore(): DraftStore {
  const drafts = new Map<string, DraftRecord>();
  return {
    list: () => Promise.resolve([...drafts.values()].map(summaryOf)),
    get: (id) => Promise.resolve(drafts.get(id)),
    create: (init) => {
      const r: DraftRecord = {
        id: `draft-${randomId()}`,
        name: init.name.trim() || 'Untitled draft',
        dataset: init.dataset,
        sourceTexts: init.sourceTexts ?? {},
        revision: 1,
        updatedAt: new Date().toISOString(),
        savedToFile: init.fileName !== undefined,
        ...(init.fileName !== undefined && { fileName: init.fileName }),
      };
      drafts.set(r.id, r);
      return Promise.resolve(r);
    },
    put: (record, expected) => {
      drafts.set(record.id, { ...record, revision: expected + 1 });
      return Promise.resolve({ ok: true, revision: expected + 1 });
    },
    rename: (id, name) => {
      const r = drafts.get(id);
      if (r) drafts.set(id, { ...r, name });
      return Promise.resolve();
    },
    duplicate: (id, name) => {
      const r = drafts.get(id);
      if (!r) return Promise.reject(new Error('no such draft'));
      const copy = { ...r, id: `draft-${randomId()}`, name: name ?? `Copy of ${r.name}` };
      drafts.set(copy.id, copy);
      return Promise.resolve(copy);
    },
    remove: (id) => {
      drafts.delete(id);
      return Promise.resolve();
    },
    close: () => undefined,
  };
}

/** A debounced writer of one record at a time, with the revision each draft was last seen at. */
function writer(store: DraftStore, events: DraftEvents, fallback: string | undefined) {
  const me = randomId();
  const known = new Map<string, number>();
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  if (channel) {
    channel.onmessage = (e: MessageEvent<Written>) => {
      const w = e.data;
      if (w.writer !== me && typeof w.id === 'string') events.onOtherTab(w.id, w.revision);
    };
  }
  let pending: DraftRecord | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  async function write(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const r = pending;
    pending = undefined;
    if (!r) return;
    const expected = known.get(r.id) ?? r.revision;
    const out = await store.put({ ...r, writerId: me }, expected);
    if (out.ok) {
      known.set(r.id, out.revision);
      if (fallback !== undefined)
        events.onStatus({ status: 'error', reason: fallback }, out.revision); // prettier-ignore
      else events.onStatus({ status: 'saved', at: Date.now() }, out.revision);
      channel?.postMessage({ id: r.id, revision: out.revision, writer: me } satisfies Written);
    } else if (out.reason === 'conflict') {
      events.onStatus({ status: 'conflict' });
    } else {
      events.onStatus({ status: 'error', reason: out.message });
    }
  }
  return {
    seen: (r: DraftRecord): DraftRecord => (known.set(r.id, r.revision), r),
    keep(r: DraftRecord): void {
      pending = r;
      if (timer === undefined) timer = setTimeout(() => void write(), KEEP_DELAY_MS);
    },
    flush: write,
  };
}

/** Opens the drafts (in memory when the browser keeps none) and the writer. */
export async function browserDrafts(events: DraftEvents): Promise<DraftPort> {
  let store: DraftStore;
  let fallback: string | undefined;
  try {
    store = await openDraftStore();
  } catch (e) {
    fallback = storageMessage(e);
    store = memoryStore();
    events.onStatus({ status: 'error', reason: fallback });
  }
  const w = writer(store, events, fallback);
  const memory = memoryStore();
  return {
    create: async (init) => {
      try {
        return w.seen(await store.create(init));
      } catch (e) {
        // Refused (a full disk): the draft lives in this tab only, and the chip says so.
        events.onStatus({ status: 'error', reason: storageMessage(e) });
        return memory.create(init);
      }
    },
    get: async (id) => {
      const r = (await store.get(id).catch(() => undefined)) ?? (await memory.get(id));
      return r && w.seen(r);
    },
    keep: (r) => w.keep(r),
    flush: () => w.flush(),
    list: () => store.list(),
    rename: (id, name) => store.rename(id, name),
    duplicate: (id) => store.duplicate(id),
    remove: (id) => store.remove(id),
  };
}
