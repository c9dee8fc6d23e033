/**
 * The legend, always on screen: exactly the actor kinds, relation kinds and certainties drawn now
 * (after filters), each with its sample, and the story marks (mediator ring, hub disc…) drawn now.
 * It folds to a small "Legend" button (folded by default on a canvas narrower than
 * `LEGEND_FOLD_WIDTH`); the fit then uses the room it freed.
 */
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  CERTAINTIES,
  CERTAINTY_LABELS,
  RELATION_KINDS,
  RELATION_KIND_LABELS,
} from '../../model/vocabulary.ts';
import { kindsShown } from '../../graph/kinds-shown.ts';
import { storyMarksOf, STORY_MARK_LABELS } from '../../cy/legend-marks.ts';
import { store, useAppState } from '../state/store.ts';
import { useController } from './controller-context.ts';
import { MarkSwatch } from './MarkSwatch.tsx';
import { useVisible } from './presentation.ts';
import { useLargeGraph } from './scene.ts';
import { useAppearance } from './appearance.ts';
import { FILE_LOOK_NOTE } from '../../cy/file-style.ts';
import { CommunityLegend } from './CommunityLegend.tsx';
import { ActorSwatch, CertaintySwatch, RelationSwatch } from './Swatch.tsx';
import type { Theme } from '../../cy/palette.ts';
import type { GraphView } from '../../cy/elements.ts';

/** Below this canvas width (CSS px) the legend starts folded. */
export const LEGEND_FOLD_WIDTH = 900;

/** Whether the legend is open: the user's choice, else by the width of the canvas it sits on. */
function useLegendOpen(ref: RefObject<HTMLElement | null>, shown: boolean): [boolean, () => void] {
  const chosen = useAppState((s) => s.ui.legendOpen);
  const graph = useController();
  const [wide, setWide] = useState(true);
  useLayoutEffect(() => {
    const area = ref.current?.parentElement;
    if (!area) return;
    const measure = () => setWide(area.getBoundingClientRect().width >= LEGEND_FOLD_WIDTH);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => observer.disconnect();
  }, [ref, shown]);
  const open = chosen ?? wide;
  const toggle = () => {
    store.update('ui', (u) => ({ ...u, legendOpen: !open }));
    // The fit keeps clear of the legend's new box (the canvas itself did not change size).
    requestAnimationFrame(() => graph.resized());
  };
  return [open, toggle];
}

export function Legend() {
  const dataset = useAppState((s) => s.data.dataset);
  const theme = useAppState((s) => s.view.theme);
  const view = useAppState((s) => s.view.view);
  const layout = useAppState((s) => s.view.layout);
  // Not deferred: the fit keeps the picture clear of the legend, so its size must be the current one.
  const visible = useVisible();
  const box = useRef<HTMLElement>(null);
  const [open, toggle] = useLegendOpen(box, dataset !== undefined);
  const { large, nodeCount } = useLargeGraph();
  const appearance = useAppearance();
  const fileLook = appearance === 'file';
  const present = useMemo(() => {
    const marks = dataset ? storyMarksOf(dataset, { view, layout, shown: visible }) : [];
    return { ...kindsShown(dataset, visible), marks };
  }, [dataset, visible, view, layout]);

  if (!dataset) return null;
  return (
    <aside
      ref={box}
      className={open ? 'legend' : 'legend legend-folded'}
      aria-label="Legend"
      data-testid="legend"
    >
      <h2 className="legend-title">
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls="legend-body"
          onClick={toggle}
        >
          Legend <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </h2>
      {open && appearance === 'community' && <CommunityLegend theme={theme} />}
      {open && (
        <LegendBody
          present={present}
          theme={theme}
          view={view}
          large={large}
          nodeCount={nodeCount}
          fileLook={fileLook}
        />
      )}
    </aside>
  );
}

interface Present {
  actorKinds: Set<string>;
  relationKinds: Set<string>;
  certainties: Set<string>;
  groups: boolean;
  marks: ReturnType<typeof storyMarksOf>;
}

function LegendBody({
  present,
  theme,
  view,
  large,
  nodeCount,
  fileLook,
}: {
  present: Present;
  theme: Theme;
  view: GraphView;
  large: boolean;
  nodeCount: number;
  fileLook: boolean;
}) {
  const rows = present.marks.filter((m) => m !== 'no-boxes');
  return (
    <div id="legend-body">
      {fileLook && (
        <p className="legend-note" data-testid="file-look-note">
          {FILE_LOOK_NOTE}
        </p>
      )}
      <ul className="legend-list" aria-label="Actor kinds">
        {ACTOR_KINDS.filter((k) => present.actorKinds.has(k)).map((k) => (
          <li key={k} data-legend={`actor:${k}`}>
            <ActorSwatch kind={k} /> {ACTOR_KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      <ul className="legend-list" aria-label="Relation kinds">
        {RELATION_KINDS.filter((k) => present.relationKinds.has(k)).map((k) => (
          <li key={k} data-legend={`relation:${k}`}>
            <RelationSwatch kind={k} theme={theme} /> {RELATION_KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      <ul className="legend-list" aria-label="Certainty">
        {CERTAINTIES.filter((c) => present.certainties.has(c)).map((c) => (
          <li key={c} data-legend={`certainty:${c}`}>
            <CertaintySwatch certainty={c} /> {CERTAINTY_LABELS[c]}
          </li>
        ))}
      </ul>
      {rows.length > 0 && (
        <ul className="legend-list" aria-label="Marks">
          {rows.map((m) => (
            <li key={m} data-mark={m}>
              <MarkSwatch mark={m} /> {STORY_MARK_LABELS[m]}
            </li>
          ))}
        </ul>
      )}
      {present.marks.includes('no-boxes') && !large && (
        <p className="legend-note" data-mark="no-boxes">
          {STORY_MARK_LABELS['no-boxes']}
        </p>
      )}
      {present.groups && !large && !present.marks.includes('no-boxes') && (
        <p className="legend-note">
          Boxes are groups (member of); double-click one to collapse or expand it.
        </p>
      )}
      {large && (
        <p className="legend-note" data-testid="large-mode-note">
          Large-graph mode ({nodeCount.toLocaleString('en')} nodes): straight lines, arrows only on
          the selection&rsquo;s relations, no group boxes; labels appear as you zoom in.
        </p>
      )}
      {view === 'events' && <p className="legend-note">Squares are relations; links name roles.</p>}
    </div>
  );
}
