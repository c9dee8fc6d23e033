/**
 * The editor's actions over a fresh app store and a fake draft port (in memory, records every write):
 * edit mode, edits kept or refused, the confirm of a delete that takes more, undo and redo, picks,
 * forms and quotes, the save status, the other tab's write, and leaving the draft.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as a from '../../../../src/ui/edit/actions.ts';
import { createStore, INITIAL_STATE, type Store } from '../../../../src/ui/state/store.ts';
import type { DraftRecord, DraftSummary } from '../../../../src/ui/drafts/types.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

class FakePort implements a.DraftPort {
  readonly records = new Map<string, DraftRecord>();
  readonly kept: DraftRecord[] = [];
  private n = 0;
  create(init: Parameters<a.DraftPort['create']>[0]): Promise<DraftRecord> {
    const r: DraftRecord = {
      id: `d${++this.n}`,
      name: init.name,
      dataset: init.dataset,
      sourceTexts: init.sourceTexts ?? {},
      revision: 1,
      updatedAt: '2026-01-01T12:03:00.000Z',
      savedToFile: init.fileName !== undefined,
      ...(init.fileName !== undefined && { fileName: init.fileName }),
    };
    this.records.set(r.id, r);
    return Promise.resolve(r);
  }
  get(id: string): Promise<DraftRecord | undefined> {
    return Promise.resolve(this.records.get(id));
  }
  keep(r: DraftRecord): void {
    this.kept.push(r);
  }
  flush(): Promise<void> {
    return Promise.resolve();
  }
  rescue(): number {
    return 0;
  }
  readonly discarded: string[] = [];
  discard(id: string): void {
    this.discarded.push(id);
  }
  list(): Promise<DraftSummary[]> {
    return Promise.resolve([]);
  }
  rename(): Promise<void> {
    return Promise.resolve();
  }
  duplicate(id: string): Promise<DraftRecord> {
    return this.create(this.records.get(id) ?? { name: 'x', dataset: DATASET });
  }
  remove(id: string): Promise<void> {
    this.records.delete(id);
    return Promise.resolve();
  }
}

const DATASET: Dataset = {
  schemaVersion: 1,
  id: 'talks',
  title: 'Talks',
  sources: [{ id: 'news', title: 'News' }],
  actors: [
    { id: 'ann', name: 'Ann', kind: 'person', sources: ['news'] },
    { id: 'bob', name: 'Bob', kind: 'person' },
  ],
  relations: [
    {
      id: 'm1',
      kind: 'meeting',
      participants: [{ actor: 'ann' }, { actor: 'bob' }],
    },
  ],
};

let app: Store;
let port: FakePort;
let ctx: a.EditContext;

beforeEach(() => {
  app = createStore(INITIAL_STATE);
  port = new FakePort();
  ctx = { app, drafts: () => Promise.resolve(port) };
  app.update('data', () => ({ key: 'file:talks.json', dataset: DATASET, loading: false, warnings: [] })); // prettier-ignore
});

const said = (): string => app.get().edit.announcement.text;
/** Lets the draft port's pending promise run (`keep` awaits the port). */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('edit mode', () => {
  it('turning it on makes the shown dataset a draft (draft:<id>), named and from its file', async () => {
    await a.start(ctx);
    const s = app.get();
    expect(s.edit.on).toBe(true);
    expect(s.data.key).toBe('draft:d1');
    expect(s.data.dataset).toBe(DATASET);
    expect(s.edit.draft).toMatchObject({ id: 'd1', name: 'Talks', fileName: 'talks.json' });
    expect(s.ui.tab).toBe('edit');
    expect(said()).toMatch(/Edit mode on/);
  });

  it('off: no edit is applied; the draft stays shown', async () => {
    await a.start(ctx);
    await a.stop(ctx);
    const out = a.apply(ctx, { type: 'deleteRelation', id: 'm1' });
    expect(out.ok).toBe(false);
    expect(app.get().data.key).toBe('draft:d1');
    expect(app.get().data.dataset?.relations).toHaveLength(1);
  });

  it('a new empty dataset starts a draft with its title and date, view reset', async () => {
    app.update('filters', (f) => ({ ...f, hideIsolated: true }));
    await a.newEmpty(ctx, { title: 'Gaza notes', asOf: '2025-10' });
    const s = app.get();
    expect(s.data.dataset).toMatchObject({ title: 'Gaza notes', asOf: '2025-10', actors: [] });
    expect(s.edit.on).toBe(true);
    expect(s.filters.hideIsolated).toBe(false);
  });

  it('another dataset opened while editing ends edit mode', async () => {
    await a.start(ctx);
    app.update('data', () => ({ key: 'bundled:x', dataset: DATASET, loading: false, warnings: [] })); // prettier-ignore
    a.followDataKey(ctx);
    expect(app.get().edit.on).toBe(false);
    expect(app.get().edit.draft).toBeUndefined();
  });
});

describe('edits, undo and redo', () => {
  beforeEach(() => a.start(ctx));

  it('a kept edit is drawn under the same key, recorded, said and kept in the draft', async () => {
    const out = a.apply(ctx, {
      type: 'addActor',
      actor: { id: 'cy', name: 'Cy', kind: 'state' },
    });
    expect(out.ok).toBe(true);
    const s = app.get();
    expect(s.data.key).toBe('draft:d1');
    expect(s.data.dataset?.actors.map((x) => x.id)).toEqual(['ann', 'bob', 'cy']);
    expect(s.edit.history.done).toHaveLength(1);
    expect(s.edit.draft?.savedToFile).toBe(false);
    expect(said()).toBe(out.ok ? out.label : '');
    await settle();
    expect(port.kept.at(-1)?.dataset.actors).toHaveLength(3);
  });

  it('undo gives back the dataset before, redo the one after; both said and kept', async () => {
    a.apply(ctx, { type: 'deleteRelation', id: 'm1' });
    const after = app.get().data.dataset;
    expect(a.undoEdit(ctx)).toBe(true);
    expect(app.get().data.dataset).toBe(DATASET);
    expect(said()).toMatch(/^Undone: /);
    await settle();
    expect(port.kept.at(-1)?.dataset).toBe(DATASET);
    expect(a.redoEdit(ctx)).toBe(true);
    expect(app.get().data.dataset).toBe(after);
    expect(said()).toMatch(/^Redone: /);
    expect(a.redoEdit(ctx)).toBe(false);
  });

  it('a refused edit changes nothing and gives the problems', () => {
    const out = a.apply(ctx, { type: 'addActor', actor: { id: 'ann', name: 'Again', kind: 'person' } }); // prettier-ignore
    expect(out.ok).toBe(false);
    expect(app.get().data.dataset).toBe(DATASET);
    expect(app.get().edit.history.done).toHaveLength(0);
  });

  it('deleting an actor a relation needs asks first; "Delete both" takes both, Cancel nothing', () => {
    const out = a.apply(ctx, { type: 'deleteActor', id: 'bob' });
    expect(out.ok).toBe(false);
    expect(app.get().edit.confirm?.needs).toEqual({ type: 'relations', ids: ['m1'] });
    a.cancelConfirm(ctx);
    expect(app.get().edit.confirm).toBeUndefined();
    expect(app.get().data.dataset).toBe(DATASET);
    a.apply(ctx, { type: 'deleteActor', id: 'bob' });
    expect(a.confirm(ctx)?.ok).toBe(true);
    expect(app.get().data.dataset?.actors.map((x) => x.id)).toEqual(['ann']);
    expect(app.get().data.dataset?.relations).toEqual([]);
  });

  it('deleting a cited source asks first, then removes its citations', () => {
    a.apply(ctx, { type: 'deleteSource', id: 'news' });
    expect(app.get().edit.confirm?.needs.type).toBe('citedBy');
    a.confirm(ctx);
    expect(app.get().data.dataset?.sources).toEqual([]);
    expect(app.get().data.dataset?.actors[0]?.sources).toBeUndefined();
  });

  it('a deleted actor leaves the picks', () => {
    a.togglePick(ctx, 'ann');
    a.togglePick(ctx, 'bob');
    a.togglePick(ctx, 'ann');
    expect(app.get().edit.picked).toEqual(['bob']);
    a.apply(ctx, { type: 'deleteActor', id: 'bob', withRelations: true });
    expect(app.get().edit.picked).toEqual([]);
  });
});

describe('forms, quotes, reader', () => {
  beforeEach(() => a.start(ctx));

  it('New relation is prefilled with the picked actors', () => {
    a.togglePick(ctx, 'ann');
    a.togglePick(ctx, 'bob');
    a.newRelation(ctx);
    expect(app.get().edit.form).toMatchObject({ type: 'relation', prefill: { participants: ['ann', 'bob'] } }); // prettier-ignore
  });

  it('Quote goes into the open relation form, else opens one with the passage as its quote', () => {
    a.quote(ctx, 'they met in Cairo', 'news');
    const form = app.get().edit.form;
    expect(form).toMatchObject({ type: 'relation', prefill: { quote: { text: 'they met in Cairo', source: 'news' } } }); // prettier-ignore
    a.quote(ctx, 'a second passage', 'news');
    expect(app.get().edit.form?.key).toBe(form?.key);
    expect(app.get().edit.quote).toMatchObject({ text: 'a second passage', source: 'news' });
    a.closeForm(ctx);
    expect(app.get().edit.quote).toBeUndefined();
  });

  it('a source text is kept in the draft, not in the dataset', async () => {
    a.setSourceText(ctx, 'news', 'Full text <img src=x onerror=alert(1)>');
    await settle();
    expect(app.get().edit.sourceTexts).toEqual({ news: 'Full text <img src=x onerror=alert(1)>' });
    expect(port.kept.at(-1)?.sourceTexts.news).toMatch(/^Full text/);
    expect(JSON.stringify(app.get().data.dataset)).not.toMatch(/Full text/);
  });
});

describe('save status and other tabs', () => {
  beforeEach(() => a.start(ctx));

  it('the revision follows the writes; an older revision from another tab is no conflict', () => {
    a.saveStatus(ctx, { status: 'saved', at: 1 }, { id: 'd1', revision: 3 });
    a.saveStatus(ctx, { status: 'saved', at: 2 }, { id: 'other', revision: 7 });
    expect(app.get().edit.draft?.revision).toBe(3);
    a.otherTabWrote(ctx, 'd1', 3);
    expect(app.get().edit.conflict).toBe(false);
    a.otherTabWrote(ctx, 'other', 9);
    expect(app.get().edit.conflict).toBe(false);
    a.otherTabWrote(ctx, 'd1', 4);
    expect(app.get().edit.conflict).toBe(true);
  });

  it('a refused write is said with its reason', () => {
    a.saveStatus(ctx, { status: 'error', reason: 'the disk is full' });
    expect(app.get().edit.save.status).toBe('error');
    expect(said()).toMatch(/the disk is full/);
  });

  it('Save mine as a copy makes a new draft with this dataset and keeps the history', async () => {
    a.apply(ctx, { type: 'deleteRelation', id: 'm1' });
    a.saveStatus(ctx, { status: 'conflict' });
    await a.saveMineAsCopy(ctx);
    const s = app.get();
    expect(s.data.key).toBe('draft:d2');
    expect(s.edit.draft?.name).toBe('Talks (copy)');
    expect(s.edit.conflict).toBe(false);
    expect(s.edit.history.done).toHaveLength(1);
    expect(port.records.get('d2')?.dataset.relations).toEqual([]);
  });

  it('Load theirs shows what is stored and starts the history again', async () => {
    a.apply(ctx, { type: 'deleteRelation', id: 'm1' });
    await a.loadTheirs(ctx);
    expect(port.discarded).toEqual(['d1']);
    expect(app.get().data.dataset).toBe(DATASET);
    expect(app.get().edit.history.done).toHaveLength(0);
  });

  it('saved to a file: marked and kept', async () => {
    a.apply(ctx, { type: 'deleteRelation', id: 'm1' });
    a.savedToFile(ctx, 'talks.json');
    await settle();
    expect(app.get().edit.draft).toMatchObject({ savedToFile: true, fileName: 'talks.json' });
    expect(port.kept.at(-1)?.savedToFile).toBe(true);
  });
});
