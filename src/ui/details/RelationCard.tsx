/** One relation in full: kind, dates, place, certainty, participants with roles, summary, quotes, sources. */
import type { Relation } from '../../model/schema.ts';
import { spanWords } from '../../model/dates.ts';
import {
  CERTAINTY_LABELS,
  RELATION_KIND_LABELS,
  roleLabel,
  type Role,
} from '../../model/vocabulary.ts';
import { certaintyOf, participantsOf } from '../../graph/project.ts';
import { relationTitle } from '../../model/title.ts';
import { select } from '../state/actions/selection.ts';
import { useAppState } from '../state/store.ts';
import { RelationSwatch } from '../graph/Swatch.tsx';
import type { Lookup } from './lookup.ts';
import { SourceList } from './Sources.tsx';

/** A relation's dates in words: "Oct 2025", "by Oct 2025", "around Oct 2025", "Oct 2025?", "undated". */
export function dateText(r: Pick<Relation, 'date' | 'endDate'>): string {
  return spanWords(r) ?? 'undated';
}

/**
 * What qualifies one actor's part: its own certainty (when it differs from the relation's) and its
 * own sources, e.g. "(reported; Sources: CBS News)".
 */
function PartQualifiers({
  relation,
  index,
  lookup,
}: {
  relation: Relation;
  index: number;
  lookup: Lookup;
}) {
  const p = relation.participants[index];
  if (!p) return null;
  const own = p.certainty !== undefined && p.certainty !== certaintyOf(relation);
  const titles = (p.sources ?? []).map((id) => lookup.sources.get(id)?.title ?? id);
  if (!own && titles.length === 0) return null;
  return (
    <span className="part-qualifiers muted" data-testid="part-qualifiers">
      {own && p.certainty !== undefined && (
        <span className={`badge certainty-badge-${p.certainty}`}>
          {' '}
          {CERTAINTY_LABELS[p.certainty]} for this part
        </span>
      )}
      {titles.length > 0 && <> · source: {titles.join('; ')}</>}
    </span>
  );
}

/** "with the Hamas delegation" (innermost delegation first, when nested): how an actor was present. */
export function withDelegation(via: readonly string[], lookup: Lookup): string {
  const names = [...via]
    .reverse()
    .map((id) => (lookup.actors.get(id)?.name ?? id).replace(/^the\s+/i, ''));
  return `with the ${names.join(', within the ')}`;
}

export function ActorLink({ id, lookup }: { id: string; lookup: Lookup }) {
  const actor = lookup.actors.get(id);
  return (
    <button type="button" className="link" onClick={() => select({ type: 'actor', id })}>
      {actor?.name ?? id}
    </button>
  );
}

/** The role of the actor whose panel shows the card, or the delegation it was present with. */
function OwnPart({
  relation,
  role,
  index,
  via,
  lookup,
}: {
  relation: Relation;
  role: Role | undefined;
  index: number;
  via: readonly string[] | undefined;
  lookup: Lookup;
}) {
  if (role !== undefined)
    return (
      <p className="role-line">
        Role: <strong>{roleLabel(relation.kind, role)}</strong>{' '}
        <PartQualifiers relation={relation} index={index} lookup={lookup} />
      </p>
    );
  if (!via || via.length === 0) return null;
  return (
    <p className="role-line" data-testid="present-via">
      Present <strong>{withDelegation(via, lookup)}</strong>
    </p>
  );
}

/**
 * `from`: the actor whose panel shows the card (its own role is named, the others listed); `via`:
 * the delegations it was present through, when it is no participant itself.
 */
export function RelationCard({
  relation,
  lookup,
  from,
  via,
}: {
  relation: Relation;
  lookup: Lookup;
  from?: string;
  via?: readonly string[];
}) {
  const theme = useAppState((s) => s.view.theme);
  const ps = participantsOf(relation);
  const mine = from !== undefined ? ps.find((p) => p.actor === from) : undefined;
  const others = from !== undefined ? ps.filter((p) => p.actor !== from) : ps;
  const certainty = certaintyOf(relation);
  return (
    <article
      className={`relation-card certainty-${certainty}`}
      aria-label={`${relationTitle(relation)}, ${dateText(relation)}`}
    >
      <header>
        <RelationSwatch kind={relation.kind} theme={theme} />{' '}
        {from !== undefined ? (
          <button
            type="button"
            className="link strong"
            onClick={() => select({ type: 'relation', id: relation.id })}
          >
            {relationTitle(relation)}
          </button>
        ) : (
          <strong>{relationTitle(relation)}</strong>
        )}
        <span className="muted">
          {' '}
          · {RELATION_KIND_LABELS[relation.kind]} · {dateText(relation)}
        </span>
        {relation.place !== undefined && <span className="muted"> · {relation.place}</span>}
        <span className={`badge certainty-badge-${certainty}`}> {CERTAINTY_LABELS[certainty]}</span>
      </header>
      <OwnPart
        relation={relation}
        role={mine?.role}
        index={mine ? ps.indexOf(mine) : -1}
        via={via}
        lookup={lookup}
      />
      <ul
        className="participants"
        aria-label={from !== undefined ? 'Counterparts' : 'Participants'}
      >
        {others.map((p, i) => (
          <li key={`${p.actor}-${i}`}>
            <ActorLink id={p.actor} lookup={lookup} />{' '}
            <span className="muted">({roleLabel(relation.kind, p.role)})</span>{' '}
            <PartQualifiers relation={relation} index={ps.indexOf(p)} lookup={lookup} />
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
