/**
 * The large-graph layout on a cytoscape instance: start positions by bloc at once (so the first frame
 * already shows the blocs), then a force simulation in a Web Worker (or, where there is no Worker, in
 * short chunks on the main thread), with progress and cancel, so that the page never stops answering.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { createForceRun, seedPositions, type ForceGraph } from './force.ts';
import type { LayoutRequest, LayoutResponse } from './protocol.ts';

export interface LargeLayoutOptions {
  /** Called with the fraction done, 0 … 1 (0 at the start, 1 when the positions are applied). */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the layout: the promise rejects with an AbortError, positions stay as they are. */
  signal?: AbortSignal;
  /** Simulation steps (default: by size). */
  iterations?: number;
  /** Fit the graph to the viewport when done (default true). */
  fit?: boolean;
  /** Use a Web Worker when the platform has one (default true). */
  worker?: boolean;
}

interface Extracted {
  graph: ForceGraph;
  nodes: NodeSingular[];
}

/** The graph of `cy` as plain arrays: every node (compound parents too), every edge, parents. */
export function extractGraph(cy: Core): Extracted {
  const nodes = cy.nodes().toArray() as NodeSingular[];
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node.id(), i));
  const edgeList = cy.edges().toArray();
  const edges = new Int32Array(edgeList.length * 2);
  edgeList.forEach((edge, k) => {
    edges[2 * k] = index.get(edge.source().id()) ?? -1;
    edges[2 * k + 1] = index.get(edge.target().id()) ?? -1;
  });
  const parent = new Int32Array(nodes.length);
  nodes.forEach((node, i) => {
    const p = node.parent();
    parent[i] = p.nonempty() ? (index.get(p.first().id()) ?? -1) : -1;
  });
  return { graph: { n: nodes.length, edges, parent }, nodes };
}

/** Moves the childless nodes to `positions` in one batch (compound parents follow their children). */
export function applyPositions(cy: Core, nodes: NodeSingular[], positions: Float64Array): void {
  cy.batch(() => {
    nodes.forEach((node, i) => {
      if (node.removed() || node.isParent()) return;
      node.position({ x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });
    });
  });
}

function abortError(): DOMException {
  return new DOMException('The layout was cancelled', 'AbortError');
}

function inWorker(request: LayoutRequest, options: LargeLayoutOptions): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const onAbort = (): void => {
      worker.terminate();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        options.onProgress?.(0.95 * (msg.done / msg.total));
        return;
      }
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(msg.positions);
    };
    worker.onerror = (event) => {
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      reject(new Error(`layout worker failed: ${event.message}`));
    };
    const { graph } = request;
    worker.postMessage(request, [graph.edges.buffer, graph.parent.buffer]);
  });
}

/** Yields to the event loop (a macrotask), so that input and frames are handled between chunks. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function inChunks(
  request: LayoutRequest,
  options: LargeLayoutOptions,
): Promise<Float64Array> {
  const run = createForceRun(request.graph, request.iterations);
  const budgetMs = 30;
  let finished = false;
  while (!finished) {
    if (options.signal?.aborted) throw abortError();
    const start = performance.now();
    // At least one step per chunk; as many as fit in the budget.
    do finished = run.step(1);
    while (!finished && performance.now() - start < budgetMs);
    options.onProgress?.(0.95 * (run.done / run.total));
    await yieldToPage();
  }
  if (options.signal?.aborted) throw abortError();
  return run.positions();
}

/**
 * Lays out every node of `cy` (hidden ones too, so that positions stay put when filters change).
 * Resolves when the positions are applied; rejects with an AbortError when `signal` aborts.
 * Emits 'largelayoutstart' and 'largelayoutstop' on `cy`, and a User Timing measure
 * 'backchannel:large-layout' (the bench reads it).
 */
export async function runLargeLayout(cy: Core, options: LargeLayoutOptions = {}): Promise<void> {
  if (options.signal?.aborted) throw abortError();
  options.onProgress?.(0);
  cy.emit('largelayoutstart');
  performance.mark('backchannel:large-layout:start');
  const { graph, nodes } = extractGraph(cy);
  applyPositions(cy, nodes, seedPositions(graph));
  if (options.fit !== false) cy.fit(undefined, 30);
  const request: LayoutRequest = { graph, iterations: options.iterations };
  const useWorker = options.worker !== false && typeof Worker !== 'undefined';
  const positions = useWorker ? await inWorker(request, options) : await inChunks(request, options);
  if (options.signal?.aborted) throw abortError();
  applyPositions(cy, nodes, positions);
  if (options.fit !== false) cy.fit(undefined, 30);
  cy.emit('largelayoutstop');
  performance.measure('backchannel:large-layout', 'backchannel:large-layout:start');
  options.onProgress?.(1);
}

/** A running layout, for a progress bar and a cancel button (no React: subscribe from any UI). */
export interface LargeLayoutTask {
  /** Resolves when done; rejects with an AbortError when cancelled. */
  readonly done: Promise<void>;
  /** The fraction done, 0 … 1. */
  progress(): number;
  /** Calls `listener` on every progress change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  cancel(): void;
}

/** Starts `runLargeLayout` and returns a handle for the UI (works with React's useSyncExternalStore). */
export function startLargeLayout(
  cy: Core,
  options: Omit<LargeLayoutOptions, 'signal' | 'onProgress'> = {},
): LargeLayoutTask {
  const controller = new AbortController();
  const listeners = new Set<() => void>();
  let fraction = 0;
  const done = runLargeLayout(cy, {
    ...options,
    signal: controller.signal,
    onProgress: (f) => {
      fraction = f;
      for (const l of listeners) l();
    },
  });
  // Callers that only cancel need not handle the rejection.
  done.catch(() => undefined);
  return {
    done,
    progress: () => fraction,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel: () => controller.abort(),
  };
}
