/**
 * The kind colours stay apart: every two relation kinds, and every two actor kinds, differ by
 * CIEDE2000 ΔE ≥ 20 in both themes (issue 11, item 10). The ΔE00 helper is checked first against
 * the published test pairs of Sharma, Wu and Dalal (2005), table 1.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, RELATION_KINDS } from '../../../src/model/vocabulary.ts';
import {
  ACTOR_KIND_STYLE,
  THEME_COLOURS,
  relationColour,
  type Theme,
} from '../../../src/cy/palette.ts';
import { ciede2000, deltaE, hexToLab } from './colour-difference.ts';

/** L1, a1, b1, L2, a2, b2, ΔE00 — Sharma, Wu & Dalal (2005), table 1, all 34 pairs. */
const SHARMA: [number, number, number, number, number, number, number][] = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

const THEMES: Theme[] = ['light', 'dark'];
const MIN_DELTA_E = 20;

/** Every unordered pair of `items` whose colours differ by less than `min`, with the ΔE. */
function closePairs(items: [string, string][], min: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [ka, ca] = items[i] as [string, string];
      const [kb, cb] = items[j] as [string, string];
      const d = deltaE(ca, cb);
      if (d < min) out.push(`${ka} ${ca} / ${kb} ${cb}: ΔE00 ${d.toFixed(1)}`);
    }
  }
  return out;
}

/** WCAG contrast ratio of two sRGB hex colours. */
function contrast(x: string, y: string): number {
  const lum = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('CIEDE2000 (test helper)', () => {
  it.each(SHARMA.map((row, i) => [i + 1, row] as const))(
    'matches Sharma et al. pair %i',
    (_, [L1, a1, b1, L2, a2, b2, expected]) => {
      const d = ciede2000({ L: L1, a: a1, b: b1 }, { L: L2, a: a2, b: b2 });
      expect(d).toBeCloseTo(expected, 4);
      expect(ciede2000({ L: L2, a: a2, b: b2 }, { L: L1, a: a1, b: b1 })).toBeCloseTo(d, 10);
    },
  );

  it('converts sRGB to CIELAB (D65): white, black, pure red', () => {
    const white = hexToLab('#ffffff');
    expect(white.L).toBeCloseTo(100, 3);
    expect(white.a).toBeCloseTo(0, 3);
    expect(white.b).toBeCloseTo(0, 3);
    expect(hexToLab('#000000').L).toBeCloseTo(0, 6);
    const red = hexToLab('#ff0000');
    expect(red.L).toBeCloseTo(53.24, 1);
    expect(red.a).toBeCloseTo(80.09, 1);
    expect(red.b).toBeCloseTo(67.2, 1);
  });
});

describe('palette: kinds stay apart (ΔE00 ≥ 20)', () => {
  it.each(THEMES)('relation kinds, %s theme', (theme) => {
    const colours = RELATION_KINDS.map((k): [string, string] => [k, relationColour(k, theme)]);
    expect(closePairs(colours, MIN_DELTA_E)).toEqual([]);
  });

  it.each(THEMES)('actor kinds, %s theme', () => {
    // One colour per actor kind in both themes (nodes carry a border in the text colour).
    const colours = ACTOR_KINDS.map((k): [string, string] => [k, ACTOR_KIND_STYLE[k].color]);
    expect(closePairs(colours, MIN_DELTA_E)).toEqual([]);
  });

  it.each(THEMES)('relation colours show on the %s background (contrast ≥ 2:1)', (theme) => {
    const bg = THEME_COLOURS[theme].background;
    const faint = RELATION_KINDS.filter((k) => contrast(relationColour(k, theme), bg) < 2);
    expect(faint).toEqual([]);
  });

  it('every relation kind has its own colour in each theme (agreement included)', () => {
    expect(RELATION_KINDS).toContain('agreement');
    for (const theme of THEMES) {
      expect(new Set(RELATION_KINDS.map((k) => relationColour(k, theme))).size).toBe(
        RELATION_KINDS.length,
      );
    }
  });
});
