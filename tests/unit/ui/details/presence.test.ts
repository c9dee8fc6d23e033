/**
 * Delegations count for their members in Details (issue 11, item 3): m, a member of delegation D,
 * lists D's meeting with X, marked "with the D delegation", with X among the counterparts.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RelationCard } from '../../../../src/ui/details/RelationCard.tsx';
import { lookupOf } from '../../../../src/ui/details/lookup.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

const dataset: Dataset = {
  schemaVersion: 1,
  id: 'tiny',
  title: 'Tiny',
  sources: [],
  actors: [
    { id: 'd', name: 'D delegation', kind: 'delegation' },
    { id: 'm', name: 'Member M', kind: 'person', memberOf: 'd' },
    { id: 'x', name: 'Envoy X', kind: 'person' },
  ],
  relations: [
    {
      id: 'talks',
      kind: 'meeting',
      participants: [{ actor: 'd' }, { actor: 'x' }],
    },
    { id: 'said', kind: 'statement', participants: [{ actor: 'd', role: 'speaker' }] },
  ],
};

describe("a delegation member's relations", () => {
  it("list the delegation's meetings (not its statements), with the delegation named", () => {
    const lookup = lookupOf(dataset);
    expect(lookup.relationsOf.get('m')?.map((r) => r.id)).toEqual(['talks']);
    expect(lookup.presentVia.get('m')?.get('talks')).toEqual(['d']);
    expect(lookup.presentThrough.get('talks')).toEqual([{ actor: 'm', via: ['d'] }]);
    const relation = lookup.relations.get('talks');
    if (!relation) throw new Error('no meeting');
    const html = renderToStaticMarkup(
      createElement(RelationCard, { relation, lookup, from: 'm', via: ['d'] }),
    );
    expect(html).toContain('Present <strong>with the D delegation</strong>');
    expect(html).toContain('Envoy X');
    expect(html).not.toContain('Role:');
  });
});
