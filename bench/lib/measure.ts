/**
 * One measured run of one page (app, bare or probe) on one dataset, in a fresh browser context.
 * The app is driven through its test hook (`window.__backchannel`) for loading, and through its UI for
 * filters and search, as a person would; the bare page through `window.__bare`.
 */
import type { Browser, Page } from 'playwright-core';
import { IN_PAGE_SCRIPT } from './in-page.ts';
import { APP_UI } from './app-ui.ts';
import { CLASSES } from '../../src/cy/stylesheet.ts';
import { measureEdits } from './edits.ts';
import type { BackchannelHook } from '../../src/app/test-hook.ts';

export interface PageRun {
  firstFrameMs: number;
  /** The layout alone (default layout, or the large-graph layout above the threshold). */
  layoutMs: number;
  /** Load start → layout done (app: the hook's ready()). */
  readyMs: number;
  longestTaskMs: number;
  panFps: number;
  /** Frames per second after the first frame of each gesture phase (see in-page.ts). */
  panSteadyFps: number;
  frameMs: number;
  pngMs: number;
  heapMB: number;
  filterMs: number[];
  searchMs: number[];
  /** An edit drawn in place, and its undo (app only: bench/lib/edits.ts). */
  editMs: number[];
  undoMs: number[];
  floorMs: number[];
  nodes: number;
  edges: number;
}

export interface ProbeRun {
  parseValidateMs: number;
  projectMs: number;
}

export interface RunOptions {
  /** Filter toggles per run (alternating off/on). */
  toggles: number;
  /** Searches per run. */
  searches: number;
  /** Pan + zoom gesture length. */
  gestureMs: number;
  /** Edits per run (then as many undos). */
  edits: number;
  /** Give up on a page step after this long. */
  timeoutMs: number;
}

export async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: IN_PAGE_SCRIPT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
  return page;
}

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Builds the dataset text inside the page (from a URL on the same server), outside any timing. */
export async function fetchText(page: Page, dataUrl: string): Promise<void> {
  await page.evaluate(async (u) => {
    const w = window as unknown as { __text: string };
    w.__text = await (await fetch(u)).text();
  }, dataUrl);
}

export async function runProbe(
  browser: Browser,
  origin: string,
  dataUrl: string,
): Promise<ProbeRun> {
  const page = await newPage(browser, `${origin}/pages/probe.html`);
  try {
    await fetchText(page, dataUrl);
    return await page.evaluate(() => {
      const w = window as unknown as {
        __text: string;
        __probe: { run(t: string): ProbeRun & { ok: boolean } };
      };
      const r = w.__probe.run(w.__text);
      if (!r.ok) throw new Error('the generated dataset did not validate in the browser');
      return { parseValidateMs: r.parseValidateMs, projectMs: r.projectMs };
    });
  } finally {
    await page.context().close();
  }
}

const PNG_SCRIPT = `(async () => {
  const cy = CY;
  const t0 = performance.now();
  const blob = cy.png({ output: 'blob', full: true, scale: 1, maxWidth: 4096, maxHeight: 4096, bg: '#ffffff' });
  if (!blob || blob.size === 0) throw new Error('empty PNG');
  return performance.now() - t0;
})()`;

export async function runBare(
  browser: Browser,
  origin: string,
  dataUrl: string,
  opts: RunOptions,
): Promise<PageRun> {
  const page = await newPage(browser, `${origin}/pages/bare.html`);
  try {
    await fetchText(page, dataUrl);
    const load = await page.evaluate(async () => {
      const w = window as unknown as {
        __text: string;
        __bare: {
          load(t: string): Promise<{ firstFrameMs: number; nodes: number; edges: number }>;
          layout(): Promise<number>;
        };
        __bench: { longestTaskSince(t0: number, t1?: number): number };
      };
      const t0 = performance.now();
      const r = await w.__bare.load(w.__text);
      const layoutMs = await w.__bare.layout();
      const readyMs = performance.now() - t0;
      return { ...r, layoutMs, readyMs, longestTaskMs: w.__bench.longestTaskSince(t0) };
    });
    const filterMs: number[] = [];
    for (let i = 0; i < opts.toggles; i++) {
      filterMs.push(
        await page.evaluate(
          async ({ hide, hiddenClass }) => {
            const w = window as unknown as {
              __bare: { cy(): import('cytoscape').Core };
              __bench: { nextDrawn(cy: unknown, t: number): Promise<number> };
            };
            const cy = w.__bare.cy();
            const t0 = performance.now();
            const drawn = w.__bench.nextDrawn(cy, 30_000);
            cy.batch(() => {
              const edges = cy.edges('[kind = "meeting"]');
              if (hide) edges.addClass(hiddenClass);
              else edges.removeClass(hiddenClass);
            });
            return (await drawn) - t0;
          },
          { hide: i % 2 === 0, hiddenClass: CLASSES.hidden },
        ),
      );
    }
    const gesture = await page.evaluate(async (ms) => {
      const w = window as unknown as {
        __bare: { cy(): import('cytoscape').Core };
        __bench: {
          gesture(
            cy: unknown,
            ms: number,
          ): Promise<{ fps: number; frameMsMedian: number; steadyFps: number }>;
        };
      };
      const cy = w.__bare.cy();
      cy.autoungrabify(true);
      return w.__bench.gesture(cy, ms);
    }, opts.gestureMs);
    const pngMs = (await page.evaluate(PNG_SCRIPT.replace('CY', 'window.__bare.cy()'))) as number;
    return {
      firstFrameMs: load.firstFrameMs,
      layoutMs: load.layoutMs,
      readyMs: load.readyMs,
      longestTaskMs: load.longestTaskMs,
      panFps: gesture.fps,
      panSteadyFps: gesture.steadyFps,
      frameMs: gesture.frameMsMedian,
      pngMs,
      heapMB: await heapMB(page),
      filterMs,
      searchMs: [],
      editMs: [],
      undoMs: [],
      floorMs: [],
      nodes: load.nodes,
      edges: load.edges,
    };
  } finally {
    await page.context().close();
  }
}

export async function runApp(
  browser: Browser,
  origin: string,
  dataUrl: string,
  actors: number,
  searchFor: { id: string; name: string }[],
  opts: RunOptions,
): Promise<PageRun> {
  const page = await newPage(browser, `${origin}/app/index.html`);
  try {
    await page.waitForFunction(() => '__backchannel' in window, undefined, {
      timeout: opts.timeoutMs,
    });
    await page.evaluate(async () => {
      const hook = (window as unknown as { __backchannel: BackchannelHook }).__backchannel;
      await hook.ready();
      // These rows are the expanded drawing (every actor drawn): the overview is off (issue 15).
      hook.overview.setMode('off');
    });
    await fetchText(page, dataUrl);
    const load = await page.evaluate(
      async ({ n, timeoutMs }) => {
        const w = window as unknown as {
          __text: string;
          __backchannel: {
            cy(): import('cytoscape').Core | undefined;
            load(t: string, f?: string): Promise<{ ok: boolean; problems?: unknown[] }>;
            ready(): Promise<void>;
          };
          __bench: {
            firstFrame(get: () => unknown, min: number, timeout: number): Promise<number>;
            longestTaskSince(t0: number, t1?: number): number;
          };
        };
        const hook = w.__backchannel;
        const t0 = performance.now();
        const first = w.__bench.firstFrame(() => hook.cy(), n, timeoutMs);
        const result = await hook.load(w.__text, 'synthetic.json');
        if (!result.ok)
          throw new Error(`the app refused the dataset: ${JSON.stringify(result.problems)}`);
        const tFirst = await first;
        await hook.ready();
        const tReady = performance.now();
        const cy = hook.cy();
        if (!cy) throw new Error('no cytoscape after load');
        return {
          firstFrameMs: tFirst - t0,
          readyMs: tReady - t0,
          // the large-graph layout's User Timing measure (below the threshold: NaN, the bare page's
          // run of the same layout function stands for it)
          layoutMs:
            performance
              .getEntriesByName('backchannel:large-layout', 'measure')
              .filter((e) => e.startTime >= t0)
              .at(-1)?.duration ?? NaN,
          longestTaskMs: w.__bench.longestTaskSince(t0, tReady),
          nodes: cy.nodes().length,
          edges: cy.edges().length,
        };
      },
      { n: actors, timeoutMs: opts.timeoutMs },
    );

    const filterMs = await measureFilter(page, opts.toggles);
    const searchMs = await measureSearch(page, searchFor, opts);
    const gesture = await measureGesture(page, opts.gestureMs);
    const pngMs = (await page.evaluate(
      PNG_SCRIPT.replace('CY', 'window.__backchannel.cy()'),
    )) as number;
    const heap = await heapMB(page);
    // Last: the edits change the dataset drawn (and the undos give it back).
    const edits = await measureEdits(page, opts.edits, Math.min(opts.timeoutMs, 30_000));
    return {
      ...load,
      panFps: gesture.fps,
      panSteadyFps: gesture.steadyFps,
      frameMs: gesture.frameMsMedian,
      pngMs,
      heapMB: heap,
      filterMs,
      searchMs,
      ...edits,
    };
  } finally {
    await page.context().close();
  }
}

/** Filter toggles (the meeting kind, off then on …) through the Filters panel, click → drawn. */
export async function measureFilter(page: Page, toggles: number): Promise<number[]> {
  const filterMs: number[] = [];
  await APP_UI.openFilters(page);
  const filter = APP_UI.relationKindFilter(page, 'meeting');
  for (let i = 0; i < toggles; i++) {
    await page.evaluate(() => {
      const w = window as unknown as {
        __backchannel: { cy(): unknown };
        __bench: { nextDrawn(cy: unknown, t: number): Promise<number> };
        __pending: Promise<number>;
        __clickAt: number;
      };
      w.__clickAt = NaN;
      document.addEventListener('click', () => (w.__clickAt = performance.now()), {
        capture: true,
        once: true,
      });
      w.__pending = w.__bench.nextDrawn(w.__backchannel.cy(), 30_000);
    });
    await filter.click();
    filterMs.push(
      await page.evaluate(async () => {
        const w = window as unknown as { __pending: Promise<number>; __clickAt: number };
        return (await w.__pending) - w.__clickAt;
      }),
    );
  }
  return filterMs;
}

/**
 * Searches through the search box, last key → the actor drawn selected. `afterEach` runs after
 * each search (the overview run closes the group the search opened).
 */
export async function measureSearch(
  page: Page,
  searchFor: { id: string; name: string }[],
  opts: Pick<RunOptions, 'searches' | 'timeoutMs'>,
  afterEach?: () => Promise<void>,
): Promise<number[]> {
  const searchMs: number[] = [];
  const box = APP_UI.searchBox(page);
  for (let i = 0; i < opts.searches; i++) {
    const { id, name } = searchFor[i % searchFor.length] as { id: string; name: string };
    await box.fill(name.slice(0, -1));
    await page.evaluate(() => {
      const w = window as unknown as { __keyAt: number };
      w.__keyAt = NaN;
      const onKey = (): void => void (w.__keyAt = performance.now());
      window.addEventListener('keydown', onKey, { capture: true });
    });
    await box.press(name.slice(-1));
    await box.press('Enter');
    searchMs.push(
      await page.evaluate(
        async ({ id, name, selectedClass, timeoutMs }) => {
          const w = window as unknown as {
            __keyAt: number;
            __backchannel: { cy(): import('cytoscape').Core };
            __bench: { frame(): Promise<number> };
          };
          const cy = w.__backchannel.cy();
          const until = performance.now() + timeoutMs;
          for (;;) {
            if (cy.getElementById(id).hasClass(selectedClass)) {
              return (await w.__bench.frame()) - w.__keyAt;
            }
            if (performance.now() > until)
              throw new Error(`search for '${name}' did not select ${id}`);
            await w.__bench.frame();
          }
        },
        {
          id,
          name,
          selectedClass: APP_UI.selectedClass,
          timeoutMs: Math.min(opts.timeoutMs, 30_000),
        },
      ),
    );
    await APP_UI.clearSelection(page);
    await afterEach?.();
  }
  return searchMs;
}

/** The pan + zoom gesture on the app's canvas (see in-page.ts). */
export async function measureGesture(
  page: Page,
  gestureMs: number,
): Promise<{ fps: number; frameMsMedian: number; steadyFps: number }> {
  return page.evaluate(async (ms) => {
    const w = window as unknown as {
      __backchannel: { cy(): import('cytoscape').Core };
      __bench: {
        gesture(
          cy: unknown,
          ms: number,
        ): Promise<{ fps: number; frameMsMedian: number; steadyFps: number }>;
      };
    };
    const cy = w.__backchannel.cy();
    const grab = cy.autoungrabify();
    cy.autoungrabify(true);
    const r = await w.__bench.gesture(cy, ms);
    cy.autoungrabify(grab);
    return r;
  }, gestureMs);
}
