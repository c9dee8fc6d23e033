/** The details of the selection: an actor, a relation, or (nothing selected) the dataset. */
import { useMemo } from 'react';
import { ACTOR_KIND_LABELS } from '../../model/vocabulary.ts';
import { comparePartialDates } from '../../model/dates.ts';
import type { Actor, Dataset, Relation } from '../../model/schema.ts';
import { useAppState } from '../state/store.ts';
import { clearSelection, setFocus, toggleCollapsed } from '../state/actions/selection.ts';
import { ActorSwatch } from '../graph/Swatch.tsx';
import { useController } from '../graph/controller-context.ts';
import { lookupOf, type Lookup } from './lookup.ts';
import { ActorLink, RelationCard } from './RelationCard.tsx';
import { ActorEditButtons } from '../edit/ActorEditButtons.tsx';
import { SourceList } from './Sources.tsx';

/** By date; a "by then" relation (endDate alone) by its end date; undated ones last. */
function byDate(a: Relation, b: Relation): number {
  const da = a.date ?? a.endDate;
  const db = b.date ?? b.endDate;
  if (da === undefined) return db === undefined ? 0 : 1;
  if (db === undefined) return -1;
  return comparePartialDates(da, db);
}

function FocusControls({ id }: { id: string }) {
  const focus = useAppState((s) => s.selection.focus);
  const on = focus?.id === id;
  return (
    <fieldset className="focus-controls">
      <legend>Neighbourhood focus</legend>
      <div className="segmented" role="group" aria-label="Focus depth">
        <button type="button" aria-pressed={!on} onClick={() => setFocus(undefined)}>
          Off
        </button>
        <button
          type="button"
          aria-pressed={on && focus.depth === 1}
          onClick={() => setFocus({ id, depth: 1, mode: focus?.mode ?? 'dim' })}
        >
          1 step
        </button>
        <button
          type="button"
          aria-pressed={on && focus.depth === 2}
          onClick={() => setFocus({ id, depth: 2, mode: focus?.mode ?? 'dim' })}
        >
          2 steps
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={focus?.mode === 'hide'}
          disabled={!on}
          onChange={(e) => on && setFocus({ ...focus, mode: e.target.checked ? 'hide' : 'dim' })}
        />
        Hide the rest (instead of dimming)
      </label>
    </fieldset>
  );
}

/** Kind, title, aliases, group and bloc, members: the facts of an actor as a description list. */
function ActorFacts({
  actor,
  bloc,
  members,
  lookup,
}: {
  actor: Actor;
  bloc: string | undefined;
  members: readonly Actor[];
  lookup: Lookup;
}) {
  const id = actor.id;
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{ACTOR_KIND_LABELS[actor.kind]}</dd>
      {actor.title !== undefined && (
        <>
          <dt>Title</dt>
          <dd>{actor.title}</dd>
        </>
      )}
      {actor.aliases && actor.aliases.length > 0 && (
        <>
          <dt>Also known as</dt>
          <dd>{actor.aliases.join('; ')}</dd>
        </>
      )}
      {actor.memberOf !== undefined && (
        <>
          <dt>Member of</dt>
          <dd>
            <ActorLink id={actor.memberOf} lookup={lookup} />
          </dd>
        </>
      )}
      {bloc !== undefined && bloc !== id && (
        <>
          <dt>Bloc</dt>
          <dd>
            <ActorLink id={bloc} lookup={lookup} />
          </dd>
        </>
      )}
      {members.length > 0 && (
        <>
          <dt>Members</dt>
          <dd>
            {members.map((m, i) => (
              <span key={m.id}>
                {i > 0 && ', '}
                <ActorLink id={m.id} lookup={lookup} />
              </span>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}

function ActorDetails({ id, lookup }: { id: string; lookup: Lookup }) {
  const collapsed = useAppState((s) => s.selection.collapsed);
  const controller = useController();
  const actor = lookup.actors.get(id);
  if (!actor) return <p>Unknown actor “{id}”.</p>;
  const bloc = lookup.blocs.get(id);
  const members = lookup.members.get(id) ?? [];
  const relations = [...(lookup.relationsOf.get(id) ?? [])].sort(byDate);
  return (
    <div className="details" data-testid="actor-details">
      <h3 className="details-title">
        <ActorSwatch kind={actor.kind} /> {actor.name}
      </h3>
      <ActorFacts actor={actor} bloc={bloc} members={members} lookup={lookup} />
      {actor.description !== undefined && <p>{actor.description}</p>}
      <div className="button-row">
        <button type="button" onClick={() => controller.centreOn(id)}>
          Centre on graph
        </button>
        {members.length > 0 && (
          <button
            type="button"
            onClick={() => toggleCollapsed(id)}
            aria-pressed={collapsed.includes(id)}
          >
            {collapsed.includes(id) ? 'Expand group' : 'Collapse group'}
          </button>
        )}
        <button type="button" onClick={() => clearSelection()}>
          Clear selection
        </button>
        <ActorEditButtons id={id} />
      </div>
      <FocusControls id={id} />
      <SourceList ids={actor.sources} sources={lookup.sources} />
      <h4>
        Relations <span className="muted">({relations.length})</span>
      </h4>
      {relations.length === 0 && <p className="muted">No relation involves this actor.</p>}
      {relations.map((r) => (
        <RelationCard
          key={r.id}
          relation={r}
          lookup={lookup}
          from={id}
          via={lookup.presentVia.get(id)?.get(r.id)}
        />
      ))}
    </div>
  );
}

function RelationDetails({ id, lookup }: { id: string; lookup: Lookup }) {
  const relation = lookup.relations.get(id);
  const controller = useController();
  if (!relation) return <p>Unknown relation “{id}”.</p>;
  return (
    <div className="details" data-testid="relation-details">
      <RelationCard relation={relation} lookup={lookup} />
      <div className="button-row">
        <button type="button" onClick={() => controller.centreOn(id)}>
          Centre on graph
        </button>
        <button type="button" onClick={() => clearSelection()}>
          Clear selection
        </button>
      </div>
    </div>
  );
}

function DatasetSummary({ ds }: { ds: Dataset }) {
  const sources = useMemo(() => new Map(ds.sources.map((s) => [s.id, s])), [ds]);
  return (
    <div className="details" data-testid="dataset-details">
      <h3 className="details-title">{ds.title}</h3>
      {ds.description !== undefined && <p>{ds.description}</p>}
      <p className="muted">
        {ds.actors.length} actors, {ds.relations.length} relations
        {ds.asOf !== undefined && <> · as of {ds.asOf}</>}
      </p>
      <p>Select an actor or a relation on the graph, in the List tab, or by search ( / ).</p>
      <SourceList ids={ds.sources.map((s) => s.id)} sources={sources} />
    </div>
  );
}

export function DetailsPanel() {
  const dataset = useAppState((s) => s.data.dataset);
  const selection = useAppState((s) => s.selection.selection);
  if (!dataset) return <p className="muted">No dataset loaded.</p>;
  // The look-ups over the whole dataset only once something is selected (not while a large file
  // arrives with nothing selected: they were a large part of that first render).
  if (!selection) return <DatasetSummary ds={dataset} />;
  const lookup = lookupOf(dataset);
  return selection.type === 'actor' ? (
    <ActorDetails key={selection.id} id={selection.id} lookup={lookup} />
  ) : (
    <RelationDetails key={selection.id} id={selection.id} lookup={lookup} />
  );
}
