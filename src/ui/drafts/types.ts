/**
 * The local drafts of the editor (issue 13, "Nothing lost"): what is kept in IndexedDB, one record per
 * draft, so that reloading, closing or crashing the tab brings the work back.
 */
import type { Dataset } from '../../model/schema.ts';

/** One draft as stored: the dataset being edited and what goes with it. */
export interface DraftRecord {
  id: string;
  name: string;
  dataset: Dataset;
  /** Source id → the text pasted or opened for it. Stays local: exported only when the user asks. */
  sourceTexts: Record<string, string>;
  /** 1 when created, +1 on every put: the optimistic lock between tabs. */
  revision: number;
  /** ISO date and time of the last write. */
  updatedAt: string;
  /** False while the draft holds changes not yet saved to a file. */
  savedToFile: boolean;
  /** The name of the file it was opened from or last saved to. */
  fileName?: string;
  /** The tab that wrote it last (see `newWriterId`). */
  writerId?: string;
}

/** What the drafts list shows, without reading every dataset. */
export interface DraftSummary {
  id: string;
  name: string;
  updatedAt: string;
  revision: number;
  actors: number;
  relations: number;
  savedToFile: boolean;
}

/**
 * The outcome of `DraftStore.put`: written (with the new revision); refused because another tab wrote
 * first (with what it wrote); or refused by the browser's storage (a sentence for the screen).
 */
export type PutResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; current: DraftRecord }
  | { ok: false; reason: 'storage'; message: string };
