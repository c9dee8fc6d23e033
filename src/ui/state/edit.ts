/**
 * The editor's slice of the app state: edit mode, the draft being edited (kept in IndexedDB by
 * src/ui/drafts), its history of edits (model/edit/history.ts), the actors picked on the graph, the
 * form open in the Edit panel, the source reader, the save status and the live region's last words.
 * Its changes live in src/ui/edit/actions.ts.
 */
import { emptyHistory, type History } from '../../model/edit/history.ts';
import type { EditCommand, EditNeeds, RelationKind } from '../../model/edit/types.ts';
import type { Problem } from '../../model/validate.ts';

/** A quote handed to an open relation form (`key` changes with each new quote). */
export interface IncomingQuote {
  key: number;
  text: string;
  source?: string;
}

export interface RelationPrefill {
  kind?: RelationKind;
  participants?: string[];
  quote?: { text: string; source?: string };
}

/** The form open in the Edit panel: what it edits (`id`; none: a new one) and its prefill. */
export type FormRequest =
  | { type: 'actor'; key: number; id?: string; prefill?: { name?: string } }
  | { type: 'relation'; key: number; id?: string; prefill?: RelationPrefill }
  | { type: 'source'; key: number; id?: string }
  | { type: 'meta'; key: number };

/** The draft being edited, as kept in the browser. */
export interface DraftInfo {
  id: string;
  name: string;
  /** The revision last written to (or read from) the draft store. */
  revision: number;
  /** The current dataset was saved to a file (no edit since). */
  savedToFile: boolean;
  fileName?: string;
}

export type SaveStatusKind = 'idle' | 'pending' | 'saved' | 'conflict' | 'error';

export interface SaveState {
  status: SaveStatusKind;
  /** When the draft was last kept in the browser (ms since the epoch). */
  at?: number;
  /** Why it could not be kept (status `error`). */
  reason?: string;
}

/** A refused command that the user may still want: what it would take with it, named. */
export interface PendingConfirm {
  command: EditCommand;
  needs: EditNeeds;
  problems: Problem[];
}

export interface EditState {
  on: boolean;
  draft?: DraftInfo;
  /** Source id → the text pasted for it (kept in the draft, not in the saved file unless asked). */
  sourceTexts: Readonly<Record<string, string>>;
  history: History;
  /** Actors picked on the graph (shift/ctrl click), in the order picked. */
  picked: readonly string[];
  form?: FormRequest;
  /** A quote from the reader for the open relation form. */
  quote?: IncomingQuote;
  reader: { open: boolean; sourceId?: string };
  save: SaveState;
  /** Another tab wrote this draft: the user chooses (save mine as a copy, or load theirs). */
  conflict: boolean;
  /** What the live region says last (`n` changes so that the same words are said again). */
  announcement: { text: string; n: number };
  confirm?: PendingConfirm;
  /** A draft that was being edited when the page was left (offered on start). */
  resumable?: { id: string; name: string };
  /** The dialog open: a new empty dataset, or the drafts list. */
  dialog?: 'new' | 'drafts';
  /** Save puts the source texts in the file (as `x-source-text`): only when the user ticks it. */
  includeTexts: boolean;
}

export const INITIAL_EDIT: EditState = {
  on: false,
  sourceTexts: {},
  history: emptyHistory(),
  picked: [],
  reader: { open: false },
  save: { status: 'idle' },
  conflict: false,
  announcement: { text: '', n: 0 },
  includeTexts: false,
};
