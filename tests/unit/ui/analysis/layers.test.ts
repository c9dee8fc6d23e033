import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../../../src/ui/analysis/data.ts';
import { framesOf, lensLayer, LENS_MAX, LENS_MIN } from '../../../../src/ui/analysis/layers.ts';
import { loadGaza } from '../../graph/gaza.ts';

const gaza = loadGaza();

describe('lensLayer', () => {
  it('rings exactly the explicit mediators', () => {
    const layer = lensLayer(analysisOf(gaza), 'mediatorRoles');
    expect([...layer.ringed].sort()).toEqual(
      [
        'egypt-intelligence',
        'kushner',
        'qatar-intelligence',
        'turkey-intelligence',
        'united-states',
        'witkoff',
      ].sort(),
    );
  });

  it('sizes every actor between the bounds, the top score largest', () => {
    const layer = lensLayer(analysisOf(gaza), 'betweenness');
    expect(layer.sizes.size).toBe(gaza.actors.length);
    expect(layer.sizes.get('israel')).toBe(LENS_MAX);
    expect(layer.sizes.get('trump')).toBe(LENS_MIN);
    const hamas = layer.sizes.get('hamas') ?? 0;
    expect(hamas).toBeGreaterThan(LENS_MIN);
    expect(hamas).toBeLessThan(LENS_MAX);
  });

  it('is computed once per dataset and score', () => {
    const a = analysisOf(gaza);
    expect(lensLayer(a, 'liaison')).toBe(lensLayer(a, 'liaison'));
    expect(lensLayer(a, 'liaison')).not.toBe(lensLayer(a, 'gatekeeper'));
  });
});

describe('framesOf', () => {
  it('gives the frames with or without the undated last', () => {
    const a = analysisOf(gaza);
    // The meeting is dated "By October 2025" (endDate alone): its frame says "by".
    expect(framesOf(a, true).map((f) => f.label)).toEqual([
      'start',
      '2025',
      'by Oct 2025',
      'undated',
    ]);
    expect(framesOf(a, false).map((f) => f.label)).toEqual(['start', '2025', 'by Oct 2025']);
  });
});

describe('analysisOf', () => {
  it('computes who met whom without the mediator scores', () => {
    const fresh = JSON.parse(JSON.stringify(gaza)) as typeof gaza;
    const a = analysisOf(fresh);
    expect(a.met.some((p) => p.a === 'al-hayya' && p.b === 'witkoff')).toBe(true);
    expect(a.scored).toBe(false);
    expect(a.detailed.mediators.length).toBeGreaterThan(0);
    expect(a.scored).toBe(true);
  });
});
