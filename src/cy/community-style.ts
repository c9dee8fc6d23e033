/**
 * "Colours: by community" (issue 15, item 2): actor nodes coloured by their Louvain community
 * (src/graph/communities.ts), the largest `COMMUNITY_COLOURS` communities each in a colour of its
 * own from Paul Tol's colour-blind-safe schemes (muted on the light theme, light on the dark one),
 * the rest grey. Shapes stay those of the kinds. The controller writes each actor's community index
 * into the element data (`community`, 0 = the largest) with `markCommunities`; the rules here,
 * added to the stylesheet only for the 'community' appearance, draw it.
 */
import type { Core, StylesheetStyle } from 'cytoscape';
import type { Theme } from './palette.ts';

/** How many communities get a colour of their own; the others are grey. */
export const COMMUNITY_COLOURS = 8;

/** Paul Tol's muted (light theme) and light (dark theme) qualitative schemes, 8 each. */
export const COMMUNITY_PALETTE: Record<Theme, readonly string[]> = {
  light: ['#332288', '#88CCEE', '#117733', '#DDCC77', '#CC6677', '#AA4499', '#44AA99', '#882255'],
  dark: ['#77AADD', '#EE8866', '#44BB99', '#EEDD88', '#FFAABB', '#99DDFF', '#BBCC33', '#AAAA00'],
};

/** The colour of the other communities (past the first `COMMUNITY_COLOURS`). */
export const COMMUNITY_REST: Record<Theme, string> = { light: '#BBBBBB', dark: '#666666' };

/** The colour of the community at `index` (0 = the largest) in a theme. */
export function communityColour(index: number, theme: Theme): string {
  return COMMUNITY_PALETTE[theme][index] ?? COMMUNITY_REST[theme];
}

/**
 * Writes each actor node's community index (`community`) into its data; nodes of actors not in
 * the map lose it. Groups and relation nodes are left alone.
 */
export function markCommunities(
  cy: Core,
  communityOf: ReadonlyMap<string, number> | undefined,
): void {
  cy.batch(() => {
    cy.nodes('[elementType = "actor"]').forEach((n) => {
      const i = communityOf?.get(n.id());
      if (i === undefined) {
        if (n.data('community') !== undefined) n.removeData('community');
      } else if (n.data('community') !== i) n.data('community', i);
    });
  });
}

function rule(selector: string, style: Record<string, string>): StylesheetStyle {
  return { selector, style } as StylesheetStyle;
}

/** The rules that colour actors by community (added after the kinds' rules). */
export function communityStylesheet(theme: Theme): StylesheetStyle[] {
  const base = 'node[elementType = "actor"]';
  return [
    rule(`${base}[community >= ${COMMUNITY_COLOURS}]:childless`, {
      'background-color': COMMUNITY_REST[theme],
    }),
    ...COMMUNITY_PALETTE[theme].map((c, i) =>
      rule(`${base}[community = ${i}]:childless`, { 'background-color': c }),
    ),
  ];
}
