/** The relation card says dates in words and each participant's own certainty and sources. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dateText, RelationCard } from '../../../../src/ui/details/RelationCard.tsx';
import { lookupOf } from '../../../../src/ui/details/lookup.ts';
import type { Dataset, Relation } from '../../../../src/model/schema.ts';

const relation: Relation = {
  id: 'meeting',
  kind: 'meeting',
  endDate: '2025-10',
  certainty: 'confirmed',
  participants: [
    { actor: 'witkoff' },
    { actor: 'al-hayya', certainty: 'reported', sources: ['interviews'] },
  ],
};
const dataset: Dataset = {
  schemaVersion: 1,
  id: 'd',
  title: 'D',
  sources: [{ id: 'interviews', title: 'Multiple sources and interviews' }],
  actors: [
    { id: 'witkoff', name: 'Steve Witkoff', kind: 'person' },
    { id: 'al-hayya', name: 'Khalil al-Hayya', kind: 'person' },
  ],
  relations: [relation],
};

describe('RelationCard', () => {
  it('gives the dates in words', () => {
    expect(dateText({ endDate: '2025-10' })).toBe('by Oct 2025');
    expect(dateText({ date: '2025-10~' })).toBe('around Oct 2025');
    expect(dateText({ date: '2025-10?' })).toBe('Oct 2025?');
    expect(dateText({})).toBe('undated');
  });

  it("shows a participant's own certainty and sources, and none for the others", () => {
    const html = renderToStaticMarkup(
      createElement(RelationCard, { relation, lookup: lookupOf(dataset) }),
    );
    expect(html).toContain('by Oct 2025');
    expect(html).toMatch(
      /Khalil al-Hayya.*Reported for this part.*Multiple sources and interviews/,
    );
    expect(html.match(/class="part-qualifiers/g)).toHaveLength(1);
  });

  it('names a statement subject as said about, unlike an addressee', () => {
    const said: Relation = {
      id: 's',
      kind: 'statement',
      participants: [{ actor: 'witkoff' }, { actor: 'al-hayya', role: 'subject' }],
    };
    const html = renderToStaticMarkup(
      createElement(RelationCard, { relation: said, lookup: lookupOf(dataset) }),
    );
    expect(html).toContain('(subject (said about))');
  });
});
