/** Small SVG samples of the story marks (src/cy/legend-marks.ts), drawn as the stylesheet draws them. */
import type { ReactNode } from 'react';
import type { StoryMark } from '../../cy/legend-marks.ts';

const GREY = '#9a9a9a';

function Svg({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const w = wide ? 30 : 16;
  return (
    <svg
      className="swatch"
      width={w}
      height="16"
      viewBox={`0 0 ${w} 16`}
      aria-hidden="true"
      data-swatch="mark"
    >
      {children}
    </svg>
  );
}

export function MarkSwatch({ mark }: { mark: StoryMark }) {
  switch (mark) {
    case 'mediator':
      return (
        <Svg>
          <circle cx="8" cy="8" r="4.5" fill={GREY} />
          <circle cx="8" cy="8" r="6.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </Svg>
      );
    case 'mediator-link':
      return (
        <Svg wide>
          <line x1="1" y1="8" x2="29" y2="8" stroke="currentColor" strokeWidth="4" />
          <line x1="1" y1="8" x2="29" y2="8" stroke={GREY} strokeWidth="2" />
        </Svg>
      );
    case 'hub':
      return (
        <Svg wide>
          <path d="M15 8 3 2M15 8 3 14M15 8 27 3M15 8 27 13" stroke={GREY} strokeWidth="1.5" />
          <circle cx="15" cy="8" r="4" fill={GREY} stroke="currentColor" strokeWidth="1.5" />
        </Svg>
      );
    case 'said-about':
      return (
        <Svg wide>
          <line x1="1" y1="8" x2="21" y2="8" stroke="currentColor" strokeWidth="2" />
          <path d="M21 3.5 28.5 8 21 12.5Z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </Svg>
      );
    case 'conveyed':
      return (
        <Svg wide>
          <line x1="1" y1="8" x2="26" y2="8" stroke="currentColor" strokeWidth="2" />
          <path d="M20 3 27 8 20 13" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </Svg>
      );
    case 'no-boxes':
      return null;
  }
}
