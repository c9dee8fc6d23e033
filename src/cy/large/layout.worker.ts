/// <reference lib="webworker" />
/**
 * The large-graph layout off the main thread: receives the graph as plain arrays, reports progress at
 * most every PROGRESS_MS (each message wakes the main thread, which may be busy drawing), and answers
 * with the final positions (transferred, not copied).
 */
import { createForceRun } from './force.ts';
import type { LayoutRequest, LayoutResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** At most this often a progress message: enough for a smooth bar, few wake-ups of the page. */
const PROGRESS_MS = 150;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { graph, iterations, start } = event.data;
  const t0 = performance.now();
  const run = createForceRun(graph, iterations, start);
  let last = t0;
  let finished = false;
  while (!finished) {
    finished = run.step(1);
    const now = performance.now();
    if (!finished && now - last >= PROGRESS_MS) {
      last = now;
      const progress: LayoutResponse = { type: 'progress', done: run.done, total: run.total };
      scope.postMessage(progress);
    }
  }
  const positions = run.positions();
  const done: LayoutResponse = {
    type: 'done',
    positions,
    computeMs: performance.now() - t0,
    startedAt: performance.timeOrigin + t0,
  };
  scope.postMessage(done, [positions.buffer]);
};
