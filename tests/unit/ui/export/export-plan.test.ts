import { describe, expect, it } from 'vitest';
import { ImageExportError } from '../../../../src/cy/export/errors.ts';
import {
  captionFor,
  effectiveBackground,
  imageFailureText,
  imageFileName,
  imageOptions,
  initialSettings,
  isFiltering,
  savedImageText,
  sizePlan,
  visibleCountText,
} from '../../../../src/ui/export/export-plan.ts';
import { loadFixture } from '../../graph/load-fixture.ts';

const kite = loadFixture('kite');
const allActors = new Set(kite.actors.map((a) => a.id));
const allRelations = new Set(kite.relations.map((r) => r.id));

describe('export settings', () => {
  it('starts as a web-column PNG, whole graph, no caption, clean, background from the theme', () => {
    expect(initialSettings('light')).toEqual({
      format: 'png',
      preset: 'web',
      scale: 2,
      background: 'white',
      full: true,
      caption: false,
      credit: '',
      keepState: false,
      scope: 'all',
      communities: true,
    });
    expect(initialSettings('dark').background).toBe('dark');
  });

  it('draws a transparent JPEG on white, and keeps transparency for PNG and SVG', () => {
    expect(effectiveBackground({ format: 'jpeg', background: 'transparent' })).toBe('white');
    expect(effectiveBackground({ format: 'png', background: 'transparent' })).toBe('transparent');
    expect(effectiveBackground({ format: 'svg', background: 'transparent' })).toBe('transparent');
    expect(effectiveBackground({ format: 'jpeg', background: 'dark' })).toBe('dark');
  });

  it('builds the image options from the settings and the caption', () => {
    const s = {
      ...initialSettings('light'),
      preset: 'custom' as const,
      format: 'jpeg' as const,
      background: 'transparent' as const,
    };
    expect(imageOptions(s, null)).toEqual({
      format: 'jpeg',
      scale: 2,
      background: 'white',
      full: true,
      caption: null,
    });
  });

  it('turns a preset into a final width with labels of at least 12 px', () => {
    const base = initialSettings('light');
    expect(imageOptions({ ...base, preset: 'web' }, null)).toMatchObject({
      width: 700,
      minLabelPx: 12,
    });
    expect(imageOptions({ ...base, preset: 'wide' }, null).width).toBe(1200);
    expect(imageOptions({ ...base, preset: 'print' }, null).width).toBe(3000);
    const custom = imageOptions({ ...base, preset: 'custom', scale: 3 }, null);
    expect(custom.width).toBeUndefined();
    expect(custom.minLabelPx).toBeUndefined();
    expect(custom.scale).toBe(3);
  });

  it('keeps the selection and highlight only when asked', () => {
    const base = initialSettings('light');
    expect(imageOptions(base, null).keepState).toBeUndefined();
    expect(imageOptions({ ...base, keepState: true }, null).keepState).toBe(true);
  });
});

describe('filtering and caption', () => {
  it('is filtering only when something is hidden', () => {
    expect(isFiltering(kite, undefined)).toBe(false);
    expect(isFiltering(kite, { actors: allActors, relations: allRelations })).toBe(false);
    const fewer = new Set([...allActors].slice(1));
    expect(isFiltering(kite, { actors: fewer, relations: allRelations })).toBe(true);
  });

  it('makes no caption unless asked, and puts the filters in it only when filtering', () => {
    expect(captionFor(false, kite, [], ['kind: x'], undefined)).toBeNull();
    const whole = captionFor(true, kite, [], ['kind: x'], {
      actors: allActors,
      relations: allRelations,
    });
    expect(whole?.filters).toEqual([]);
    const fewer = new Set([...allActors].slice(1));
    const cut = captionFor(true, kite, [], ['kind: x'], { actors: fewer, relations: allRelations });
    expect(cut?.filters).toEqual(['kind: x']);
  });

  it('cites only the sources of what is shown, says what the view draws, and adds the credit', () => {
    // Hide every relation but the first: its sources stay, those of the others only go.
    const [first] = kite.relations;
    if (!first) throw new Error('the kite fixture has no relation');
    const shown = { actors: allActors, relations: new Set([first.id]) };
    const c = captionFor(true, kite, [], [], shown, { view: 'events', credit: '  Graphic: X  ' });
    const all = captionFor(true, kite, [], [], undefined, { view: 'actors' });
    expect(c?.credit).toBe('Graphic: X');
    expect(all?.credit).toBeUndefined();
    expect(c?.notes?.[0]).toMatch(/^Squares are relations/);
    expect(c?.sources.length).toBeLessThanOrEqual(all?.sources.length ?? 0);
    for (const src of c?.sources ?? []) expect(all?.sources).toContain(src);
  });

  it('counts what the filtered view shows', () => {
    expect(visibleCountText(undefined)).toBe('');
    expect(visibleCountText({ actors: new Set(['a', 'b']), relations: new Set(['r']) })).toBe(
      '2 actors, 1 relations',
    );
  });
});

describe('the size line', () => {
  it('is empty while the dialog is closed, and says so when nothing is drawn', () => {
    const measure = () => ({ width: 1, height: 1 });
    expect(sizePlan(false, measure)).toEqual({ text: '', ok: false });
    expect(sizePlan(true, null)).toEqual({ text: 'The graph is not drawn yet.', ok: false });
  });

  it('gives the planned size in pixels', () => {
    expect(sizePlan(true, () => ({ width: 1200, height: 800 }))).toEqual({
      text: '1200 × 800 px',
      ok: true,
    });
  });

  it('by width, gives the width and an approximate height (the labels grow when drawn)', () => {
    expect(sizePlan(true, () => ({ width: 700, height: 512 }), true)).toEqual({
      text: '700 px wide, about 512 px high',
      ok: true,
    });
  });

  it('says why the image cannot be made', () => {
    const tooBig = () => {
      throw new ImageExportError('The image would be 40000 px wide: lower the scale.');
    };
    expect(sizePlan(true, tooBig)).toEqual({
      text: 'The image would be 40000 px wide: lower the scale.',
      ok: false,
    });
  });
});

describe('file names and messages', () => {
  it('names the image after the dataset, the view and the area', () => {
    expect(imageFileName('Gaza Ceasefire 2025', 'actors', true, 'png')).toBe(
      'gaza-ceasefire-2025-actors.png',
    );
    expect(imageFileName('gaza', undefined, false, 'svg')).toBe('gaza-view.svg');
  });

  it('says what was saved, and why an image failed', () => {
    expect(savedImageText('g.png', { width: 10, height: 20, blob: { size: 2048 } })).toBe(
      'Saved g.png (10 × 20 px, 2 KB).',
    );
    expect(
      savedImageText('g.png', { width: 700, height: 20, blob: { size: 2048 }, labelPx: 12.38 }),
    ).toBe('Saved g.png (700 × 20 px, actor labels 12.3 px, 2 KB).');
    const small = { width: 700, height: 20, blob: { size: 2048 }, labelPx: 6.1 };
    expect(savedImageText('g.png', small, 12)).toMatch(/labels are under 12 px/);
    expect(savedImageText('g.png', small)).not.toMatch(/under/);
    expect(imageFailureText(new ImageExportError('Lower the scale.'))).toBe('Lower the scale.');
    expect(imageFailureText(new Error('boom'))).toBe('The image could not be made: boom');
  });
});
