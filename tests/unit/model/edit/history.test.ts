import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
} from '../../../../src/model/edit/index.ts';
import type { Dataset } from '../../../../src/model/schema.ts';
import { small } from './fixture.ts';

function step(n: number): Dataset {
  return { ...small(), title: `Step ${n}` };
}

function entry(n: number) {
  return { before: step(n), after: step(n + 1), label: `edit ${n}` };
}

describe('history', () => {
  it('starts empty', () => {
    const h = emptyHistory();
    expect(h).toEqual({ done: [], undone: [], limit: 500 });
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBeUndefined();
    expect(redo(h)).toBeUndefined();
  });

  it('undoes and redoes, without changing the history given', () => {
    const e0 = entry(0);
    const e1 = entry(1);
    const h = record(record(emptyHistory(), e0), e1);
    const frozen = structuredClone(h);
    const u = undo(h);
    expect(u?.dataset).toBe(e1.before);
    expect(u?.label).toBe('edit 1');
    expect(h).toEqual(frozen);
    const uu = u && undo(u.history);
    expect(uu?.dataset).toBe(e0.before);
    expect(uu && canUndo(uu.history)).toBe(false);
    expect(uu && canRedo(uu.history)).toBe(true);
    const r = uu && redo(uu.history);
    expect(r?.dataset).toBe(e0.after);
    const rr = r && redo(r.history);
    expect(rr?.dataset).toBe(e1.after);
    expect(rr?.history.done).toEqual([e0, e1]);
    expect(rr && canRedo(rr.history)).toBe(false);
  });

  it('forgets what was undone when a new edit is recorded', () => {
    const h = record(emptyHistory(), entry(0));
    const u = undo(h) as { history: History };
    const again = record(u.history, entry(5));
    expect(again.undone).toEqual([]);
    expect(again.done.map((e) => e.label)).toEqual(['edit 5']);
  });

  it('keeps at most `limit` edits, dropping the oldest', () => {
    let h = emptyHistory(3);
    for (let i = 0; i < 5; i++) h = record(h, entry(i));
    expect(h.done.map((e) => e.label)).toEqual(['edit 2', 'edit 3', 'edit 4']);
  });

  it('keeps at least 200 of 250 edits made with applyEdit', () => {
    let h = emptyHistory();
    let ds = small();
    const start = ds;
    for (let i = 0; i < 250; i++) {
      const out = applyEdit(ds, {
        type: 'setPositions',
        positions: { hamas: { x: i, y: -i } },
      });
      if (!out.ok) throw new Error(JSON.stringify(out.problems));
      h = record(h, { before: ds, after: out.dataset, label: out.label });
      ds = out.dataset;
    }
    let undone = 0;
    for (let u = undo(h); u; u = undo(h)) {
      h = u.history;
      ds = u.dataset;
      undone++;
    }
    expect(undone).toBe(250);
    expect(ds).toBe(start);
  });
});
