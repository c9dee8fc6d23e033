import { describe, expect, it } from 'vitest';
import { filteredDataset, isWholeDataset } from '../../../src/ui/export/filtered-dataset.ts';
import { applyFilters, NO_FILTERS } from '../../../src/graph/filters.ts';
import { datasetSchema, type Dataset } from '../../../src/model/schema.ts';

const ds: Dataset = {
  schemaVersion: 1,
  id: 'mini',
  title: 'Mini',
  sources: [
    { id: 's1', title: 'One' },
    { id: 's2', title: 'Two' },
    { id: 's3', title: 'Three' },
  ],
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'envoy', name: 'Envoy', kind: 'person', memberOf: 'us', sources: ['s1'] },
    { id: 'qatar', name: 'Qatar', kind: 'state' },
    { id: 'hamas', name: 'Hamas', kind: 'organization' },
  ],
  relations: [
    {
      id: 'talks',
      kind: 'negotiation',
      participants: [
        { actor: 'envoy', role: 'party' },
        { actor: 'qatar', role: 'mediator' },
        { actor: 'hamas', role: 'party' },
      ],
      quotes: [
        { text: 'We talked', speaker: 'hamas', source: 's2' },
        { text: 'We mediated', speaker: 'qatar' },
      ],
    },
    {
      id: 'meet',
      kind: 'meeting',
      participants: [{ actor: 'envoy' }, { actor: 'hamas' }],
      sources: ['s3'],
    },
  ],
};

describe('filteredDataset', () => {
  it('keeps visible actors and their containers, trims participants, drops unattributable quotes', () => {
    const visible = applyFilters(ds, {
      ...NO_FILTERS,
      hiddenActorKinds: ['organization', 'state'],
    });
    // Only the envoy is visible (its container the US is kept): no relation has 2 visible participants.
    const out = filteredDataset(ds, visible);
    expect(out.actors.map((a) => a.id)).toEqual(['us', 'envoy']);
    expect(out.relations).toEqual([]);
    expect(out.sources.map((s) => s.id)).toEqual(['s1']);
    expect(datasetSchema.safeParse(out).success).toBe(true);
  });

  it('cuts a relation down to its visible participants and keeps quotes whose speaker is kept', () => {
    const visible = {
      actors: new Set(['envoy', 'hamas']),
      relations: new Set(['talks', 'meet']),
    };
    const out = filteredDataset(ds, visible);
    expect(out.actors.map((a) => a.id)).toEqual(['us', 'envoy', 'hamas']);
    const talks = out.relations.find((r) => r.id === 'talks');
    expect(talks?.participants.map((p) => p.actor)).toEqual(['envoy', 'hamas']);
    expect(talks?.quotes?.map((q) => q.text)).toEqual(['We talked']);
    expect(out.sources.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(out.title).toBe('Mini (filtered view)');
    expect(datasetSchema.safeParse(out).success).toBe(true);
  });

  it('drops a relation left with fewer than 2 visible participants even when listed', () => {
    const out = filteredDataset(ds, {
      actors: new Set(['envoy', 'qatar']),
      relations: new Set(['meet']),
    });
    expect(out.relations).toEqual([]);
  });

  it('leaves the original dataset untouched', () => {
    const before = JSON.stringify(ds);
    filteredDataset(ds, { actors: new Set(['envoy', 'hamas']), relations: new Set(['talks']) });
    expect(JSON.stringify(ds)).toBe(before);
  });

  it('isWholeDataset tells when nothing is filtered', () => {
    expect(isWholeDataset(ds, applyFilters(ds, NO_FILTERS))).toBe(true);
    expect(isWholeDataset(ds, { actors: new Set(['envoy']), relations: new Set() })).toBe(false);
  });
});
