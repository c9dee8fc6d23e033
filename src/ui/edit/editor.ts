/**
 * The app's editor: the actions of ./actions.ts bound to the app's one store and to the drafts kept in
 * this browser (./drafts-port.ts, opened on first use). Components call `editor.*`.
 */
import { store } from '../state/store.ts';
import * as actions from './actions.ts';
import { browserDrafts } from './drafts-port.ts';
import { adoptOpenedFile } from './save.ts';
import type { DraftPort, EditContext, FormOpen } from './actions.ts';
import type { EditCommand } from '../../model/edit/types.ts';
import type { SaveState } from '../state/edit.ts';

let port: Promise<DraftPort> | undefined;
/** The port once open (leaving the page cannot wait for a promise). */
let opened: DraftPort | undefined;

const ctx: EditContext = {
  app: store,
  drafts: () =>
    (port ??= browserDrafts({
      onStatus: (save: SaveState, written?: { id: string; revision: number }) =>
        actions.saveStatus(ctx, save, written),
      onOtherTab: (id: string, revision: number) => actions.otherTabWrote(ctx, id, revision),
      onRecovered: (name: string) =>
        actions.say(
          ctx,
          `Your last edits (another tab wrote the draft since) are kept as “${name}”`,
        ),
    }).then((p) => (opened = p))),
};

/** Actors let go in this task, with their new places (a drag of several is one edit). */
let dragged: Record<string, { x: number; y: number }> | undefined;

/**
 * Nodes dragged in the graph: in edit mode, in the actors view, the actors let go are recorded as
 * one `setPositions` edit (undoable; the saved file's `positions.actors` keeps them).
 */
function arranged(
  positions: Readonly<Record<string, { x: number; y: number }>>,
  moved: readonly string[],
): void {
  const { edit, view, data } = ctx.app.get();
  if (!edit.on || view.view !== 'actors' || !data.dataset) return;
  const actors = new Set(data.dataset.actors.map((a) => a.id));
  const first = dragged === undefined;
  dragged ??= {};
  for (const id of moved) {
    const p = positions[id];
    if (p && actors.has(id)) dragged[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  if (!first) return;
  queueMicrotask(() => {
    const one = dragged ?? {};
    dragged = undefined;
    if (Object.keys(one).length > 0) actions.apply(ctx, { type: 'setPositions', positions: one });
  });
}

export const editor = {
  /** The controller's `onArranged`: a drag while editing becomes one edit. */
  arranged,
  context: ctx,
  start: async (): Promise<void> => {
    const key = ctx.app.get().data.key;
    await actions.start(ctx);
    const draft = ctx.app.get().edit.draft;
    if (draft && key.startsWith('file:')) adoptOpenedFile(draft.id, key);
  },
  stop: () => actions.stop(ctx),
  /** Writes what the autosaver holds now (leaving the page must not wait for its debounce). */
  flush: async (): Promise<void> => (await ctx.drafts()).flush(),
  /** Keeps the edits not yet stored, synchronously: the page is going (see drafts/rescue.ts). */
  rescue: (): number => opened?.rescue() ?? 0,
  newEmpty: (meta: { title: string; asOf?: string }) => actions.newEmpty(ctx, meta),
  open: (id: string, keepView?: boolean) => actions.open(ctx, id, keepView),
  apply: (command: EditCommand) => actions.apply(ctx, command),
  confirm: () => actions.confirm(ctx),
  cancelConfirm: () => actions.cancelConfirm(ctx),
  undo: () => actions.undoEdit(ctx),
  redo: () => actions.redoEdit(ctx),
  togglePick: (id: string) => actions.togglePick(ctx, id),
  clearPicks: () => actions.clearPicks(ctx),
  openForm: (form: FormOpen) => actions.openForm(ctx, form),
  closeForm: () => actions.closeForm(ctx),
  newRelation: (participants?: readonly string[]) => actions.newRelation(ctx, participants),
  quote: (text: string, source?: string) => actions.quote(ctx, text, source),
  setSourceText: (id: string, text: string) => actions.setSourceText(ctx, id, text),
  setReader: (open: boolean, sourceId?: string) => actions.setReader(ctx, open, sourceId),
  saveMineAsCopy: () => actions.saveMineAsCopy(ctx),
  loadTheirs: () => actions.loadTheirs(ctx),
  savedToFile: (fileName: string) => actions.savedToFile(ctx, fileName),
  renamed: (id: string, name: string) => actions.renamed(ctx, id, name),
  followDataKey: () => actions.followDataKey(ctx),
  offerResume: (d: { id: string; name: string } | undefined) => actions.offerResume(ctx, d),
  setDialog: (d: 'new' | 'drafts' | undefined) => actions.setDialog(ctx, d),
  say: (text: string) => actions.say(ctx, text),
  selectActor: (id: string) => actions.selectActor(ctx, id),
  /** A tap on an actor: shift/ctrl (`additive`) in edit mode picks it; else it is selected. */
  tapActor: (id: string, how?: { additive?: boolean }) => {
    if (ctx.app.get().edit.on && how?.additive) actions.togglePick(ctx, id);
    else actions.selectActor(ctx, id);
  },
  /** The drafts kept in this browser (the drafts list). */
  drafts: () => ctx.drafts(),
};
