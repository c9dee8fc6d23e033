import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryDraftStore } from './memory-store.ts';
import { smallDataset } from './fixture.ts';
import { createAutosaver, type SaveStatus } from '../../../../src/ui/drafts/autosave.ts';
import type { DraftRecord } from '../../../../src/ui/drafts/types.ts';

async function setup() {
  const store = new MemoryDraftStore();
  const draft = await store.create({ name: 'Draft', dataset: smallDataset() });
  const statuses: SaveStatus[] = [];
  const saver = createAutosaver(store, (s) => statuses.push(s));
  return { store, draft, statuses, saver };
}

/** The draft with `n` actors: each edit is told apart by its count. */
function edit(draft: DraftRecord, n: number): DraftRecord {
  return { ...draft, dataset: smallDataset(n) };
}

describe('autosave timing (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes delayMs after the last change, and only the last record', async () => {
    const { store, draft, statuses, saver } = await setup();
    saver.schedule(edit(draft, 2));
    expect(saver.pending).toBe(true);
    expect(statuses).toEqual([{ state: 'pending' }]);
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule(edit(draft, 3));
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule(edit(draft, 4));
    await vi.advanceTimersByTimeAsync(299);
    expect(store.puts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.puts).toHaveLength(1);
    expect(store.puts[0]?.record.dataset.actors).toHaveLength(4);
    expect(store.puts[0]?.expectedRevision).toBe(1);
    expect(saver.pending).toBe(false);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saved']);
    expect(statuses[1]).toMatchObject({ state: 'saved', revision: 2, id: draft.id });
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(4);
  });

  it('writes within 1 s of every change under continuous typing (max-wait)', async () => {
    const { store, draft, saver } = await setup();
    const scheduledAt: number[] = [];
    const start = Date.now();
    for (let i = 1; i <= 60; i += 1) {
      scheduledAt.push(Date.now() - start);
      saver.schedule(edit(draft, i)); // i actors: the i-th change
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.pending).toBe(false);
    // Continuous typing every 50 ms never lets the 300 ms debounce fire: only the max-wait writes.
    expect(store.puts.length).toBeGreaterThanOrEqual(3);
    expect(store.puts.length).toBeLessThanOrEqual(6);
    scheduledAt.forEach((t, index) => {
      const covering = store.puts.find((p) => p.record.dataset.actors.length >= index + 1);
      expect(covering, `change ${index + 1}`).toBeDefined();
      expect((covering?.at ?? Infinity) - start - t).toBeLessThanOrEqual(1000);
    });
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(60);
    // The autosaver carried its own revisions: each put expected the one before.
    expect(store.puts.map((p) => p.expectedRevision)).toEqual(store.puts.map((_, i) => i + 1));
  });

  it('keeps a refused record pending and writes it on the next flush', async () => {
    const { store, draft, statuses, saver } = await setup();
    store.refuse = () => ({ ok: false, reason: 'storage', message: 'Storage is full.' });
    saver.schedule(edit(draft, 5));
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'Storage is full.' });
    expect(saver.pending).toBe(true);
    expect(store.records.get(draft.id)?.revision).toBe(1);
    // No timer retries on its own; nothing is dropped either.
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.puts).toHaveLength(1);
    store.refuse = undefined;
    const status = await saver.flush();
    expect(status).toMatchObject({ state: 'saved', revision: 2 });
    expect(saver.pending).toBe(false);
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(5);
  });

  it('turns a rejected put into an error status with a sentence, then retries on schedule', async () => {
    const { store, draft, statuses, saver } = await setup();
    store.refuse = () => new DOMException('full', 'QuotaExceededError');
    saver.schedule(edit(draft, 2));
    await vi.advanceTimersByTimeAsync(300);
    const last = statuses.at(-1);
    expect(last?.state).toBe('error');
    expect(last?.state === 'error' ? last.message : '').toMatch(/storage for this site is full/);
    expect(saver.pending).toBe(true);
    store.refuse = undefined;
    saver.schedule(edit(draft, 3));
    expect(statuses.at(-1)).toEqual({ state: 'pending' });
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved', revision: 2 });
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(3);
    expect(saver.pending).toBe(false);
  });

  it('keeps the newer record when a change arrives during a refused write', async () => {
    const { store, draft, saver } = await setup();
    store.refuse = (r) => {
      if (r.dataset.actors.length === 2) saver.schedule(edit(draft, 3)); // typed meanwhile
      return { ok: false, reason: 'storage', message: 'No.' };
    };
    saver.schedule(edit(draft, 2));
    await vi.advanceTimersByTimeAsync(300);
    store.refuse = undefined;
    await saver.flush();
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(3);
  });

  it('stops on a conflict until the caller decides', async () => {
    const { store, draft, statuses, saver } = await setup();
    // Another tab writes first.
    expect(await store.put({ ...draft, writerId: 'other' }, 1)).toEqual({ ok: true, revision: 2 });
    saver.schedule(edit(draft, 7));
    await vi.advanceTimersByTimeAsync(300);
    const conflict = statuses.at(-1);
    expect(conflict?.state).toBe('conflict');
    expect(conflict?.state === 'conflict' ? conflict.current.writerId : '').toBe('other');
    expect(saver.pending).toBe(true);
    const putsBefore = store.puts.length;
    saver.schedule(edit(draft, 8));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await saver.flush()).toMatchObject({ state: 'conflict' });
    expect(store.puts).toHaveLength(putsBefore); // no write while in conflict
    expect(store.records.get(draft.id)?.writerId).toBe('other');
    // The caller keeps its work as a copy and goes on with the copy.
    const copy = await store.create({ name: 'Copy', dataset: smallDataset(8) });
    saver.schedule(edit(copy, 9));
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved', revision: 2 });
    expect(saver.pending).toBe(false);
    expect(store.records.get(draft.id)?.writerId).toBe('other');
  });

  it('overwrites after a conflict only when scheduled with the conflicting revision', async () => {
    const { store, draft, saver } = await setup();
    await store.put({ ...draft, writerId: 'other' }, 1);
    saver.schedule(edit(draft, 2));
    const status = await saver.flush();
    if (status.state !== 'conflict') throw new Error('expected a conflict');
    saver.schedule({ ...edit(draft, 3), revision: status.current.revision });
    expect(await saver.flush()).toMatchObject({ state: 'saved', revision: 3 });
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(3);
  });

  it('discards a conflicting record when the caller keeps the other version', async () => {
    const { store, draft, saver } = await setup();
    await store.put({ ...draft, writerId: 'other' }, 1);
    saver.schedule(edit(draft, 2));
    await saver.flush();
    expect(saver.pending).toBe(true);
    saver.discard(draft.id);
    expect(saver.pending).toBe(false);
  });

  it('writes what is pending on dispose, and ignores later schedules', async () => {
    const { store, draft, statuses, saver } = await setup();
    saver.schedule(edit(draft, 6));
    saver.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(6);
    saver.schedule(edit(draft, 7));
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.puts).toHaveLength(1);
    expect(statuses).toEqual([{ state: 'pending' }]);
  });

  it('is pending while a write is under way, and writes a change made meanwhile next', async () => {
    const { store, draft, statuses, saver } = await setup();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const put = store.put.bind(store);
    store.put = async (record, expected) => {
      if (record.dataset.actors.length === 2) await held;
      return put(record, expected);
    };
    saver.schedule(edit(draft, 2));
    await vi.advanceTimersByTimeAsync(300);
    expect(store.puts).toHaveLength(0);
    expect(saver.pending).toBe(true);
    saver.schedule(edit(draft, 3));
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(2);
    expect(saver.pending).toBe(true);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saved', 'pending']);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.records.get(draft.id)?.dataset.actors).toHaveLength(3);
    expect(store.puts.map((p) => p.expectedRevision)).toEqual([1, 2]);
    expect(saver.pending).toBe(false);
  });

  it('flushes with nothing pending without writing', async () => {
    const { store, saver } = await setup();
    expect(await saver.flush()).toEqual({ state: 'idle' });
    expect(store.puts).toHaveLength(0);
  });
});
