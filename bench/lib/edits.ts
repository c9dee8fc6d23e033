/**
 * The edit and undo rows: on the app's dataset, `edits` edits one after another (each adds an actor
 * and a meeting with an actor already drawn), then as many undos (each gives back the dataset before
 * its edit), each timed from the change to the first frame after cytoscape has drawn it. The edits go
 * to the graph controller through the test hook's `draw`, with `editing` on: what an edit and an undo
 * do at the controller (the dataset, and the presentation that shows it, drawn in place).
 */
import type { Page } from 'playwright-core';

export interface EditRun {
  editMs: number[];
  undoMs: number[];
}

export async function measureEdits(page: Page, edits: number, timeoutMs: number): Promise<EditRun> {
  return page.evaluate(
    async ({ n, timeoutMs }) => {
      type Ds = {
        actors: { id: string; name: string; kind: string }[];
        relations: { id: string; kind: string; participants: { actor: string }[] }[];
      };
      const w = window as unknown as {
        __backchannel: {
          cy(): import('cytoscape').Core | undefined;
          state(): { data: { dataset?: Ds } };
          draw(change: Record<string, unknown>): void;
        };
        __bench: { nextDrawn(cy: unknown, t: number): Promise<number>; frame(): Promise<number> };
      };
      const hook = w.__backchannel;
      const cy = hook.cy();
      const start = hook.state().data.dataset;
      if (!cy || !start) throw new Error('edits: no graph or no dataset');
      const shown = (ds: Ds) => ({
        actors: new Set(ds.actors.map((a) => a.id)),
        relations: new Set(ds.relations.map((r) => r.id)),
        containers: new Set(),
        collapsed: [],
      });
      const timed = async (change: Record<string, unknown>): Promise<number> => {
        const t0 = performance.now();
        const drawn = w.__bench.nextDrawn(cy, timeoutMs);
        hook.draw(change);
        return (await drawn) - t0;
      };
      const before = cy.elements().length;
      hook.draw({ editing: { picked: [] }, presentation: shown(start) });
      await w.__bench.frame();
      const states: Ds[] = [start];
      const editMs: number[] = [];
      const undoMs: number[] = [];
      for (let i = 0; i < n; i++) {
        const cur = states[states.length - 1] as Ds;
        const anchor = start.actors[(i * 97) % start.actors.length] as { id: string };
        const id = `bench-edit-${i}`;
        const next: Ds = {
          ...cur,
          actors: [...cur.actors, { id, name: `Bench actor ${i}`, kind: 'person' }],
          relations: [
            ...cur.relations,
            {
              id: `${id}-met`,
              kind: 'meeting',
              participants: [{ actor: id }, { actor: anchor.id }],
            },
          ],
        };
        states.push(next);
        editMs.push(await timed({ dataset: next, presentation: shown(next) }));
        if (cy.getElementById(id).empty()) throw new Error(`edits: ${id} was not drawn`);
      }
      for (let i = n - 1; i >= 0; i--) {
        const back = states[i] as Ds;
        undoMs.push(await timed({ dataset: back, presentation: shown(back) }));
      }
      if (cy.elements().length !== before || cy.getElementById('bench-edit-0').nonempty())
        throw new Error('edits: the undos did not give the dataset back');
      hook.draw({ editing: undefined });
      return { editMs, undoMs };
    },
    { n: edits, timeoutMs },
  );
}
