/**
 * The edits kept as the page goes (src/ui/drafts/rescue.ts): what is kept, what is taken back and when,
 * and the drafts port over a fake IndexedDB with a page that goes before its last write.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshFactory, smallDataset } from './fixture.ts';
import { openDraftStore, type DraftStore } from '../../../../src/ui/drafts/db.ts';
import { createAutosaver } from '../../../../src/ui/drafts/autosave.ts';
import {
  reconcile,
  rescue,
  rescued,
  rescueKey,
  type RescueStorage,
} from '../../../../src/ui/drafts/rescue.ts';
import { browserDrafts, type DraftEvents } from '../../../../src/ui/edit/drafts-port.ts';
import type { DraftRecord } from '../../../../src/ui/drafts/types.ts';

class MapStorage implements RescueStorage {
  readonly items = new Map<string, string>();
  refuse = new Set<string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.refuse.has(k)) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

function record(over: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id: 'd1',
    name: 'Talks',
    dataset: smallDataset(2),
    sourceTexts: {},
    revision: 3,
    updatedAt: '2026-11-30T12:00:00.000Z',
    savedToFile: false,
    writerId: 'tab-1',
    ...over,
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rescue and reconcile', () => {
  it('keeps each record under its draft id and reads it back; junk and other ids are ignored', () => {
    const storage = new MapStorage();
    storage.refuse.add(rescueKey('big'));
    const kept = rescue(storage, [record(), record({ id: 'big' }), record({ id: 'd2' })]);
    expect(kept).toBe(2);
    expect(rescued(storage, 'd1')).toEqual(record());
    expect(rescued(storage, 'big')).toBeUndefined();
    storage.setItem(rescueKey('d3'), '{not json');
    storage.setItem(rescueKey('d4'), JSON.stringify({ ...record({ id: 'd4' }), dataset: null }));
    storage.setItem(rescueKey('d5'), JSON.stringify(record({ id: 'other' })));
    expect(rescued(storage, 'd3')).toBeUndefined();
    expect(rescued(storage, 'd4')).toBeUndefined();
    expect(rescued(storage, 'd5')).toBeUndefined();
    expect(rescue(undefined, [record()])).toBe(0);
    expect(rescued(undefined, 'd1')).toBeUndefined();
  });

  it('takes the rescue over a draft last written by the same tab, or never written', () => {
    const stored = record({ revision: 4, name: 'Renamed', dataset: smallDataset(1) });
    const r = reconcile(stored, record());
    expect(r).toEqual({
      take: 'rescued',
      record: { ...record(), name: 'Renamed', revision: 4 },
    });
    const fresh = record({ revision: 1, dataset: smallDataset(0) });
    delete fresh.writerId;
    expect(reconcile(fresh, record())).toMatchObject({ take: 'rescued', record: { revision: 1 } });
    expect(reconcile(undefined, record())).toEqual({ take: 'rescued', record: record() });
    expect(reconcile(stored, undefined)).toEqual({ take: 'stored', record: stored });
  });

  it('keeps both when another tab wrote the draft after the rescued state', () => {
    const theirs = record({ revision: 5, writerId: 'tab-2', dataset: smallDataset(4) });
    expect(reconcile(theirs, record())).toEqual({ take: 'both', record: theirs, copy: record() });
  });
});

describe('the autosaver names what is not stored yet', () => {
  it('lists the record waiting, then the one being written, then none', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const puts: DraftRecord[] = [];
    const store = {
      put: async (r: DraftRecord, expected: number) => {
        puts.push(r);
        await gate;
        return { ok: true as const, revision: expected + 1 };
      },
    } as unknown as DraftStore;
    const saver = createAutosaver(store, () => {}, { delayMs: 5, maxWaitMs: 5 });
    expect(saver.latest()).toEqual([]);
    saver.schedule(record({ dataset: smallDataset(1) }));
    expect(saver.latest().map((r) => r.dataset.actors.length)).toEqual([1]);
    await wait(20);
    expect(puts).toHaveLength(1);
    saver.schedule(record({ dataset: smallDataset(2) }));
    // Being written: 1 actor; waiting: 2 actors. The newest is the one named.
    expect(saver.latest().map((r) => r.dataset.actors.length)).toEqual([2]);
    release();
    await saver.flush();
    expect(saver.latest()).toEqual([]);
  });
});

describe('the drafts port: a page that goes before its last write', () => {
  let storage: MapStorage;
  beforeEach(() => {
    storage = new MapStorage();
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('BroadcastChannel', undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function events(): DraftEvents & { recovered: string[] } {
    const recovered: string[] = [];
    return {
      recovered,
      onStatus: () => {},
      onOtherTab: () => {},
      onRecovered: (name) => recovered.push(name),
    };
  }

  async function pageWithEdit(factory: IDBFactory) {
    const store = await openDraftStore({ factory });
    const port = await browserDrafts(events(), () => Promise.resolve(store));
    const draft = await port.create({ name: 'Talks', dataset: smallDataset(1) });
    port.keep({ ...draft, dataset: smallDataset(3) });
    // The page goes now: the debounce has not fired, nothing is written but the rescue.
    expect(port.rescue()).toBe(1);
    return { draft, store };
  }

  it('the next page takes the last edit back and writes it; the rescue is then forgotten', async () => {
    const factory = freshFactory();
    const { draft, store } = await pageWithEdit(factory);
    expect((await store.get(draft.id))?.dataset.actors).toHaveLength(1);

    const next = await openDraftStore({ factory });
    const ev = events();
    const port = await browserDrafts(ev, () => Promise.resolve(next));
    const back = await port.get(draft.id);
    expect(back?.dataset.actors).toHaveLength(3);
    await port.flush();
    expect((await next.get(draft.id))?.dataset.actors).toHaveLength(3);
    expect(storage.items.has(rescueKey(draft.id))).toBe(false);
    expect(ev.recovered).toEqual([]);
  });

  it('another tab wrote the draft meanwhile: its version stays, the last edit becomes a copy', async () => {
    const factory = freshFactory();
    const { draft } = await pageWithEdit(factory);
    const other = await openDraftStore({ factory });
    const theirs = { ...draft, dataset: smallDataset(5), writerId: 'tab-2' };
    expect(await other.put(theirs, draft.revision)).toMatchObject({ ok: true });

    const next = await openDraftStore({ factory });
    const ev = events();
    const port = await browserDrafts(ev, () => Promise.resolve(next));
    expect((await port.get(draft.id))?.dataset.actors).toHaveLength(5);
    expect(ev.recovered).toEqual(['Talks (recovered)']);
    const copy = (await next.list()).find((s) => s.name === 'Talks (recovered)');
    expect(copy?.actors).toBe(3);
    expect(storage.items.has(rescueKey(draft.id))).toBe(false);
  });

  it('a page that stayed (leaving cancelled) forgets its rescue once the write lands', async () => {
    const factory = freshFactory();
    const store = await openDraftStore({ factory });
    const port = await browserDrafts(events(), () => Promise.resolve(store));
    const draft = await port.create({ name: 'Talks', dataset: smallDataset(1) });
    port.keep({ ...draft, dataset: smallDataset(2) });
    port.rescue();
    expect(storage.items.has(rescueKey(draft.id))).toBe(true);
    await port.flush();
    expect(storage.items.has(rescueKey(draft.id))).toBe(false);
    // A later page reads the stored draft, not an old rescue.
    const again = await browserDrafts(events(), () => openDraftStore({ factory }));
    expect((await again.get(draft.id))?.dataset.actors).toHaveLength(2);
  });
});
