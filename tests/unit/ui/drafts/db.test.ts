import { afterEach, describe, expect, it } from 'vitest';
import { freshFactory, richDataset, smallDataset } from './fixture.ts';
import {
  DraftStorageError,
  openDraftStore,
  type DraftStore,
} from '../../../../src/ui/drafts/db.ts';
import {
  BLOCKED_MESSAGE,
  NO_STORAGE_MESSAGE,
  QUOTA_MESSAGE,
} from '../../../../src/ui/drafts/errors.ts';
import { createMemoryDraftStore } from '../../../../src/ui/drafts/memory.ts';

const opened: DraftStore[] = [];
async function open(factory: IDBFactory = freshFactory()): Promise<DraftStore> {
  const store = await openDraftStore({ factory });
  opened.push(store);
  return store;
}

/** Two tabs on the same drafts: two connections to one IndexedDB, or one memory store seen twice. */
const KINDS: [string, () => Promise<[DraftStore, DraftStore]>][] = [
  [
    'IndexedDB',
    async () => {
      const factory = freshFactory();
      return [await open(factory), await open(factory)];
    },
  ],
  [
    'memory',
    () => {
      const store = createMemoryDraftStore();
      return Promise.resolve([store, store]);
    },
  ],
];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const tick = () => new Promise((r) => setTimeout(r, 2));

describe.each(KINDS)('DraftStore in %s', (_kind, tabs) => {
  const single = async () => (await tabs())[0];
  it('creates, gets and lists drafts newest first, with their counts', async () => {
    const store = await single();
    expect(await store.list()).toEqual([]);
    const a = await store.create({ name: 'First', dataset: smallDataset(2) });
    await tick();
    const b = await store.create({ name: 'Second', dataset: smallDataset(3), fileName: 'b.json' });
    expect(a.revision).toBe(1);
    expect(a.savedToFile).toBe(false);
    expect(a.fileName).toBeUndefined();
    expect(b.savedToFile).toBe(true);
    expect(b.fileName).toBe('b.json');
    expect(a.id).not.toBe(b.id);
    expect(await store.get(a.id)).toEqual(a);
    expect(await store.get('nothing')).toBeUndefined();
    const list = await store.list();
    expect(list.map((s) => s.name)).toEqual(['Second', 'First']);
    expect(list[0]).toEqual({
      id: b.id,
      name: 'Second',
      updatedAt: b.updatedAt,
      revision: 1,
      actors: 3,
      relations: 0,
      savedToFile: true,
    });
    await tick();
    const put = await store.put({ ...a, dataset: smallDataset(5) }, 1);
    expect(put).toEqual({ ok: true, revision: 2 });
    const after = await store.list();
    expect(after.map((s) => [s.name, s.revision, s.actors])).toEqual([
      ['First', 2, 5],
      ['Second', 1, 3],
    ]);
  });

  it('puts with the right revision, +1 each time, and stamps updatedAt', async () => {
    const store = await single();
    const d = await store.create({
      name: 'D',
      dataset: smallDataset(),
      sourceTexts: { s: 'text' },
    });
    await tick();
    const r1 = await store.put({ ...d, savedToFile: false, writerId: 'tab-1' }, 1);
    expect(r1).toEqual({ ok: true, revision: 2 });
    const r2 = await store.put({ ...d, revision: 2, dataset: smallDataset(4) }, 2);
    expect(r2).toEqual({ ok: true, revision: 3 });
    const stored = await store.get(d.id);
    expect(stored?.revision).toBe(3);
    expect(stored?.dataset.actors).toHaveLength(4);
    expect(stored?.sourceTexts).toEqual({ s: 'text' });
    expect((stored?.updatedAt ?? '') > d.updatedAt).toBe(true);
  });

  it('refuses a stale revision from a second tab with what the first wrote', async () => {
    const [tab1, tab2] = await tabs();
    const d = await tab1.create({ name: 'Shared', dataset: smallDataset() });
    const seen2 = await tab2.get(d.id);
    expect(seen2?.revision).toBe(1);
    expect(await tab1.put({ ...d, dataset: smallDataset(2), writerId: 'one' }, 1)).toEqual({
      ok: true,
      revision: 2,
    });
    if (seen2 === undefined) throw new Error('tab 2 sees no draft');
    const stale = await tab2.put({ ...seen2, dataset: smallDataset(9), writerId: 'two' }, 1);
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
    expect(stale.current.revision).toBe(2);
    expect(stale.current.writerId).toBe('one');
    expect(stale.current.dataset.actors).toHaveLength(2);
    // Nothing was overwritten.
    expect((await tab1.get(d.id))?.dataset.actors).toHaveLength(2);
    // The second tab, told, may keep its work as a copy.
    const copy = await tab2.create({ name: 'Shared (tab 2)', dataset: smallDataset(9) });
    expect((await tab1.list()).map((s) => s.id).sort()).toEqual([d.id, copy.id].sort());
  });

  it('renames without a new revision, and a put keeps the stored name', async () => {
    const store = await single();
    const d = await store.create({ name: 'Old', dataset: smallDataset() });
    await store.rename(d.id, '  New name ');
    expect((await store.get(d.id))?.name).toBe('New name');
    expect((await store.list())[0]?.name).toBe('New name');
    expect(await store.put({ ...d, name: 'Old' }, 1)).toEqual({ ok: true, revision: 2 });
    expect((await store.get(d.id))?.name).toBe('New name');
    await store.rename(d.id, '   ');
    expect((await store.get(d.id))?.name).toBe('Untitled draft');
    await expect(store.rename('missing', 'x')).rejects.toBeInstanceOf(DraftStorageError);
    await expect(store.duplicate('missing')).rejects.toBeInstanceOf(DraftStorageError);
  });

  it('duplicates as "Copy of …", unsaved, with the texts; removes', async () => {
    const store = await single();
    const d = await store.create({
      name: 'Talks',
      dataset: richDataset(),
      sourceTexts: { 'seed-article': 'Pasted <b>text</b>' },
      fileName: 'talks.json',
    });
    const copy = await store.duplicate(d.id);
    expect(copy.id).not.toBe(d.id);
    expect(copy.name).toBe('Copy of Talks');
    expect(copy.revision).toBe(1);
    expect(copy.savedToFile).toBe(false);
    expect(copy.fileName).toBeUndefined();
    expect(copy.dataset).toEqual(d.dataset);
    expect(copy.sourceTexts).toEqual(d.sourceTexts);
    const named = await store.duplicate(d.id, 'Variant');
    expect(named.name).toBe('Variant');
    expect(await store.list()).toHaveLength(3);
    await store.remove(d.id);
    expect(await store.get(d.id)).toBeUndefined();
    expect((await store.list()).map((s) => s.id).sort()).toEqual([copy.id, named.id].sort());
    await store.remove('never-there');
    await expect(store.duplicate(d.id)).rejects.toBeInstanceOf(DraftStorageError);
  });

  it('keeps its own copy: changing a record after writing it changes nothing stored', async () => {
    const store = await single();
    const d = await store.create({ name: 'Own', dataset: smallDataset(2) });
    d.dataset.actors.pop();
    const record = { ...d, dataset: smallDataset(3) };
    await store.put(record, 1);
    record.dataset.actors.pop();
    expect((await store.get(d.id))?.dataset.actors).toHaveLength(3);
    const got = await store.get(d.id);
    got?.dataset.actors.pop();
    expect((await store.get(d.id))?.dataset.actors).toHaveLength(3);
  });

  it('writes again a draft that another tab deleted, rather than lose it', async () => {
    const [tab1, tab2] = await tabs();
    const d = await tab1.create({ name: 'Gone', dataset: smallDataset() });
    await tab2.remove(d.id);
    expect(await tab1.put({ ...d, dataset: smallDataset(2) }, 1)).toEqual({
      ok: true,
      revision: 2,
    });
    expect((await tab2.get(d.id))?.dataset.actors).toHaveLength(2);
  });
});

describe('DraftStore in IndexedDB', () => {
  it('keeps a dataset deep-equal through IndexedDB: x- keys, positions, texts', async () => {
    const factory = freshFactory();
    const dataset = richDataset();
    const expected = structuredClone(dataset);
    const store = await open(factory);
    const d = await store.create({
      name: 'Rich',
      dataset,
      sourceTexts: { a: 'é\u0000\ud83d\ude00' },
    });
    store.close();
    const reopened = await open(factory);
    const back = await reopened.get(d.id);
    expect(back?.dataset).toStrictEqual(expected);
    expect(JSON.stringify(back?.dataset)).toBe(JSON.stringify(expected));
    expect((back?.dataset as Record<string, unknown>)['x-editor']).toEqual(
      (expected as Record<string, unknown>)['x-editor'],
    );
    expect(back?.dataset.positions).toEqual(expected.positions);
    expect(back?.sourceTexts).toEqual({ a: 'é\u0000\ud83d\ude00' });
  });
});

describe('openDraftStore refusals', () => {
  function factoryWith(open: () => IDBOpenDBRequest): IDBFactory {
    const base = freshFactory();
    return Object.assign(Object.create(base) as IDBFactory, { open });
  }

  it('rejects with a sentence where the factory throws on open', async () => {
    const factory = factoryWith(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const error: unknown = await openDraftStore({ factory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftStorageError);
    expect((error as Error).message).toBe(NO_STORAGE_MESSAGE);
  });

  it("rejects where the open request fails (Firefox's private windows)", async () => {
    const factory = factoryWith(() => {
      const request = new EventTarget() as IDBOpenDBRequest;
      const error = new DOMException('private', 'InvalidStateError');
      Object.defineProperty(request, 'error', { value: error });
      setTimeout(() => request.dispatchEvent(new Event('error', { cancelable: true })));
      Object.defineProperty(request, 'onerror', {
        set(handler: (e: Event) => void) {
          request.addEventListener('error', handler);
        },
      });
      return request;
    });
    const error: unknown = await openDraftStore({ factory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftStorageError);
    expect((error as Error).message).toBe(NO_STORAGE_MESSAGE);
  });

  it('rejects where there is no IndexedDB at all', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      await expect(openDraftStore()).rejects.toThrow(NO_STORAGE_MESSAGE);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });

  it('rejects where another tab blocks the upgrade', async () => {
    const factory = freshFactory();
    // An older tab holds version 1 open and does not close on versionchange.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('blocked-db', 1);
      r.onsuccess = () => resolve(r.result);
    });
    old.onversionchange = null;
    const upgrading = factoryWith(() => factory.open('blocked-db', 2));
    await expect(openDraftStore({ dbName: 'blocked-db', factory: upgrading })).rejects.toThrow(
      BLOCKED_MESSAGE,
    );
    old.close();
  });
});

describe('put on a refused storage', () => {
  it("comes back as 'storage' with the quota sentence, never rejecting", async () => {
    const store = await open();
    const d = await store.create({ name: 'Full', dataset: smallDataset() });
    const record = { ...d, dataset: smallDataset(2) };
    // IndexedDB cannot store a function: the structured clone throws DataCloneError.
    (record.dataset as Record<string, unknown>)['x-fn'] = () => 1;
    const result = await store.put(record, 1);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'storage') throw new Error('expected storage');
    expect(result.message).toMatch(/stays in this tab until you save it to a file\.$/);
    expect(QUOTA_MESSAGE).toMatch(/storage for this site is full/);
    expect((await store.get(d.id))?.revision).toBe(1);
  });
});
