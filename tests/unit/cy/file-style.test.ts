/** Issue 14, item 5: the file's colours and sizes, drawn only when "as in the file" is chosen. */
import { describe, expect, it } from 'vitest';
import {
  addFileLook,
  EDGE_WIDTH_RANGE,
  hasFileLook,
  NODE_SIZE_RANGE,
} from '../../../src/cy/file-style.ts';
import { ACTOR_KIND_STYLE } from '../../../src/cy/palette.ts';
import { buildElements } from '../../../src/cy/elements.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { DS, drawnInTest, showAll } from './controller-fixture.ts';

const drawn = drawnInTest();

/** DS with Gephi's drawing on some actors and relations, as the GEXF importer keeps it. */
const FILE: Dataset = {
  ...DS,
  id: 'fixture-file',
  actors: DS.actors.map((a) =>
    a.id === 'witkoff'
      ? { ...a, 'x-color': '#FF0000', 'x-size': 10 }
      : a.id === 'qatar'
        ? { ...a, 'x-color': '#00ff00', 'x-size': 30 }
        : a.id === 'israel'
          ? { ...a, 'x-size': 20 }
          : a,
  ),
  relations: DS.relations.map((r) =>
    r.id === 'm3'
      ? { ...r, 'x-color': '#0000ff', 'x-thickness': 5 }
      : r.id === 'm4'
        ? { ...r, 'x-weight': 1 }
        : r,
  ),
} as Dataset;

const rgb = (hex: string): string => {
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)},${n(3)},${n(5)})`;
};

describe('colours and sizes as in the file', () => {
  it('offers the choice only when the dataset carries a colour or a size', () => {
    expect(hasFileLook(DS)).toBe(false);
    expect(hasFileLook(FILE)).toBe(true);
    expect(
      hasFileLook({
        ...DS,
        actors: [{ id: 'a', name: 'A', kind: 'person', 'x-color': 'red' } as never],
      }),
    ).toBe(false);
  });

  it('puts the colours and scaled sizes in the element data', () => {
    const els = addFileLook(FILE, buildElements(FILE, 'actors'));
    const data = (id: string) => els.find((e) => e.data.id === id)?.data ?? {};
    expect(data('witkoff')).toMatchObject({ fileColor: '#ff0000', fileSize: NODE_SIZE_RANGE.min });
    expect(data('qatar')).toMatchObject({ fileColor: '#00ff00', fileSize: NODE_SIZE_RANGE.max });
    expect(data('israel').fileSize).toBe((NODE_SIZE_RANGE.min + NODE_SIZE_RANGE.max) / 2);
    expect(data('trump').fileColor).toBeUndefined();
    expect(data('m3#0')).toMatchObject({ fileColor: '#0000ff', fileWidth: EDGE_WIDTH_RANGE.max });
    expect(data('m4#0')).toMatchObject({ fileWidth: EDGE_WIDTH_RANGE.min });
  });

  it('draws them only when chosen, and back by kind', async () => {
    const { controller, cy } = await drawn({ dataset: FILE, presentation: showAll(FILE) });
    const witkoff = cy.getElementById('witkoff');
    const m3 = cy.getElementById('m3#0');
    const byKind = ACTOR_KIND_STYLE.person.color;
    expect(witkoff.style('background-color')).toBe(rgb(byKind));
    expect(witkoff.numericStyle('width')).toBe(30);
    const kindWidth = m3.numericStyle('width');

    controller.update({ appearance: 'file' });
    expect(witkoff.style('background-color')).toBe(rgb('#ff0000'));
    expect(witkoff.numericStyle('width')).toBe(NODE_SIZE_RANGE.min);
    expect(cy.getElementById('qatar').numericStyle('height')).toBe(NODE_SIZE_RANGE.max);
    expect(m3.style('line-color')).toBe(rgb('#0000ff'));
    expect(m3.numericStyle('width')).toBe(EDGE_WIDTH_RANGE.max);
    // An actor without a colour in the file keeps its kind's.
    expect(cy.getElementById('trump').style('background-color')).toBe(rgb(byKind));

    controller.update({ appearance: 'kind' });
    expect(witkoff.style('background-color')).toBe(rgb(byKind));
    expect(m3.numericStyle('width')).toBe(kindWidth);
  });
});

describe('imported relations without a stated certainty', () => {
  it('are not listed as "reported" in the legend', async () => {
    const { kindsShown } = await import('../../../src/graph/kinds-shown.ts');
    const unstated = {
      ...DS,
      relations: DS.relations.map((r) => ({
        ...r,
        certainty: undefined,
        'x-certainty': 'unstated',
      })),
    } as Dataset;
    expect([...kindsShown(unstated).certainties]).toEqual([]);
    expect([...kindsShown(DS).certainties].sort()).toEqual(['confirmed', 'disputed', 'reported']);
  });
});
