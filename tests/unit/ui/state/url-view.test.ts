/**
 * The whole view in the URL (issue 11, item 13): theme, tab, the Met pair and its date, the lens,
 * zoom and pan come back from what encodeUrlState writes; bad values are ignored and listed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState } from '../../../../src/ui/state/url.ts';
import { INITIAL_STATE, type AppState } from '../../../../src/ui/state/store.ts';
import { SCORE_KEYS } from '../../../../src/graph/lens-model.ts';

function stateWith(change: {
  theme: 'light' | 'dark';
  tab: string;
  a?: string;
  b?: string;
  by: string;
  lens?: (typeof SCORE_KEYS)[number];
  viewport?: { zoom: number; pan: { x: number; y: number } };
}): AppState {
  const s = INITIAL_STATE;
  return {
    ...s,
    data: { ...s.data, key: 'bundled:gaza-ceasefire-2025' },
    view: { ...s.view, theme: change.theme },
    ui: { ...s.ui, tab: change.tab, ...(change.viewport && { viewport: change.viewport }) },
    analysis: {
      ...s.analysis,
      met: {
        ...s.analysis.met,
        by: change.by,
        ...(change.a && { a: change.a }),
        ...(change.b && { b: change.b }),
      },
      lens: change.lens ? { on: true, score: change.lens } : s.analysis.lens,
    },
  };
}

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

describe('the URL keeps the whole view', () => {
  it('round-trips theme, tab, Met pair, lens, zoom and pan', () => {
    const arb = fc.record({
      theme: fc.constantFrom('light' as const, 'dark' as const),
      tab: fc.constantFrom('details', 'filters', 'list', 'met', 'mediators', 'timeline'),
      a: fc.option(idArb, { nil: undefined }),
      b: fc.option(idArb, { nil: undefined }),
      by: fc.constantFrom('', '2025', '2025-10', '2025-10-09'),
      lens: fc.option(fc.constantFrom(...SCORE_KEYS), { nil: undefined }),
      viewport: fc.option(
        fc.record({
          zoom: fc.double({ min: 0.05, max: 5, noNaN: true }),
          pan: fc.record({
            x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
            y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
          }),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(arb, (c) => {
        const s = decodeUrlState(`#${encodeUrlState(stateWith(c))}`);
        expect(s.ignored).toEqual([]);
        expect(s.view.theme).toBe(c.theme);
        expect(s.tab).toBe(c.tab === 'details' ? undefined : c.tab);
        expect(s.met).toEqual({
          ...(c.a && { a: c.a }),
          ...(c.b && { b: c.b }),
          ...(c.by && { by: c.by }),
        });
        expect(s.lens).toBe(c.lens);
        if (!c.viewport) expect(s.viewport).toBeUndefined();
        else {
          expect(s.viewport?.zoom).toBeCloseTo(c.viewport.zoom, 3);
          expect(Math.abs((s.viewport?.pan.x ?? NaN) - c.viewport.pan.x)).toBeLessThanOrEqual(0.05);
          expect(Math.abs((s.viewport?.pan.y ?? NaN) - c.viewport.pan.y)).toBeLessThanOrEqual(0.05);
        }
      }),
      { numRuns: 300, seed: 1113 },
    );
  });

  it('ignores bad values of the new parts, and lists them', () => {
    const s = decodeUrlState('#t=purple&tab=%3Cb%3E&ma=&mby=someday&lens=charisma&z=1e400&p=1,2');
    expect(s.view.theme).toBeUndefined();
    expect(s.tab).toBeUndefined();
    expect(s.met).toEqual({});
    expect(s.lens).toBeUndefined();
    expect(s.viewport).toBeUndefined();
    expect(s.ignored).toEqual([
      "t: 'purple'",
      "tab: '<b>'",
      "ma: ''",
      "mby: 'someday'",
      "lens: 'charisma'",
      "z: '1e400'",
      'p without z',
    ]);
  });

  it('needs both zoom and pan, within the canvas limits', () => {
    expect(decodeUrlState('#z=2').ignored).toEqual(['z without p']);
    expect(decodeUrlState('#z=9&p=0,0').ignored).toEqual(["z: '9'", 'p without z']);
    expect(decodeUrlState('#z=2&p=NaN,0').ignored).toEqual(["p: 'NaN,0'", 'z without p']);
    expect(decodeUrlState('#z=2&p=-10.5,3').viewport).toEqual({ zoom: 2, pan: { x: -10.5, y: 3 } });
  });
});
