import { describe, expect, it } from 'vitest';
import { freshFactory, richDataset, smallDataset } from './fixture.ts';
import { openDraftStore } from '../../../../src/ui/drafts/db.ts';
import { createAutosaver, type SaveStatus } from '../../../../src/ui/drafts/autosave.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('autosave into IndexedDB, two tabs (real timers)', () => {
  it('keeps the edits of one tab, tells the other of the conflict, and saves its copy', async () => {
    const factory = freshFactory();
    const tab1 = await openDraftStore({ factory });
    const tab2 = await openDraftStore({ factory });
    const draft = await tab1.create({ name: 'Talks', dataset: richDataset() });
    const opened2 = await tab2.get(draft.id);
    if (opened2 === undefined) throw new Error('tab 2 sees no draft');

    const s1: SaveStatus[] = [];
    const s2: SaveStatus[] = [];
    const saver1 = createAutosaver(tab1, (s) => s1.push(s), { delayMs: 20, maxWaitMs: 60 });
    const saver2 = createAutosaver(tab2, (s) => s2.push(s), { delayMs: 20, maxWaitMs: 60 });

    const started = Date.now();
    saver1.schedule({ ...draft, writerId: 'tab-1', savedToFile: false });
    for (let i = 0; i < 200 && saver1.pending; i += 1) await wait(5);
    expect(saver1.pending).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s1.at(-1)).toMatchObject({ state: 'saved', revision: 2 });

    saver2.schedule({ ...opened2, dataset: smallDataset(3), writerId: 'tab-2' });
    for (let i = 0; i < 200 && s2.at(-1)?.state !== 'conflict'; i += 1) await wait(5);
    const conflict = s2.at(-1);
    if (conflict?.state !== 'conflict') throw new Error('tab 2 was not told');
    expect(conflict.current.writerId).toBe('tab-1');
    expect(conflict.current.dataset).toEqual(draft.dataset);
    expect(saver2.pending).toBe(true);
    // Tab 1's draft is intact.
    expect((await tab2.get(draft.id))?.writerId).toBe('tab-1');

    const copy = await tab2.create({ name: 'Copy of Talks', dataset: smallDataset(3) });
    saver2.schedule({ ...copy, writerId: 'tab-2' });
    expect(await saver2.flush()).toMatchObject({ state: 'saved', revision: 2 });
    expect(saver2.pending).toBe(false);
    expect((await tab1.list()).map((d) => d.name).sort()).toEqual(['Copy of Talks', 'Talks']);
    saver1.dispose();
    saver2.dispose();
    tab1.close();
    tab2.close();
  });
});
