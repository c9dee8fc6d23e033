import { describe, expect, it } from 'vitest';
import {
  checkCanvasLimit,
  isEmptyDataUrl,
  largestFittingScale,
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  outputSize,
} from '../../../src/cy/export/limits.ts';

describe('outputSize', () => {
  it('is (graph + padding) × scale, plus the caption', () => {
    const size = outputSize({
      graph: { width: 800, height: 600 },
      scale: 2,
      padding: 24,
      minWidth: 560,
      captionHeight: 100,
    });
    expect(size).toEqual({ width: (800 + 48) * 2, height: (600 + 48 + 100) * 2 });
  });

  it('widens a narrow graph to the caption minimum only when there is a caption', () => {
    const base = { graph: { width: 100.2, height: 50 }, scale: 1, padding: 0, minWidth: 560 };
    expect(outputSize({ ...base, captionHeight: 80 }).width).toBe(560);
    expect(outputSize({ ...base, captionHeight: 0 })).toEqual({ width: 101, height: 50 });
  });
});

describe('checkCanvasLimit', () => {
  it('accepts an image within the limits', () => {
    expect(checkCanvasLimit({ width: 4000, height: 3000 }, 4, true).ok).toBe(true);
  });

  it('refuses a side over the limit and says which scale fits and that the view is smaller', () => {
    const check = checkCanvasLimit({ width: 20000, height: 4000 }, 4, true);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    // 20000 / 4 = 5000 px at 1×: 16384 / 5000 = 3.27, so 3× fits.
    expect(check.message).toContain('20,000 × 4,000 px');
    expect(check.message).toContain('lower the scale to 3×');
    expect(check.message).toContain('current view');
  });

  it('refuses an area over the limit even when each side fits', () => {
    const check = checkCanvasLimit({ width: 16000, height: 16800 }, 2, false);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toMatch(/more than 16,384 px on a side|million pixels/);
    expect(check.message).not.toContain('current view');
  });

  it('refuses an empty image', () => {
    expect(checkCanvasLimit({ width: 0, height: 10 }, 1, true).ok).toBe(false);
  });

  it('just at the limit is accepted, one pixel over is not', () => {
    expect(checkCanvasLimit({ width: MAX_CANVAS_SIDE, height: 100 }, 1, true).ok).toBe(true);
    expect(checkCanvasLimit({ width: MAX_CANVAS_SIDE + 1, height: 100 }, 1, true).ok).toBe(false);
  });
});

describe('largestFittingScale', () => {
  it('fits both the side and the area limit', () => {
    const s = largestFittingScale({ width: 3000, height: 3000 });
    expect(3000 * s).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(3000 * s * 3000 * s).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(s).toBe(5);
  });
});

describe('isEmptyDataUrl', () => {
  it('recognises the empty image Chrome returns for an oversized canvas', () => {
    expect(isEmptyDataUrl('data:,')).toBe(true);
    expect(isEmptyDataUrl('data:image/png;base64,')).toBe(true);
    expect(isEmptyDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
  });
});
