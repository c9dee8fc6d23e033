import { describe, expect, it } from 'vitest';
import { sizeExport, labelScaleRequest, WIDTH_PRESETS } from '../../../src/cy/export/sizing.ts';
import { outputSize } from '../../../src/cy/export/limits.ts';

// A caption whose height grows as it gets narrower (its lines wrap): 12 000 px² of text.
const captionHeight = (width: number): number => Math.ceil(12_000 / width) + 40;

describe('sizeExport', () => {
  it('by scale: as before (graph + padding, widened to the caption minimum, × scale)', () => {
    const input = { graph: { width: 800, height: 600 }, padding: 24, scale: 2, captionHeight };
    const s = sizeExport({ ...input, captionMinWidth: 560 });
    expect(s.scale).toBe(2);
    expect(s.captionScale).toBe(2);
    expect(s.captionWidth).toBe(848);
    expect(s.size).toEqual(
      outputSize({
        graph: input.graph,
        scale: 2,
        padding: 24,
        minWidth: 560,
        captionHeight: captionHeight(848),
      }),
    );
  });

  it('by width: exactly that wide; the graph scaled to fit; no caption, no caption height', () => {
    const s = sizeExport({
      graph: { width: 1376, height: 900 },
      padding: 12,
      scale: 2,
      width: WIDTH_PRESETS.web,
      captionHeight,
    });
    expect(s.size.width).toBe(700);
    expect(s.scale).toBeCloseTo(700 / 1400, 10);
    expect(s.size.height).toBe(Math.ceil(924 * s.scale));
    expect(s.captionHeight).toBe(0);
  });

  it('by width: a wide graph in a web column keeps its caption at 1× (readable), laid out 700 wide', () => {
    const s = sizeExport({
      graph: { width: 1376, height: 900 },
      padding: 12,
      scale: 2,
      width: 700,
      captionMinWidth: 560,
      captionHeight,
    });
    expect(s.size.width).toBe(700);
    expect(s.scale).toBeLessThan(1);
    expect(s.captionScale).toBe(1);
    expect(s.captionWidth).toBe(700);
    expect(s.size.height).toBe(Math.ceil(924 * s.scale + captionHeight(700)));
  });

  it('by width: print scales the caption with the graph', () => {
    const s = sizeExport({
      graph: { width: 976, height: 500 },
      padding: 12,
      scale: 1,
      width: 3000,
      captionMinWidth: 560,
      captionHeight,
    });
    expect(s.size.width).toBe(3000);
    expect(s.scale).toBeCloseTo(3, 10);
    expect(s.captionScale).toBeCloseTo(3, 10);
    expect(s.captionWidth).toBeCloseTo(1000, 6);
  });

  it('by width: a narrow graph is widened to the caption minimum, then scaled', () => {
    const s = sizeExport({
      graph: { width: 200, height: 100 },
      padding: 0,
      scale: 1,
      width: 1200,
      captionMinWidth: 560,
      captionHeight,
    });
    expect(s.scale).toBeCloseTo(1200 / 560, 10);
    expect(s.captionWidth).toBeCloseTo(560, 6);
  });

  it('by width narrower than the caption minimum: the caption shrinks to fit, never overflows', () => {
    const s = sizeExport({
      graph: { width: 1000, height: 100 },
      padding: 0,
      scale: 1,
      width: 280,
      captionMinWidth: 560,
      captionHeight,
    });
    expect(s.captionScale).toBeCloseTo(0.5, 10);
    expect(s.captionWidth * s.captionScale).toBeCloseTo(280, 6);
  });
});

describe('labelScaleRequest', () => {
  it('asks for the scale itself, unless the labels would grow past the cap', () => {
    expect(labelScaleRequest(0.5, 12, 13, 6)).toBe(0.5);
    // 12 / (13 × 0.1) = 9.2 times the base size: capped at 6 → asks for 12 / (13 × 6).
    expect(labelScaleRequest(0.1, 12, 13, 6)).toBeCloseTo(12 / 78, 10);
  });
});
