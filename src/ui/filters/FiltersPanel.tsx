/** Filters by relation kind, actor kind and certainty (each with its count), dates, isolated actors. */
import { useMemo, type ReactNode } from 'react';
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

interface CheckListProps<K extends string> {
  legend: string;
  /** Every value of the vocabulary, in its order; those absent from the dataset are not listed. */
  values: readonly K[];
  counts: ReadonlyMap<string, number>;
  hidden: readonly K[];
  onToggle: (value: K) => void;
  /** The `data-filter` prefix: `relation`, `actor`, `certainty`. */
  name: string;
  label: (value: K) => ReactNode;
  children?: ReactNode;
}

/** One fieldset of checkboxes, one per value present, each with its swatch, label and count. */
function CheckList<K extends string>(props: CheckListProps<K>) {
  const { legend, values, counts, hidden, onToggle, name, label, children } = props;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values
        .filter((k) => counts.has(k))
        .map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={!hidden.includes(k)}
              onChange={() => onToggle(k)}
              data-filter={`${name}:${k}`}
            />
            {label(k)} <span className="muted">({counts.get(k)})</span>
          </label>
        ))}
      {children}
    </fieldset>
  );
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
      <CheckList
        legend="Relation kinds"
        values={RELATION_KINDS}
        counts={counts.relation}
        hidden={filters.hiddenRelationKinds}
        onToggle={(k) => toggleHidden('hiddenRelationKinds', k)}
        name="relation"
        label={(k) => (
          <>
            <RelationSwatch kind={k} theme={theme} /> {RELATION_KIND_LABELS[k]}
          </>
        )}
      />
      <CheckList
        legend="Actor kinds"
        values={ACTOR_KINDS}
        counts={counts.actor}
        hidden={filters.hiddenActorKinds}
        onToggle={(k) => toggleHidden('hiddenActorKinds', k)}
        name="actor"
        label={(k) => (
          <>
            <ActorSwatch kind={k} /> {ACTOR_KIND_LABELS[k]}
          </>
        )}
      >
        <label className="check">
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(e) => setHideIsolated(e.target.checked)}
            data-filter="isolated"
          />
          Hide actors without a shown relation
        </label>
      </CheckList>
      <CheckList
        legend="Certainty"
        values={CERTAINTIES}
        counts={counts.certainty}
        hidden={filters.hiddenCertainties}
        onToggle={(c) => toggleHidden('hiddenCertainties', c)}
        name="certainty"
        label={(c) => (
          <>
            <CertaintySwatch certainty={c} /> {CERTAINTY_LABELS[c]}
          </>
        )}
      />
      <Timeline />
    </div>
  );
}
