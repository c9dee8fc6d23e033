/**
 * The tab's last file (ui/state/actions/last-file.ts) is kept a slice per idle moment, and read back
 * only when every slice and the header are there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  flushLastFile,
  keepLastFile,
  lastFile,
  SLICE,
} from '../../../../../src/ui/state/actions/last-file.ts';

class MemoryStorage {
  readonly map = new Map<string, string>();
  writes: number[] = [];
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.writes.push(v.length);
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

let storage: MemoryStorage;
/** Tasks scheduled, run by hand. */
let queue: (() => void)[];
const later = (task: () => void): void => {
  queue.push(task);
};
function runAll(): void {
  while (queue.length > 0) queue.shift()?.();
}

beforeEach(() => {
  storage = new MemoryStorage();
  queue = [];
  (globalThis as { sessionStorage?: unknown }).sessionStorage = storage;
});
afterEach(() => {
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
});

describe('keepLastFile', () => {
  it('writes one slice per scheduled task, none larger than a slice, and reads the text back', async () => {
    const text = 'x'.repeat(2 * SLICE + 5);
    const done = keepLastFile('a.json', text, later);
    expect(storage.writes).toEqual([]);
    queue.shift()?.();
    expect(storage.writes).toEqual([SLICE]);
    expect(lastFile('a.json')).toBeUndefined();
    runAll();
    await expect(done).resolves.toBe(true);
    expect(Math.max(...storage.writes.slice(0, 3))).toBe(SLICE);
    expect(lastFile('a.json')?.text).toBe(text);
    expect(lastFile('b.json')).toBeUndefined();
  });

  it('a later file supersedes one being written, and its shorter slices replace the longer file', async () => {
    const first = keepLastFile('a.json', 'a'.repeat(3 * SLICE), later);
    queue.shift()?.();
    const second = keepLastFile('b.json', 'b'.repeat(10), later);
    runAll();
    await expect(first).resolves.toBe(false);
    await expect(second).resolves.toBe(true);
    expect(lastFile('a.json')).toBeUndefined();
    expect(lastFile('b.json')?.text).toBe('b'.repeat(10));
    expect([...storage.map.keys()].filter((k) => k.endsWith(':1'))).toEqual([]);
  });

  it('a missing slice means no last file', async () => {
    const done = keepLastFile('a.json', 'z'.repeat(SLICE + 1), later);
    runAll();
    await done;
    storage.removeItem('backchannel:last-file:1');
    expect(lastFile('a.json')).toBeUndefined();
  });

  it('keeps nothing over the limit', async () => {
    await expect(keepLastFile('big.json', 'x'.repeat(2_000_001), later)).resolves.toBe(false);
    expect(queue).toEqual([]);
  });
});

describe('leaving the page (pagehide)', () => {
  it('writes what is left of the file at once', async () => {
    const text = 'y'.repeat(3 * SLICE);
    const done = keepLastFile('c.json', text, later);
    queue.shift()?.();
    flushLastFile();
    await expect(done).resolves.toBe(true);
    expect(lastFile('c.json')?.text).toBe(text);
    runAll();
    expect(lastFile('c.json')?.text).toBe(text);
  });
});
