/**
 * The large-graph layout on a cytoscape instance: start positions by bloc at once (so the first frame
 * already shows the blocs), then a force simulation in a Web Worker (or, where there is no Worker, in
 * short chunks on the main thread), with progress and cancel, so that the page never stops answering.
 *
 * Measured in the built app (.exp/inapp.mts, User Timing marks 'backchannel:large-layout:*'), before
 * this order: at 1,000 actors cy.fit on the start positions took 1.5 s of the main thread (5,000:
 * 4.6 s), and the worker, created only then, began computing once the app's first frames had been
 * drawn (2.5 s / 11 s later). Now the worker is started when this module loads, the request goes out
 * before any drawing, the start positions are fitted from their extent, and the main thread's own
 * share is extract + seed + apply (≈ 0.15 s at 5,000 actors) and the final apply (≈ 40 ms); the
 * rest of the layout's time is the simulation, which shares the 2 cores with cytoscape's drawing.
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
  /** Fit the graph to the viewport when done (default true; the start positions are always fitted). */
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
  // Nodes sized by their data (the overview's groups) keep clear of each other by their radius.
  const sized = nodes.some((node) => typeof node.data('size') === 'number');
  if (!sized) return { graph: { n: nodes.length, edges, parent }, nodes };
  const radius = new Float64Array(nodes.length);
  nodes.forEach((node, i) => {
    const size = node.data('size') as unknown;
    radius[i] = typeof size === 'number' ? size / 2 : 15;
  });
  return { graph: { n: nodes.length, edges, parent, radius }, nodes };
}

/** The extent of the positions applied, in model coordinates. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Moves the childless nodes to `positions` in one batch (compound parents follow their children);
 * returns the extent of the positions applied (undefined when none was).
 */
export function applyPositions(
  cy: Core,
  nodes: NodeSingular[],
  positions: Float64Array,
): Extent | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.batch(() => {
    nodes.forEach((node, i) => {
      if (node.removed() || node.isParent()) return;
      const x = positions[2 * i] ?? 0;
      const y = positions[2 * i + 1] ?? 0;
      node.position({ x, y });
      if (x < x1) x1 = x;
      if (x > x2) x2 = x;
      if (y < y1) y1 = y;
      if (y > y2) y2 = y;
    });
  });
  return x1 <= x2 ? { x1, y1, x2, y2 } : undefined;
}

/** Room around each node centre for its body and label, in model units. */
const NODE_MARGIN = 40;

/**
 * Fits the viewport to `extent` (node centres, widened by NODE_MARGIN) with `padding` pixels, as
 * cy.fit would, but without cy.fit's bounding-box pass over every element and label (measured
 * 1.5 s at 1,000 and 4.6 s at 5,000 actors on the bench machine, all of it on the main thread).
 */
export function fitToExtent(cy: Core, extent: Extent | undefined, padding: number): void {
  const w = cy.width();
  const h = cy.height();
  if (!extent || !(w > 2 * padding) || !(h > 2 * padding)) return;
  const bw = extent.x2 - extent.x1 + 2 * NODE_MARGIN;
  const bh = extent.y2 - extent.y1 + 2 * NODE_MARGIN;
  const fitted = Math.min((w - 2 * padding) / bw, (h - 2 * padding) / bh);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  const pan = {
    x: (w - zoom * (extent.x1 + extent.x2)) / 2,
    y: (h - zoom * (extent.y1 + extent.y2)) / 2,
  };
  cy.viewport({ zoom, pan });
}

function abortError(): DOMException {
  return new DOMException('The layout was cancelled', 'AbortError');
}

/** A User Timing mark of one phase of the layout (the bench and .exp scripts read them). */
function mark(phase: string): void {
  performance.mark(`backchannel:large-layout:${phase}`);
}

function createWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

/** A started, idle layout worker, ready for the next layout. */
let spare: Worker | undefined;

/**
 * Starts a layout worker ahead of need (this module does so when it loads). Measured: a module
 * worker's start needs the main thread, so a worker created when the layout begins only started
 * computing once the app's first frames were drawn (2.5 s later at 1,000 actors, 11 s at 5,000, and
 * waiting for it first only moved those frames ahead of the worker's start); a worker started
 * beforehand receives the request on its own thread at once.
 */
export function prewarmLayoutWorker(): void {
  if (spare === undefined && typeof Worker !== 'undefined') spare = createWorker();
}

function takeWorker(): Worker {
  const worker = spare ?? createWorker();
  spare = undefined;
  return worker;
}

/** A finished worker is kept for the next layout; a failed or cancelled one is replaced. */
function releaseWorker(worker: Worker, reusable: boolean): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (reusable && spare === undefined) spare = worker;
  else worker.terminate();
  prewarmLayoutWorker();
}

prewarmLayoutWorker();

function inWorker(request: LayoutRequest, options: LargeLayoutOptions): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    const fail = (error: Error): void => {
      options.signal?.removeEventListener('abort', onAbort);
      releaseWorker(worker, false);
      reject(error);
    };
    const onAbort = (): void => fail(abortError());
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        options.onProgress?.(0.95 * (msg.done / msg.total));
        return;
      }
      const wait = Math.round(msg.startedAt - postedAt);
      mark(
        `received (worker: began ${wait} ms after the request, ran ${Math.round(msg.computeMs)} ms)`,
      );
      options.signal?.removeEventListener('abort', onAbort);
      releaseWorker(worker, true);
      resolve(msg.positions);
    };
    worker.onerror = (event) => fail(new Error(`layout worker failed: ${event.message}`));
    // The graph's arrays are transferred (not copied): the caller must not read them afterwards.
    const { graph, start } = request;
    const transfer: Transferable[] = [graph.edges.buffer, graph.parent.buffer].filter(
      (b): b is ArrayBuffer => b instanceof ArrayBuffer,
    );
    if (start && start.buffer instanceof ArrayBuffer) transfer.push(start.buffer);
    const postedAt = performance.timeOrigin + performance.now();
    worker.postMessage(request, transfer);
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
  const run = createForceRun(request.graph, request.iterations, request.start);
  const budgetMs = 30;
  let finished = false;
  while (!finished) {
    // Yield first: the caller draws the start positions before the first chunk.
    await yieldToPage();
    if (options.signal?.aborted) throw abortError();
    const start = performance.now();
    // At least one step per chunk; as many as fit in the budget.
    do finished = run.step(1);
    while (!finished && performance.now() - start < budgetMs);
    options.onProgress?.(0.95 * (run.done / run.total));
  }
  if (options.signal?.aborted) throw abortError();
  return run.positions();
}

/**
 * Lays out every node of `cy` (hidden ones too, so that positions stay put when filters change).
 * Resolves when the positions are applied; rejects with an AbortError when `signal` aborts.
 * Emits 'largelayoutstart' and 'largelayoutstop' on `cy`, and a User Timing measure
 * 'backchannel:large-layout' (the bench reads it), with marks for its phases.
 *
 * Order: the simulation starts first (worker), then the main thread draws the start positions while
 * it runs; at the end the positions are applied in one batch and the graph fitted once (not at all
 * with `fit: false`, when the caller fits anyway).
 */
export async function runLargeLayout(cy: Core, options: LargeLayoutOptions = {}): Promise<void> {
  if (options.signal?.aborted) throw abortError();
  options.onProgress?.(0);
  cy.emit('largelayoutstart');
  performance.mark('backchannel:large-layout:start');
  const { graph, nodes } = extractGraph(cy);
  const seed = seedPositions(graph);
  mark('extracted');
  // The worker gets its own copy of the start positions (the original is drawn here).
  const request: LayoutRequest = { graph, start: seed.slice() };
  if (options.iterations !== undefined) request.iterations = options.iterations;
  const useWorker = options.worker !== false && typeof Worker !== 'undefined';
  // The simulation starts first (in a worker started beforehand: prewarmLayoutWorker).
  const pending = useWorker ? inWorker(request, options) : inChunks(request, options);
  // Callers see a rejection through `await pending` below; this keeps it from being unhandled
  // while the start positions are drawn.
  pending.catch(() => undefined);
  // The start positions are fitted even with `fit: false`: they are what the page shows while the
  // simulation runs, and the nodes' earlier positions may lie anywhere.
  fitToExtent(cy, applyPositions(cy, nodes, seed), 30);
  mark('seeded');
  const positions = await pending;
  if (options.signal?.aborted) throw abortError();
  const extent = applyPositions(cy, nodes, positions);
  if (options.fit !== false) fitToExtent(cy, extent, 30);
  mark('applied');
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
