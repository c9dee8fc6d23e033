/**
 * The editor's drafts in this browser: src/ui/drafts's store (IndexedDB) and its autosaver (each change
 * kept within a second; a write refused because another tab wrote first is a conflict), and the
 * channel telling the other tabs what was written. Without storage (a private window, a refused or
 * full disk) the drafts stay in this tab's memory and each write says why they were not kept.
 */
import { openDraftStore, type DraftStore } from '../drafts/db.ts';
import { storageMessage } from '../drafts/errors.ts';
import { createMemoryDraftStore } from '../drafts/memory.ts';
import { createAutosaver, type SaveStatus } from '../drafts/autosave.ts';
import { createDraftChannel, newWriterId } from '../drafts/tabs.ts';
import { forgetRescue, reconcile, rescue, rescued, type RescueStorage } from '../drafts/rescue.ts';
import type { SaveState } from '../state/edit.ts';
import type { DraftPort } from './actions.ts';

export interface DraftEvents {
  /** The autosaver's status; `written`: the draft and revision now stored. */
  onStatus(save: SaveState, written?: { id: string; revision: number }): void;
  /** Another tab wrote draft `id`, now at `revision`. */
  onOtherTab(id: string, revision: number): void;
  /** The last edits of a draft, rescued as the page went, were kept as the draft `name` (a copy). */
  onRecovered(name: string): void;
}

function localStorageOrNone(): RescueStorage | undefined {
  try {
    return globalThis.localStorage as RescueStorage | undefined;
  } catch {
    return undefined;
  }
}

/** The drafts kept in this browser and their autosaver, as the editor's port. */
function portOf(store: DraftStore, events: DraftEvents, fallback: string | undefined): DraftPort {
  const writerId = newWriterId();
  const rescues = localStorageOrNone();
  const channel = createDraftChannel(writerId, (c) => events.onOtherTab(c.id, c.revision));
  const onStatus = (s: SaveStatus): void => {
    if (s.state === 'saved') {
      channel.announce(s.id, s.revision);
      if (!saver.latest().some((r) => r.id === s.id)) forgetRescue(rescues, s.id);
      // In memory only (no storage): kept in this tab, and said so each time.
      const save: SaveState =
        fallback !== undefined
          ? { status: 'error', reason: fallback }
          : { status: 'saved', at: Date.parse(s.at) || Date.now() };
      events.onStatus(save, { id: s.id, revision: s.revision });
    } else if (s.state === 'error') events.onStatus({ status: 'error', reason: s.message });
    else events.onStatus({ status: s.state });
  };
  const saver = createAutosaver(store, onStatus);
  const memory = createMemoryDraftStore();
  return {
    create: async (init) => {
      try {
        return await store.create(init);
      } catch (e) {
        // Refused (a full disk): the draft lives in this tab only, and the chip says so.
        events.onStatus({ status: 'error', reason: storageMessage(e) });
        return memory.create(init);
      }
    },
    get: async (id) => {
      const stored = (await store.get(id).catch(() => undefined)) ?? (await memory.get(id));
      const found = reconcile(stored, rescued(rescues, id));
      if (found.take === 'rescued') saver.schedule({ ...found.record, writerId });
      if (found.take === 'both') {
        const { name, dataset, sourceTexts } = found.copy;
        const copy = await store.create({ name: `${name} (recovered)`, dataset, sourceTexts });
        forgetRescue(rescues, id);
        events.onRecovered(copy.name);
      }
      return found.record;
    },
    keep: (r) => saver.schedule({ ...r, writerId }),
    flush: async () => void (await saver.flush()),
    rescue: () => rescue(rescues, saver.latest()),
    discard: (id) => saver.discard(id),
    list: () => store.list(),
    rename: (id, name) => store.rename(id, name),
    duplicate: (id) => store.duplicate(id),
    remove: (id) => store.remove(id),
  };
}

/** Opens the drafts (in memory when the browser keeps none) with their autosaver. */
export async function browserDrafts(
  events: DraftEvents,
  open: () => Promise<DraftStore> = () => openDraftStore(),
): Promise<DraftPort> {
  try {
    return portOf(await open(), events, undefined);
  } catch (e) {
    const fallback = storageMessage(e);
    events.onStatus({ status: 'error', reason: fallback });
    return portOf(createMemoryDraftStore(), events, fallback);
  }
}
