/**
 * The legend, always on screen: exactly the actor kinds, relation kinds and certainties drawn now
 * (after filters), each with its sample.
 */
import { useMemo } from 'react';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  CERTAINTIES,
  CERTAINTY_LABELS,
  RELATION_KINDS,
  RELATION_KIND_LABELS,
} from '../../model/vocabulary.ts';
import { kindsShown } from '../../graph/kinds-shown.ts';
import { useAppState } from '../state/store.ts';
import { useVisible } from './presentation.ts';
import { useLargeGraph } from './scene.ts';
import { ActorSwatch, CertaintySwatch, RelationSwatch } from './Swatch.tsx';

export function Legend() {
  const dataset = useAppState((s) => s.data.dataset);
  const theme = useAppState((s) => s.view.theme);
  const view = useAppState((s) => s.view.view);
  const visible = useVisible();
  const { large, nodeCount } = useLargeGraph();
  const present = useMemo(() => kindsShown(dataset, visible), [dataset, visible]);

  if (!dataset) return null;
  return (
    <aside className="legend" aria-label="Legend" data-testid="legend">
      <h2 className="legend-title">Legend</h2>
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
      {present.groups && !large && (
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
    </aside>
  );
}
