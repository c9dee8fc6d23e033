/// <reference lib="webworker" />
/**
 * The large-graph layout off the main thread: receives the graph as plain arrays, reports progress,
 * and answers with the final positions (transferred, not copied).
 */
import { createForceRun } from './force.ts';
import type { LayoutRequest, LayoutResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { graph, iterations } = event.data;
  const run = createForceRun(graph, iterations);
  const chunk = Math.max(1, Math.round(run.total / 40));
  let finished = false;
  while (!finished) {
    finished = run.step(chunk);
    const progress: LayoutResponse = { type: 'progress', done: run.done, total: run.total };
    scope.postMessage(progress);
  }
  const positions = run.positions();
  const done: LayoutResponse = { type: 'done', positions };
  scope.postMessage(done, [positions.buffer]);
};
