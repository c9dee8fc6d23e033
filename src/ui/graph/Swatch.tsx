/** Small SVG samples of the style, for the legend and the panels. */
import type { ActorKind, Certainty, RelationKind } from '../../model/vocabulary.ts';
import {
  ACTOR_KIND_STYLE,
  CERTAINTY_LINE,
  LINE_DASH,
  RELATION_KIND_STYLE,
  relationColour,
  type Theme,
} from '../../cy/palette.ts';

const SHAPES: Record<string, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  hexagon: 'M4 1.5h8l3.5 6.5-3.5 6.5h-8L0.5 8Z',
  'round-rectangle': 'M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  diamond: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  'round-tag': 'M1 3h9l5 5-5 5H1Z',
  triangle: 'M8 1 15 15H1Z',
  rectangle: 'M1 2h14v12H1Z',
};

export function ActorSwatch({ kind }: { kind: ActorKind }) {
  const s = ACTOR_KIND_STYLE[kind];
  return (
    <svg className="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d={SHAPES[s.shape] ?? SHAPES['ellipse']}
        fill={s.color}
        stroke="currentColor"
        strokeOpacity="0.5"
      />
    </svg>
  );
}

export function RelationSwatch({ kind, theme }: { kind: RelationKind; theme: Theme }) {
  const colour = relationColour(kind, theme);
  const arrow = RELATION_KIND_STYLE[kind].arrow;
  return (
    <svg className="swatch" width="30" height="16" viewBox="0 0 30 16" aria-hidden="true">
      <line x1="1" y1="8" x2={arrow === 'none' ? 29 : 22} y2="8" stroke={colour} strokeWidth="3" />
      {arrow !== 'none' && <path d="M21 3 29 8 21 13Z" fill={colour} />}
    </svg>
  );
}

/** The SVG dash array of a certainty's line (palette.ts: one certainty style everywhere). */
function dashOf(certainty: Certainty): string | undefined {
  const dash = LINE_DASH[CERTAINTY_LINE[certainty]];
  return dash.length > 0 ? dash.join(' ') : undefined;
}

export function CertaintySwatch({ certainty }: { certainty: Certainty }) {
  return (
    <svg className="swatch" width="30" height="16" viewBox="0 0 30 16" aria-hidden="true">
      <line
        x1="1"
        y1="8"
        x2="29"
        y2="8"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeDasharray={dashOf(certainty)}
      />
      {certainty === 'disputed' && (
        <text x="12" y="6" fontSize="9" fontWeight="bold" fill="currentColor">
          ?
        </text>
      )}
    </svg>
  );
}
