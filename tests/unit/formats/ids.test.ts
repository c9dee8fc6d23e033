import { describe, expect, it } from 'vitest';
import { IdAllocator, MAX_SLUG_LENGTH, isSlug, slugify } from '../../../src/formats/ids.ts';

describe('slugs for imported ids', () => {
  it('drops accents, lowers case, joins the rest with single hyphens', () => {
    expect(slugify('Les Misérables')).toBe('les-miserables');
    expect(slugify('  Kevin  Bacon!! ')).toBe('kevin-bacon');
    expect(slugify('0.0')).toBe('0-0');
    expect(slugify('new Runnable() {...}')).toBe('new-runnable');
    expect(slugify('<>{}')).toBe('');
  });

  it('cuts long labels to a bounded slug', () => {
    const s = slugify('word '.repeat(40));
    expect(s.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(isSlug(s)).toBe(true);
  });

  it('gives the first taker the slug and the next ones -2, -3', () => {
    const ids = new IdAllocator();
    expect(ids.take(['Photos'], 'x')).toBe('photos');
    expect(ids.take(['photos'], 'x')).toBe('photos-2');
    expect(ids.take(['PHOTOS'], 'x')).toBe('photos-3');
    expect(ids.take(['{}', undefined], 'node 7')).toBe('node-7');
    expect(ids.reserve('photos')).toBe(false);
    expect(ids.reserve('fresh')).toBe(true);
  });
});
