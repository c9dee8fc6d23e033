/** One relation in full: kind, dates, place, certainty, participants with roles, summary, quotes, sources. */
import type { Relation } from '../../model/schema.ts';
import { CERTAINTY_LABELS, RELATION_KIND_LABELS } from '../../model/vocabulary.ts';
import { certaintyOf, participantsOf } from '../../graph/project.ts';
import { select } from '../state/actions/selection.ts';
import { useAppState } from '../state/store.ts';
import { RelationSwatch } from '../graph/Swatch.tsx';
import type { Lookup } from './lookup.ts';
import { SourceList } from './Sources.tsx';

export function dateText(r: Pick<Relation, 'date' | 'endDate'>): string {
  if (r.date === undefined) return 'undated';
  return r.endDate !== undefined && r.endDate !== r.date ? `${r.date} – ${r.endDate}` : r.date;
}

export function ActorLink({ id, lookup }: { id: string; lookup: Lookup }) {
  const actor = lookup.actors.get(id);
  return (
    <button type="button" className="link" onClick={() => select({ type: 'actor', id })}>
      {actor?.name ?? id}
    </button>
  );
}

/** `from`: the actor whose panel shows the card (its own role is named, the others listed). */
export function RelationCard({
  relation,
  lookup,
  from,
}: {
  relation: Relation;
  lookup: Lookup;
  from?: string;
}) {
  const theme = useAppState((s) => s.view.theme);
  const ps = participantsOf(relation);
  const mine = from !== undefined ? ps.find((p) => p.actor === from) : undefined;
  const others = from !== undefined ? ps.filter((p) => p.actor !== from) : ps;
  const certainty = certaintyOf(relation);
  return (
    <article
      className={`relation-card certainty-${certainty}`}
      aria-label={`${RELATION_KIND_LABELS[relation.kind]}, ${dateText(relation)}`}
    >
      <header>
        <RelationSwatch kind={relation.kind} theme={theme} />{' '}
        {from !== undefined ? (
          <button
            type="button"
            className="link strong"
            onClick={() => select({ type: 'relation', id: relation.id })}
          >
            {RELATION_KIND_LABELS[relation.kind]}
          </button>
        ) : (
          <strong>{RELATION_KIND_LABELS[relation.kind]}</strong>
        )}
        <span className="muted"> · {dateText(relation)}</span>
        {relation.place !== undefined && <span className="muted"> · {relation.place}</span>}
        <span className={`badge certainty-badge-${certainty}`}> {CERTAINTY_LABELS[certainty]}</span>
      </header>
      {mine && (
        <p className="role-line">
          Role: <strong>{mine.role}</strong>
        </p>
      )}
      <ul
        className="participants"
        aria-label={from !== undefined ? 'Counterparts' : 'Participants'}
      >
        {others.map((p, i) => (
          <li key={`${p.actor}-${i}`}>
            <ActorLink id={p.actor} lookup={lookup} /> <span className="muted">({p.role})</span>
          </li>
        ))}
      </ul>
      {relation.summary !== undefined && <p className="summary">{relation.summary}</p>}
      {(relation.quotes ?? []).map((q, i) => (
        <figure className="quote" key={i}>
          <blockquote>“{q.text}”</blockquote>
          <figcaption>
            {q.speaker !== undefined ? (
              <>— {lookup.actors.get(q.speaker)?.name ?? q.speaker}</>
            ) : (
              '— unattributed'
            )}
            {q.source !== undefined && lookup.sources.get(q.source) && (
              <span className="muted">, in {lookup.sources.get(q.source)?.title}</span>
            )}
          </figcaption>
        </figure>
      ))}
      <SourceList ids={relation.sources} sources={lookup.sources} />
    </article>
  );
}
