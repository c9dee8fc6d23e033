/**
 * The edit and undo rows, through the app's own editor (src/ui/edit/editor.ts, reached through the
 * test hook): edit mode on (the dataset becomes a draft, drawn again), then `edits` edits one after
 * another, each the two commands the forms give for a new actor met by an actor already drawn
 * (`addActor`, then `addRelation`), then as many undos (two steps each), each timed from the first
 * command to the first frame after cytoscape has drawn the result. Then the floor: as many nodes
 * with an edge added straight to cytoscape, each timed the same way (what drawing one more node
 * and edge costs this Core on this machine, whatever the app does).
 */
import type { Page } from 'playwright-core';

export interface EditRun {
  editMs: number[];
  undoMs: number[];
  /**
   * The floor under them: one node and one edge added straight to the same Core (no app code, no
   * validation, no React), to the same frame; then removed.
   */
  floorMs: number[];
}

export async function measureEdits(page: Page, edits: number, timeoutMs: number): Promise<EditRun> {
  await page.evaluate(async () => {
    const w = window as unknown as {
      __backchannel: { editor: { start(): Promise<void> }; ready(): Promise<void> };
    };
    await w.__backchannel.editor.start();
    await w.__backchannel.ready();
  });
  return page.evaluate(
    async ({ n, timeoutMs }) => {
      type Outcome = { ok: boolean; problems?: unknown[] };
      const w = window as unknown as {
        __backchannel: {
          cy(): import('cytoscape').Core | undefined;
          state(): { data: { dataset?: { actors: { id: string }[] } }; edit: { on: boolean } };
          editor: { apply(c: unknown): Outcome; undo(): boolean; stop(): Promise<void> };
        };
        __bench: { nextDrawn(cy: unknown, t: number): Promise<number> };
      };
      const hook = w.__backchannel;
      const cy = hook.cy();
      const actors = hook.state().data.dataset?.actors ?? [];
      if (!cy || actors.length === 0 || !hook.state().edit.on)
        throw new Error('edits: no graph, no dataset or no edit mode');
      const before = cy.elements().length;
      /** Runs `change`, then waits for frames until `done` holds (or the time is up). */
      const timed = async (change: () => void, done: () => boolean): Promise<number> => {
        const t0 = performance.now();
        const until = t0 + timeoutMs;
        change();
        for (;;) {
          const t = await w.__bench.nextDrawn(cy, timeoutMs);
          if (done()) return t - t0;
          if (performance.now() > until) throw new Error('edits: not drawn in time');
        }
      };
      const must = (o: Outcome): void => {
        if (!o.ok) throw new Error(`edits: refused ${JSON.stringify(o.problems)}`);
      };
      const editMs: number[] = [];
      const undoMs: number[] = [];
      for (let i = 0; i < n; i++) {
        const other = (actors[(i * 97) % actors.length] as { id: string }).id;
        const id = `bench-edit-${i}`;
        const actor = { id, name: `Bench actor ${i}`, kind: 'person' };
        const participants = [{ actor: id }, { actor: other }];
        const relation = { id: `${id}-met`, kind: 'meeting', participants };
        editMs.push(
          await timed(
            () => {
              must(hook.editor.apply({ type: 'addActor', actor }));
              must(hook.editor.apply({ type: 'addRelation', relation }));
            },
            () => cy.getElementById(`${id}-met#0`).nonempty(),
          ),
        );
      }
      for (let i = n - 1; i >= 0; i--) {
        const id = `bench-edit-${i}`;
        undoMs.push(
          await timed(
            () => {
              if (!hook.editor.undo() || !hook.editor.undo()) throw new Error('edits: no undo');
            },
            () => cy.getElementById(id).empty(),
          ),
        );
      }
      if (cy.elements().length !== before) throw new Error('edits: the undos left elements');
      const floorMs: number[] = [];
      for (let i = 0; i < n; i++) {
        const other = (actors[(i * 97) % actors.length] as { id: string }).id;
        const at = cy.getElementById(other).position();
        const id = `bench-floor-${i}`;
        floorMs.push(
          await timed(
            () => {
              cy.add([
                {
                  group: 'nodes',
                  data: { id, elementType: 'actor', label: `Floor ${i}`, kind: 'person' },
                  position: { x: at.x + 40, y: at.y + 40 },
                },
                {
                  group: 'edges',
                  data: {
                    id: `${id}-e`,
                    source: id,
                    target: other,
                    elementType: 'edge',
                    kind: 'meeting',
                  },
                },
              ]);
            },
            () => cy.getElementById(id).nonempty(),
          ),
        );
      }
      cy.elements('[id ^= "bench-floor-"]').remove();
      await hook.editor.stop();
      return { editMs, undoMs, floorMs };
    },
    { n: edits, timeoutMs },
  );
}
