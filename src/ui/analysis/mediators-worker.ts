/**
 * The mediator scores worker: betweenness, brokerage and mediator roles of a large dataset off the
 * main thread (see mediators-async.ts, which starts it and may terminate it: that is the cancel).
 * Message in: `MediatorsRequest`; messages out: `MediatorsMessage` (progress, then one result or error).
 */
import { mediatorScores, type MediatorScores } from '../../graph/analysis.ts';
import type { Actor, Relation } from '../../model/schema.ts';

export interface MediatorsRequest {
  /** The dataset's actors and relations as JSON arrays, in chunks (built between frames by the page). */
  actors: string[];
  relations: string[];
}

export type MediatorsMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; scores: MediatorScores }
  | { type: 'error'; message: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<MediatorsRequest>) => void) | null;
  postMessage: (message: MediatorsMessage) => void;
}

function joined<T>(chunks: readonly string[]): T[] {
  const out: T[] = [];
  for (const chunk of chunks) for (const item of JSON.parse(chunk) as T[]) out.push(item);
  return out;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  try {
    const dataset = {
      actors: joined<Actor>(e.data.actors),
      relations: joined<Relation>(e.data.relations),
    };
    const scores = mediatorScores(dataset, {
      brokerageTriples: false,
      everyBrokerage: true,
      progressEvery: 8,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
    });
    scope.postMessage({ type: 'done', scores });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
