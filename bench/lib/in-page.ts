/**
 * Measurement helpers injected into both pages (app and bare) before any of their scripts run, as
 * plain JavaScript text (so that no bundler or tsx helper leaks into the page). They install
 * `window.__bench`; bench/lib/measure.ts calls it through page.evaluate.
 *
 * Every latency ends at the first animation frame after cytoscape has drawn the change: the time a
 * person waits to see it.
 */
export const IN_PAGE_SCRIPT = String.raw`
(() => {
  // tsx/esbuild keepNames wraps named functions in page.evaluate bodies with __name(): make it a no-op.
  if (!('__name' in window)) window.__name = (f) => f;
  const longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no longtask support: longestTaskMs stays NaN */ }

  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

  /** Resolves at the first frame after cy's next 'render' event (or after timeoutMs). */
  function nextDrawn(cy, timeoutMs) {
    return new Promise((resolve) => {
      let done = false;
      const finish = () => { if (done) return; done = true; cy.off('render', onRender); frame().then(resolve); };
      const onRender = () => finish();
      cy.on('render', onRender);
      setTimeout(finish, timeoutMs || 10000);
    });
  }

  /** Waits until getCy() returns a cy with at least minNodes nodes, then for one drawn frame. */
  async function firstFrame(getCy, minNodes, timeoutMs) {
    const until = performance.now() + (timeoutMs || 120000);
    for (;;) {
      const cy = getCy();
      if (cy && cy.nodes().length >= minNodes) {
        // a frame in which cytoscape has drawn: its render loop runs inside rAF, before ours
        await frame();
        await frame();
        return performance.now();
      }
      if (performance.now() > until) throw new Error('no graph drawn within ' + timeoutMs + ' ms');
      await frame();
    }
  }

  function longestTaskSince(t0, t1) {
    let max = 0;
    for (const t of longtasks) if (t.start + t.duration >= t0 && t.start <= (t1 ?? Infinity)) max = Math.max(max, t.duration);
    return max;
  }

  /**
   * Pans (mouse drag) then zooms (wheel) the cytoscape container with one synthetic input event per
   * animation frame for durationMs, so that every frame has to draw; returns the frame times.
   */
  async function gesture(cy, durationMs) {
    const el = cy.container();
    const box = el.getBoundingClientRect();
    // Start the drag on the background, as a person panning does (a drag that starts on a node does
    // not pan): the free point nearest the centre, on a spiral.
    const r = cy.renderer();
    const free = (x, y) => {
      const p = r.projectIntoViewport(x, y);
      return !r.findNearestElement(p[0], p[1], true, false);
    };
    let cx = box.left + box.width / 2, cyy = box.top + box.height / 2;
    for (let k = 0; k < 400; k++) {
      const x = box.left + box.width / 2 + 3 * k * Math.cos(k / 3);
      const y = box.top + box.height / 2 + 3 * k * Math.sin(k / 3);
      if (x < box.left + 100 || x > box.right - 100 || y < box.top + 80 || y > box.bottom - 80) continue;
      if (free(x, y)) { cx = x; cyy = y; break; }
    }
    const opts = (x, y, extra) => Object.assign({ bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: 1, view: window }, extra || {});
    const target = el.querySelector('canvas:last-of-type') || el;
    const times = [];
    const half = durationMs / 2;
    let x = cx, y = cyy;
    // The first frame of each phase is where cytoscape draws its viewport texture (textureOnViewport):
    // 'steady' leaves those two out, to say how panning feels once it has started.
    const steady = [];
    target.dispatchEvent(new MouseEvent('mousedown', opts(x, y)));
    let t = await frame();
    const start = t;
    let i = 0;
    while (t - start < half) {
      i++;
      x = cx + 80 * Math.sin(i / 6); y = cyy + 60 * Math.cos(i / 7);
      window.dispatchEvent(new MouseEvent('mousemove', opts(x, y)));
      const t2 = await frame();
      times.push(t2 - t);
      if (i > 1) steady.push(t2 - t);
      t = t2;
    }
    window.dispatchEvent(new MouseEvent('mouseup', opts(x, y, { buttons: 0 })));
    const zoomStart = t;
    i = 0;
    while (t - zoomStart < half) {
      i++;
      target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cyy, deltaY: (Math.floor(i / 10) % 2 ? 40 : -40), deltaMode: 0 }));
      const t2 = await frame();
      times.push(t2 - t);
      if (i > 1) steady.push(t2 - t);
      t = t2;
    }
    // let cytoscape leave its viewport mode and redraw fully
    await new Promise((r) => setTimeout(r, 300));
    await frame();
    const steadyMs = steady.reduce((a, b) => a + b, 0);
    return {
      frameMsMedian: median(times),
      fps: times.length / ((t - start) / 1000),
      frames: times.length,
      steadyFps: steady.length > 0 ? steady.length / (steadyMs / 1000) : NaN,
    };
  }

  window.__bench = { longtasks, frame, nextDrawn, firstFrame, longestTaskSince, gesture, median };
})();
`;
