/**
 * The editor's actions: edit mode, drafts, edits and their history, picks, forms, the reader and the
 * save status, as plain functions of the app store (`createEditor(store, drafts)`). Every edit is a
 * command of the model (`applyEdit`: dataset in, new dataset out); an edit that is kept is recorded
 * in the history, drawn (same dataset key: the canvas draws it incrementally), said in the live
 * region and handed to the draft port, which keeps it in IndexedDB within a second.
 */
import { applyEdit, emptyDataset } from '../../model/edit/index.ts';
import { emptyHistory, record, redo, undo } from '../../model/edit/history.ts';
import type { EditCommand, EditOutcome } from '../../model/edit/types.ts';
import type { Dataset } from '../../model/schema.ts';
import { NO_FILTERS } from '../../graph/filters.ts';
import type { Store } from '../state/store.ts';
import type { DraftInfo, EditState, FormRequest, SaveState } from '../state/edit.ts';
import type { DraftRecord, DraftSummary } from '../drafts/types.ts';

/** What the editor needs of the drafts kept in the browser (src/ui/drafts, or a fake in tests). */
export interface DraftPort {
  create(init: {
    name: string;
    dataset: Dataset;
    sourceTexts?: Record<string, string>;
    fileName?: string;
  }): Promise<DraftRecord>;
  get(id: string): Promise<DraftRecord | undefined>;
  /** Keeps this state of the draft (debounced: written within a second). */
  keep(record: DraftRecord): void;
  /** Writes what is pending now. */
  flush(): Promise<void>;
  /** Keeps what is pending synchronously (the page is going); how many drafts were kept. */
  rescue(): number;
  /** Forgets what is pending for draft `id` (the user chose another version of it). */
  discard(id: string): void;
  /** The drafts list's operations. */
  list(): Promise<DraftSummary[]>;
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<DraftRecord>;
  remove(id: string): Promise<void>;
}

export type FormOpen =
  | { type: 'actor'; id?: string; prefill?: { name?: string } }
  | Omit<Extract<FormRequest, { type: 'relation' }>, 'key'>
  | { type: 'source'; id?: string }
  | { type: 'meta' };

/** localStorage: the draft being edited, offered back when the page is opened again. */
export const LAST_DRAFT_KEY = 'backchannel:editing-draft';

export const draftKey = (id: string): string => `draft:${id}`;

function remember(draft: { id: string; name: string } | undefined): void {
  try {
    if (draft) localStorage.setItem(LAST_DRAFT_KEY, JSON.stringify(draft));
    else localStorage.removeItem(LAST_DRAFT_KEY);
  } catch {
    // No storage: nothing to offer next time.
  }
}

/** The draft that was being edited when the page was left, if any. */
export function rememberedDraft(): { id: string; name: string } | undefined {
  try {
    const raw = localStorage.getItem(LAST_DRAFT_KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as { id?: unknown; name?: unknown };
    if (typeof v.id === 'string' && typeof v.name === 'string') return { id: v.id, name: v.name };
  } catch {
    // Unreadable: nothing to offer.
  }
  return undefined;
}

let formKeys = 0;

/** What every action works with: the app store and the drafts. */
export interface EditContext {
  app: Store;
  drafts: () => Promise<DraftPort>;
}

const editOf = (ctx: EditContext, change: (e: EditState) => EditState): void =>
  ctx.app.update('edit', change);

/** The live region says `text` (again, if it said it last). */
export function say(ctx: EditContext, text: string): void {
  editOf(ctx, (e) => ({ ...e, announcement: { text, n: e.announcement.n + 1 } }));
}

/** The draft's record as it stands now (for the port). */
export function snapshot(ctx: EditContext): DraftRecord | undefined {
  const { edit: e, data } = ctx.app.get();
  if (!e.draft || !data.dataset) return undefined;
  return {
    id: e.draft.id,
    name: e.draft.name,
    dataset: data.dataset,
    sourceTexts: { ...e.sourceTexts },
    revision: e.draft.revision,
    updatedAt: new Date().toISOString(),
    savedToFile: e.draft.savedToFile,
    ...(e.draft.fileName !== undefined && { fileName: e.draft.fileName }),
  };
}

async function keep(ctx: EditContext): Promise<void> {
  const r = snapshot(ctx);
  if (!r) return;
  editOf(ctx, (e) => ({ ...e, save: { ...e.save, status: 'pending' } }));
  (await ctx.drafts()).keep(r);
}

/** Shows a draft's record: its dataset under `draft:<id>`, an empty history, edit mode on. */
function show(ctx: EditContext, r: DraftRecord, keepView: boolean): void {
  const { app } = ctx;
  if (!keepView) {
    app.update('filters', () => NO_FILTERS);
    app.update('selection', () => ({ collapsed: [] }));
  }
  app.update('ui', (u) => ({ ...u, drawnScene: undefined, tab: 'edit' }));
  app.update('data', () => ({ key: draftKey(r.id), dataset: r.dataset, loading: false, warnings: [] })); // prettier-ignore
  const draft: DraftInfo = {
    id: r.id,
    name: r.name,
    revision: r.revision,
    savedToFile: r.savedToFile,
    ...(r.fileName !== undefined && { fileName: r.fileName }),
  };
  editOf(ctx, (e) => {
    const { form: _f, quote: _q, confirm: _c, resumable: _r, ...rest } = e;
    return {
      ...rest,
      on: true,
      draft,
      sourceTexts: { ...r.sourceTexts },
      history: emptyHistory(),
      picked: [],
      conflict: false,
      save:
        e.save.status === 'error'
          ? e.save
          : { status: 'saved', at: Date.parse(r.updatedAt) || Date.now() },
    };
  });
  remember({ id: r.id, name: r.name });
}

/** After an edit, undo or redo: the dataset drawn (same key), said, and kept in the draft. */
function commitDataset(ctx: EditContext, dataset: Dataset, words: string): void {
  ctx.app.update('data', (d) => ({ ...d, dataset }));
  editOf(ctx, (e) => ({
    ...e,
    ...(e.draft && { draft: { ...e.draft, savedToFile: false } }),
    picked: e.picked.filter((id) => dataset.actors.some((a) => a.id === id)),
  }));
  say(ctx, words);
  void keep(ctx);
}

/** Edit mode on: the dataset shown becomes (or already is) a draft. */
export async function start(ctx: EditContext): Promise<void> {
  const { data, edit: e } = ctx.app.get();
  if (e.on || !data.dataset) return;
  if (e.draft && data.key === draftKey(e.draft.id)) {
    editOf(ctx, (s) => ({ ...s, on: true }));
    ctx.app.update('ui', (u) => ({ ...u, tab: 'edit' }));
    remember(e.draft);
    say(ctx, `Edit mode on: “${e.draft.name}”`);
    return;
  }
  const fileName = data.key.startsWith('file:') ? data.key.slice('file:'.length) : undefined;
  const port = await ctx.drafts();
  const r = await port.create({
    name: data.dataset.title,
    dataset: data.dataset,
    sourceTexts: {},
    ...(fileName !== undefined && { fileName }),
  });
  show(ctx, r, true);
  say(ctx, `Edit mode on: a draft of “${r.name}”, kept in this browser`);
}

/** Edit mode off: the draft stays shown (and kept); the app is the explorer again. */
export async function stop(ctx: EditContext): Promise<void> {
  await (await ctx.drafts()).flush();
  editOf(ctx, (e) => {
    const { form: _f, quote: _q, confirm: _c, ...rest } = e;
    return { ...rest, on: false, picked: [] };
  });
  remember(undefined);
  say(ctx, 'Edit mode off');
}

/** A new, empty dataset in a new draft, edit mode on. */
export async function newEmpty(
  ctx: EditContext,
  meta: { title: string; asOf?: string },
): Promise<void> {
  const dataset = emptyDataset(meta);
  const r = await (await ctx.drafts()).create({ name: meta.title, dataset, sourceTexts: {} });
  show(ctx, r, false);
  say(ctx, `New empty dataset “${meta.title}”, kept in this browser`);
}

/** Opens a kept draft (the drafts list, or the one offered on start). */
export async function open(ctx: EditContext, id: string, keepView = false): Promise<boolean> {
  const r = await (await ctx.drafts()).get(id);
  if (!r) {
    say(ctx, 'That draft is no longer in this browser');
    return false;
  }
  show(ctx, r, keepView);
  say(ctx, `Opened the draft “${r.name}”`);
  return true;
}

/** One edit: kept (recorded, drawn, said, saved) or refused (its problems; needs: a confirm). */
export function apply(ctx: EditContext, command: EditCommand): EditOutcome {
  const { data, edit: e } = ctx.app.get();
  if (!e.on || !data.dataset) {
    return { ok: false, problems: [{ path: '(root)', message: 'edit mode is off' }] };
  }
  const before = data.dataset;
  const out = applyEdit(before, command);
  if (!out.ok) {
    const needs = out.needs;
    if (needs) editOf(ctx, (s) => ({ ...s, confirm: { command, needs, problems: out.problems } }));
    return out;
  }
  editOf(ctx, (s) => ({
    ...s,
    history: record(s.history, { before, after: out.dataset, label: out.label }),
  }));
  commitDataset(ctx, out.dataset, out.label);
  // The picks were for this relation: the next one starts from none.
  if (command.type === 'addRelation') clearPicks(ctx);
  return out;
}

function dropConfirm(ctx: EditContext): void {
  editOf(ctx, (s) => {
    const { confirm: _c, ...rest } = s;
    return rest;
  });
}

/** The refused command again, taking what it needs with it ("Delete both"). */
export function confirm(ctx: EditContext): EditOutcome | undefined {
  const c = ctx.app.get().edit.confirm;
  if (!c) return undefined;
  dropConfirm(ctx);
  const cmd = c.command;
  if (cmd.type === 'deleteActor') return apply(ctx, { ...cmd, withRelations: true });
  if (cmd.type === 'deleteSource') return apply(ctx, { ...cmd, force: true });
  return apply(ctx, cmd);
}

export function cancelConfirm(ctx: EditContext): void {
  dropConfirm(ctx);
  say(ctx, 'Nothing was deleted');
}

export function undoEdit(ctx: EditContext): boolean {
  const u = undo(ctx.app.get().edit.history);
  if (!u) return false;
  editOf(ctx, (s) => ({ ...s, history: u.history }));
  commitDataset(ctx, u.dataset, `Undone: ${u.label}`);
  return true;
}

export function redoEdit(ctx: EditContext): boolean {
  const r = redo(ctx.app.get().edit.history);
  if (!r) return false;
  editOf(ctx, (s) => ({ ...s, history: r.history }));
  commitDataset(ctx, r.dataset, `Redone: ${r.label}`);
  return true;
}

/** Adds an actor to the picked ones, or takes it out (shift/ctrl click on the graph). */
export function togglePick(ctx: EditContext, id: string): void {
  const picked = ctx.app.get().edit.picked;
  const next = picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id];
  editOf(ctx, (s) => ({ ...s, picked: next }));
  say(ctx, `${next.length} ${next.length === 1 ? 'actor' : 'actors'} picked`);
}

export function clearPicks(ctx: EditContext): void {
  editOf(ctx, (s) => (s.picked.length === 0 ? s : { ...s, picked: [] }));
}

export function openForm(ctx: EditContext, form: FormOpen): void {
  editOf(ctx, (s) => {
    const { quote: _q, ...rest } = s;
    return { ...rest, form: { ...form, key: ++formKeys } as FormRequest };
  });
  ctx.app.update('ui', (u) => ({ ...u, tab: 'edit', sheetOpen: true }));
}

export function closeForm(ctx: EditContext): void {
  editOf(ctx, (s) => {
    const { form: _f, quote: _q, ...rest } = s;
    return rest;
  });
}

/** A new relation between the picked actors (or `participants`). */
export function newRelation(ctx: EditContext, participants?: readonly string[]): void {
  const ids = [...(participants ?? ctx.app.get().edit.picked)];
  openForm(ctx, { type: 'relation', prefill: { participants: ids } });
}

/** The reader's "Quote": into the relation being edited, else a new relation with it. */
export function quote(ctx: EditContext, text: string, source?: string): void {
  const form = ctx.app.get().edit.form;
  const withSource = { text, ...(source !== undefined && { source }) };
  if (form?.type === 'relation') {
    editOf(ctx, (s) => ({ ...s, quote: { key: ++formKeys, ...withSource } }));
    say(ctx, 'Quote added to the relation being edited');
    return;
  }
  const participants = [...ctx.app.get().edit.picked];
  openForm(ctx, { type: 'relation', prefill: { participants, quote: withSource } });
}

export function setSourceText(ctx: EditContext, sourceId: string, text: string): void {
  editOf(ctx, (s) => ({
    ...s,
    sourceTexts: { ...s.sourceTexts, [sourceId]: text },
    ...(s.draft && { draft: { ...s.draft, savedToFile: false } }),
  }));
  void keep(ctx);
}

export function setReader(ctx: EditContext, open: boolean, sourceId?: string): void {
  editOf(ctx, (s) => {
    const id = sourceId ?? s.reader.sourceId;
    return { ...s, reader: { open, ...(id !== undefined && { sourceId: id }) } };
  });
}

/** The autosaver's word on the last write (`written`: the draft and revision now stored). */
export function saveStatus(
  ctx: EditContext,
  save: SaveState,
  written?: { id: string; revision: number },
): void {
  editOf(ctx, (s) => {
    const mine = s.draft !== undefined && (written === undefined || written.id === s.draft.id);
    if (!mine) return s;
    return {
      ...s,
      save,
      conflict: s.conflict || save.status === 'conflict',
      ...(s.draft &&
        written !== undefined && { draft: { ...s.draft, revision: written.revision } }),
    };
  });
  if (save.status === 'error') {
    say(ctx, `Not saved in this browser: ${save.reason ?? 'the storage refused it'}`);
  }
}

/** Another tab wrote draft `id` at `revision`. */
export function otherTabWrote(ctx: EditContext, id: string, revision: number): void {
  const d = ctx.app.get().edit.draft;
  if (!d || d.id !== id || revision <= d.revision) return;
  editOf(ctx, (s) => ({ ...s, conflict: true }));
  say(ctx, 'This draft was changed in another tab');
}

/** Conflict: what this tab has becomes a new draft (the other tab's stays as it wrote it). */
export async function saveMineAsCopy(ctx: EditContext): Promise<void> {
  const { data, edit: e } = ctx.app.get();
  if (!data.dataset || !e.draft) return;
  const port = await ctx.drafts();
  port.discard(e.draft.id);
  const r = await port.create({
    name: `${e.draft.name} (copy)`,
    dataset: data.dataset,
    sourceTexts: { ...e.sourceTexts },
  });
  const history = e.history;
  show(ctx, r, true);
  editOf(ctx, (s) => ({ ...s, history }));
  say(ctx, `Saved as a new draft “${r.name}”`);
}

/** Conflict: what the other tab wrote replaces what this tab has (the history starts again). */
export async function loadTheirs(ctx: EditContext): Promise<void> {
  const d = ctx.app.get().edit.draft;
  if (!d) return;
  (await ctx.drafts()).discard(d.id);
  await open(ctx, d.id, true);
}

/** The draft (this dataset) was written to a file. */
export function savedToFile(ctx: EditContext, fileName: string): void {
  editOf(ctx, (s) => ({
    ...s,
    ...(s.draft && { draft: { ...s.draft, savedToFile: true, fileName } }),
  }));
  say(ctx, `Saved to the file ${fileName}`);
  void keep(ctx);
}

export function renamed(ctx: EditContext, id: string, name: string): void {
  editOf(ctx, (s) => (s.draft?.id === id ? { ...s, draft: { ...s.draft, name } } : s));
  const e = ctx.app.get().edit;
  if (e.draft?.id === id && e.on) remember({ id, name });
}

/** The data key moved away from the draft (another dataset was opened): edit mode ends. */
export function followDataKey(ctx: EditContext): void {
  const { data, edit: e } = ctx.app.get();
  if (!e.draft || data.loading || data.key === draftKey(e.draft.id)) return;
  editOf(ctx, (s) => {
    const { form: _f, quote: _q, confirm: _c, draft: _d, ...rest } = s;
    return { ...rest, on: false, picked: [], history: emptyHistory(), sourceTexts: {} };
  });
  if (e.on) remember(undefined);
}

export function offerResume(
  ctx: EditContext,
  draft: { id: string; name: string } | undefined,
): void {
  editOf(ctx, (s) => {
    const { resumable: _r, ...rest } = s;
    return draft ? { ...rest, resumable: draft } : rest;
  });
  if (!draft) remember(undefined);
}

export function setDialog(ctx: EditContext, dialog: EditState['dialog']): void {
  editOf(ctx, (s) => {
    const { dialog: _d, ...rest } = s;
    return dialog ? { ...rest, dialog } : rest;
  });
}

/**
 * Selects an actor. In edit mode with the Edit tab open, the tab stays (a form being filled stays
 * open); otherwise the Details tab opens, as the explorer does.
 */
export function selectActor(ctx: EditContext, id: string): void {
  const { edit, ui } = ctx.app.get();
  ctx.app.update('selection', (s) => ({ ...s, selection: { type: 'actor', id } }));
  if (!(edit.on && ui.tab === 'edit') && ui.tab !== 'details') {
    ctx.app.update('ui', (u) => ({ ...u, tab: 'details' }));
  }
}
