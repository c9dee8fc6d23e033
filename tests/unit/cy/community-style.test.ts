/** Issue 15, item 2: actors coloured by their Louvain community when "by community" is chosen. */
import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_COLOURS,
  COMMUNITY_PALETTE,
  COMMUNITY_REST,
  communityColour,
} from '../../../src/cy/community-style.ts';
import { ACTOR_KIND_STYLE } from '../../../src/cy/palette.ts';
import { DS, drawnInTest, showAll } from './controller-fixture.ts';

const drawn = drawnInTest();

const rgb = (hex: string): string => {
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)},${n(3)},${n(5)})`;
};

describe('colours by community', () => {
  it('has a colour of its own for each of the largest communities, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(COMMUNITY_PALETTE[theme]).toHaveLength(COMMUNITY_COLOURS);
      expect(new Set(COMMUNITY_PALETTE[theme].map((c) => c.toLowerCase())).size).toBe(
        COMMUNITY_COLOURS,
      );
      expect(communityColour(0, theme)).toBe(COMMUNITY_PALETTE[theme][0]);
      expect(communityColour(COMMUNITY_COLOURS, theme)).toBe(COMMUNITY_REST[theme]);
    }
  });

  it('draws the communities only when chosen, keeps the shapes, and goes back by kind', async () => {
    const { controller, cy } = await drawn({ dataset: DS, presentation: showAll(DS) });
    const witkoff = cy.getElementById('witkoff');
    const qatar = cy.getElementById('qatar');
    const byKind = ACTOR_KIND_STYLE.person.color;
    const shape = witkoff.style('shape');
    const communityOf = new Map([
      ['witkoff', 0],
      ['qatar', 1],
      ['trump', COMMUNITY_COLOURS + 2],
    ]);
    // The map alone draws nothing.
    controller.update({ communityOf });
    expect(witkoff.style('background-color')).toBe(rgb(byKind));

    controller.update({ appearance: 'community' });
    expect(witkoff.style('background-color')).toBe(rgb(COMMUNITY_PALETTE.light[0] ?? ''));
    expect(qatar.style('background-color')).toBe(rgb(COMMUNITY_PALETTE.light[1] ?? ''));
    expect(cy.getElementById('trump').style('background-color')).toBe(rgb(COMMUNITY_REST.light));
    expect(witkoff.style('shape')).toBe(shape);

    controller.update({ theme: 'dark' });
    expect(witkoff.style('background-color')).toBe(rgb(COMMUNITY_PALETTE.dark[0] ?? ''));

    // A new map is written into the drawn nodes without redrawing them.
    controller.update({ communityOf: new Map([['witkoff', 1]]) });
    expect(witkoff.style('background-color')).toBe(rgb(COMMUNITY_PALETTE.dark[1] ?? ''));
    expect(cy.getElementById('witkoff')).toBe(witkoff);

    controller.update({ appearance: 'kind', theme: 'light' });
    expect(witkoff.style('background-color')).toBe(rgb(byKind));
  });
});
