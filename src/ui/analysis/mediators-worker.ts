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

/**
 * The scores go back in parts of `PART` rows, each its own message: the page takes each in a short
 * task of its own (one message of 20,000 rows held it for several hundred milliseconds).
 */
export type MediatorsMessage =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'part';
      mediators?: MediatorScores['mediators'];
      brokerage?: MediatorScores['brokerage'];
    }
  | { type: 'done'; betweennessSampled?: MediatorScores['betweennessSampled'] }
  | { type: 'error'; message: string };

const PART = 1000;

function sendScores(scores: MediatorScores): void {
  for (let i = 0; i < scores.mediators.length; i += PART)
    scope.postMessage({ type: 'part', mediators: scores.mediators.slice(i, i + PART) });
  const brokerage = scores.brokerage ?? [];
  for (let i = 0; i < brokerage.length; i += PART)
    scope.postMessage({ type: 'part', brokerage: brokerage.slice(i, i + PART) });
  const done: MediatorsMessage = { type: 'done' };
  if (scores.betweennessSampled) done.betweennessSampled = scores.betweennessSampled;
  scope.postMessage(done);
}

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
    sendScores(scores);
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
