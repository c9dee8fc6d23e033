/**
 * The legend's communities while actors are coloured by community (issue 15, item 2): each
 * community drawn in a colour of its own, named after its members of highest degree, with its
 * size; the others together in grey.
 */
import { COMMUNITY_COLOURS, COMMUNITY_REST, communityColour } from '../../cy/community-style.ts';
import type { Theme } from '../../cy/palette.ts';
import { useCommunities } from './appearance.ts';

function Dot({ colour }: { colour: string }) {
  return (
    <svg className="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="7" fill={colour} stroke="currentColor" strokeOpacity="0.5" />
    </svg>
  );
}

export function CommunityLegend({ theme }: { theme: Theme }) {
  const drawn = useCommunities();
  if (!drawn) {
    return (
      <p className="legend-note" data-testid="community-legend">
        Finding communities…
      </p>
    );
  }
  const coloured = drawn.communities.slice(0, COMMUNITY_COLOURS);
  const rest = drawn.communities.slice(COMMUNITY_COLOURS);
  const restActors = rest.reduce((n, [, , size]) => n + size, 0);
  return (
    <div data-testid="community-legend">
      <p className="legend-note">Communities (Louvain, seeded); shapes still show the kinds.</p>
      <ul className="legend-list" aria-label="Communities">
        {coloured.map(([id, name, size], i) => (
          <li key={id} data-legend={`community:${id}`}>
            <Dot colour={communityColour(i, theme)} /> {name} ({size.toLocaleString('en')})
          </li>
        ))}
        {rest.length > 0 && (
          <li data-legend="community:rest">
            <Dot colour={COMMUNITY_REST[theme]} /> {rest.length.toLocaleString('en')} other
            communities ({restActors.toLocaleString('en')})
          </li>
        )}
      </ul>
    </div>
  );
}
