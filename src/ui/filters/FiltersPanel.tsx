/** Filters by relation kind, actor kind and certainty (each with its count), dates, isolated actors. */
import { useMemo } from 'react';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  CERTAINTIES,
  CERTAINTY_LABELS,
  RELATION_KINDS,
  RELATION_KIND_LABELS,
} from '../../model/vocabulary.ts';
import { certaintyOf } from '../../graph/project.ts';
import { isFiltering } from '../../graph/filters.ts';
import { useAppState } from '../state/store.ts';
import { resetFilters, setHideIsolated, toggleHidden } from '../state/actions/filters.ts';
import { ActorSwatch, CertaintySwatch, RelationSwatch } from '../graph/Swatch.tsx';
import { useVisible } from '../graph/presentation.ts';
import { Timeline } from './Timeline.tsx';

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

export function FiltersPanel() {
  const dataset = useAppState((s) => s.data.dataset);
  const filters = useAppState((s) => s.filters);
  const theme = useAppState((s) => s.view.theme);
  const visible = useVisible();
  const counts = useMemo(
    () =>
      dataset && {
        relation: countBy(dataset.relations, (r) => r.kind),
        actor: countBy(dataset.actors, (a) => a.kind),
        certainty: countBy(dataset.relations, (r) => certaintyOf(r)),
      },
    [dataset],
  );
  if (!dataset || !counts) return <p className="muted">No dataset loaded.</p>;
  return (
    <div className="filters" data-testid="filters">
      <p className="muted" role="status">
        Showing {visible.actors.size} of {dataset.actors.length} actors and {visible.relations.size}{' '}
        of {dataset.relations.length} relations.
      </p>
      {isFiltering(filters) && (
        <button type="button" onClick={() => resetFilters()}>
          Show everything
        </button>
      )}
      <fieldset>
        <legend>Relation kinds</legend>
        {RELATION_KINDS.filter((k) => counts.relation.has(k)).map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenRelationKinds.includes(k)}
              onChange={() => toggleHidden('hiddenRelationKinds', k)}
              data-filter={`relation:${k}`}
            />
            <RelationSwatch kind={k} theme={theme} /> {RELATION_KIND_LABELS[k]}{' '}
            <span className="muted">({counts.relation.get(k)})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Actor kinds</legend>
        {ACTOR_KINDS.filter((k) => counts.actor.has(k)).map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenActorKinds.includes(k)}
              onChange={() => toggleHidden('hiddenActorKinds', k)}
              data-filter={`actor:${k}`}
            />
            <ActorSwatch kind={k} /> {ACTOR_KIND_LABELS[k]}{' '}
            <span className="muted">({counts.actor.get(k)})</span>
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(e) => setHideIsolated(e.target.checked)}
            data-filter="isolated"
          />
          Hide actors without a shown relation
        </label>
      </fieldset>
      <fieldset>
        <legend>Certainty</legend>
        {CERTAINTIES.filter((c) => counts.certainty.has(c)).map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenCertainties.includes(c)}
              onChange={() => toggleHidden('hiddenCertainties', c)}
              data-filter={`certainty:${c}`}
            />
            <CertaintySwatch certainty={c} /> {CERTAINTY_LABELS[c]}{' '}
            <span className="muted">({counts.certainty.get(c)})</span>
          </label>
        ))}
      </fieldset>
      <Timeline />
    </div>
  );
}
