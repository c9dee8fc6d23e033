/**
 * The last opened file of this tab, kept in sessionStorage so that a reload restores it. The text is
 * written in slices, one per idle moment: one `setItem` of a 1.2 MB text (5,000 actors) took
 * 90–230 ms of the main thread in Chromium, a long task in the middle of drawing the overview;
 * slices of `SLICE` characters take a few tens of ms each. The header, written last, names the file
 * and the number of slices: a reload before the last slice is written finds no header (or the
 * previous file's, removed before the first slice) and opens the default dataset instead.
 */

const KEY = 'backchannel:last-file';
/** Files up to this size are kept. */
export const SESSION_LIMIT = 2_000_000;
/** Characters per slice. */
export const SLICE = 200_000;

interface Header {
  name: string;
  slices: number;
  length: number;
}

let generation = 0;

function sliceKey(i: number): string {
  return `${KEY}:${i}`;
}

type Later = (task: () => void) => void;

/** Runs `task` at the next idle moment (at most a second later), or after a timeout. */
const idle: Later = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
};

/** The write in progress: the rest of it, at once (leaving the page). */
let flush: (() => void) | undefined;

/** Writes what is left of the file being kept, at once. */
export function flushLastFile(): void {
  flush?.();
}

if (typeof addEventListener === 'function') addEventListener('pagehide', flushLastFile);

/**
 * Keeps `text` as the tab's last file, a slice per idle moment (`later`: the scheduler, for tests);
 * leaving the page writes what is left at once. Resolves true when all of it is kept; false when it
 * is too large, storage refused it, or a later call superseded this one.
 */
export function keepLastFile(name: string, text: string, later: Later = idle): Promise<boolean> {
  const mine = ++generation;
  flush = undefined;
  if (text.length > SESSION_LIMIT) return Promise.resolve(false);
  const slices = Math.max(1, Math.ceil(text.length / SLICE));
  return new Promise((resolve) => {
    let next = 0;
    /** Writes slice `next` (or the header after the last); false when done or given up. */
    const write = (): boolean => {
      if (mine !== generation) return (resolve(false), false);
      try {
        if (next === 0) sessionStorage.removeItem(KEY);
        if (next < slices) {
          sessionStorage.setItem(sliceKey(next), text.slice(next * SLICE, (next + 1) * SLICE));
          next++;
          return true;
        }
        // A longer file's slices past this one's are dropped.
        for (let k = slices; sessionStorage.getItem(sliceKey(k)) !== null; k++)
          sessionStorage.removeItem(sliceKey(k));
        const header: Header = { name, slices, length: text.length };
        sessionStorage.setItem(KEY, JSON.stringify(header));
        resolve(true);
      } catch {
        // Storage full or unavailable: a reload will open the default dataset instead.
        resolve(false);
      }
      if (mine === generation) flush = undefined;
      return false;
    };
    const step = (): void => {
      if (write()) later(step);
    };
    flush = () => {
      while (write());
    };
    later(step);
  });
}

/** The last opened file of this tab, if all of it was kept under this name. */
export function lastFile(name: string): { name: string; text: string } | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const h = JSON.parse(raw) as Partial<Header>;
    if (h.name !== name || typeof h.slices !== 'number' || typeof h.length !== 'number') return;
    const parts: string[] = [];
    for (let i = 0; i < h.slices; i++) {
      const part = sessionStorage.getItem(sliceKey(i));
      if (part === null) return undefined;
      parts.push(part);
    }
    const text = parts.join('');
    return text.length === h.length ? { name, text } : undefined;
  } catch {
    // Unreadable: ignore.
  }
  return undefined;
}
