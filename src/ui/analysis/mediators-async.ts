/**
 * `mediatorScoresInWorker`: the explorer's "Compute the mediator scores" on a large dataset. The
 * scores are computed in a module worker (mediators-worker.ts) so that the page keeps answering; the
 * dataset goes to it as JSON built in chunks between frames (one structured clone of 100,000
 * relations would hold the main thread for a few hundred milliseconds). Aborting the signal
 * terminates the worker. Where workers are unavailable the scores are computed here, at once.
 */
import { mediatorScores, type MediatorScores } from '../../graph/analysis.ts';
import type { Dataset } from '../../model/schema.ts';
import type { MediatorsMessage, MediatorsRequest } from './mediators-worker.ts';

/** Items per JSON chunk: a few milliseconds of `JSON.stringify` each. */
const CHUNK = 2000;

export interface MediatorsProgress {
  /** Betweenness sources searched so far, of `total` (0 of 0 while the dataset is being sent). */
  done: number;
  total: number;
}

export interface MediatorsOptions {
  onProgress?: (p: MediatorsProgress) => void;
  signal?: AbortSignal;
}

function aborted(): DOMException {
  return new DOMException('The mediator scores were cancelled', 'AbortError');
}

/** Lets the page paint and answer between two chunks. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function chunks(items: readonly unknown[], signal?: AbortSignal): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    out.push(JSON.stringify(items.slice(i, i + CHUNK)));
    await pause();
    if (signal?.aborted) throw aborted();
  }
  return out;
}

export async function mediatorScoresInWorker(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  options: MediatorsOptions = {},
): Promise<MediatorScores> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw aborted();
  const onMainThread = (): MediatorScores =>
    mediatorScores(dataset, { brokerageTriples: false, everyBrokerage: true });
  if (typeof Worker === 'undefined') return onMainThread();
  onProgress?.({ done: 0, total: 0 });
  const request: MediatorsRequest = {
    actors: await chunks(dataset.actors, signal),
    relations: await chunks(dataset.relations, signal),
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./mediators-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread();
  }
  return new Promise<MediatorScores>((resolve, reject) => {
    const stop = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = (): void => {
      stop();
      reject(aborted());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    const mediators: MediatorScores['mediators'] = [];
    const brokerage: NonNullable<MediatorScores['brokerage']> = [];
    worker.onmessage = (e: MessageEvent<MediatorsMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.({ done: m.done, total: m.total });
      else if (m.type === 'part') {
        for (const row of m.mediators ?? []) mediators.push(row);
        for (const row of m.brokerage ?? []) brokerage.push(row);
      } else {
        stop();
        if (m.type === 'error') reject(new Error(m.message));
        else {
          const scores: MediatorScores = { mediators, brokerage };
          if (m.betweennessSampled) scores.betweennessSampled = m.betweennessSampled;
          resolve(scores);
        }
      }
    };
    worker.onerror = (e: Event) => {
      e.preventDefault();
      stop();
      reject(new Error('the mediator scores worker could not run'));
    };
    worker.postMessage(request);
  });
}
