/**
 * URL state from strangers (issue 14): whatever the hash (random text, 100 KB values, unknown keys and
 * ids, markup, broken %-escapes), decodeUrlState never throws, keeps only values it can use, and lists
 * every part it left out; what encodeUrlState writes comes back whole with nothing ignored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlState, MAX_HASH_LENGTH, type UrlState } from '../../../../src/ui/state/url.ts';
import { ACTOR_KINDS, CERTAINTIES, RELATION_KINDS } from '../../../../src/model/vocabulary.ts';
import { LAYOUT_NAMES } from '../../../../src/cy/layouts.ts';

const KEYS = [
  'd',
  'v',
  'm',
  'l',
  'rk',
  'ak',
  'c',
  'from',
  'to',
  'undated',
  'isolated',
  'sel',
  'focus',
  'collapsed',
  't',
  'tab',
  'ma',
  'mb',
  'mby',
  'lens',
  'z',
  'p',
];

/** Values a stranger's link may carry. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    '%E0%A4%A',
    '%',
    '%%%',
    '%uD800',
    '\u0000\u001b[2J',
    'a:1:dim',
    'r:',
    'a:' + 'x'.repeat(600),
    'meeting,bogus,meeting',
    '2025-13-45',
    '',
  ),
  fc.nat({ max: 120_000 }).map((n) => 'x'.repeat(n)),
);

const part = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileValue);
const hostileHash = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(part, { maxLength: 12 })
    .map((parts) => `#${parts.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc.array(part, { maxLength: 12 }).map((parts) => `#${new URLSearchParams(parts).toString()}`),
);

/** The decoded state uses only values the app knows. */
function expectWellFormed(s: UrlState): void {
  expect(['actors', 'events', undefined]).toContain(s.view.view);
  expect(['each', 'counted', undefined]).toContain(s.view.edgeMode);
  expect([...LAYOUT_NAMES, undefined]).toContain(s.view.layout);
  for (const k of s.filters.hiddenRelationKinds) expect(RELATION_KINDS).toContain(k);
  for (const k of s.filters.hiddenActorKinds) expect(ACTOR_KINDS).toContain(k);
  for (const k of s.filters.hiddenCertainties) expect(CERTAINTIES).toContain(k);
  for (const d of [s.filters.from, s.filters.to])
    if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const id of [
    s.dataset,
    s.selection.selection?.id,
    s.selection.focus?.id,
    ...s.selection.collapsed,
  ])
    if (id !== undefined) expect(id.length).toBeLessThanOrEqual(500);
  if (s.viewport) {
    expect(s.viewport.zoom).toBeGreaterThanOrEqual(0.05);
    expect(s.viewport.zoom).toBeLessThanOrEqual(5);
    expect(Number.isFinite(s.viewport.pan.x) && Number.isFinite(s.viewport.pan.y)).toBe(true);
  }
  expect(['light', 'dark', undefined]).toContain(s.view.theme);
  for (const line of s.ignored) {
    expect(typeof line).toBe('string');
    expect(line.length).toBeLessThan(200);
    expect([...line].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
  }
}

describe('decodeUrlState', () => {
  it('never throws on hostile hashes, and keeps only what it knows', () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        expectWellFormed(decodeUrlState(hash));
      }),
      { numRuns: 400, seed: 1614 },
    );
  });

  it('lists each part it does not use, once', () => {
    const s = decodeUrlState(
      '#v=sideways&zz=1&l=spiral&rk=meeting,bogus&from=yesterday&sel=x:1&focus=a:9:dim&v=events&d=' +
        'y'.repeat(100_000),
    );
    expect(s.view).toEqual({});
    expect(s.filters.hiddenRelationKinds).toEqual(['meeting']);
    expect(s.dataset).toBeUndefined();
    expect(s.ignored).toEqual([
      `the link's view after ${MAX_HASH_LENGTH.toLocaleString('en-US')} characters`,
      "v: 'sideways'",
      "unknown part 'zz'",
      "l: 'spiral'",
      "rk: 'meeting,bogus'",
      "from: 'yesterday'",
      "sel: 'x:1'",
      "focus: 'a:9:dim'",
      "a second 'v'",
      `d: '${'y'.repeat(40)}…'`,
    ]);
  });

  it('reads broken %-escapes and markup as plain text, never as markup', () => {
    const s = decodeUrlState('#sel=a:%3Cimg%20src%3Dx%3E&collapsed=%E0%A4%A,ok&focus=%');
    expect(s.selection.selection).toEqual({ type: 'actor', id: '<img src=x>' });
    expect(s.selection.collapsed).toHaveLength(2);
    expect(s.ignored).toEqual(["focus: '%'"]);
  });

  it('reads back a valid view whole, with nothing ignored', () => {
    const valid = fc.record({
      v: fc.constantFrom('actors', 'events'),
      l: fc.constantFrom(...LAYOUT_NAMES),
      rk: fc.subarray([...RELATION_KINDS], { minLength: 1 }),
      sel: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    });
    fc.assert(
      fc.property(valid, ({ v, l, rk, sel }) => {
        const p = new URLSearchParams({ v, l, rk: rk.join(','), sel: `a:${sel}` });
        const s = decodeUrlState(`#${p.toString()}`);
        expect(s.ignored).toEqual([]);
        expect(s.view).toEqual({ view: v, layout: l });
        expect(s.filters.hiddenRelationKinds).toEqual(rk);
        expect(s.selection.selection).toEqual({ type: 'actor', id: sel });
      }),
      { numRuns: 200, seed: 1614 },
    );
  });
});
