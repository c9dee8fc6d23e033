/**
 * The hover and keyboard card (issue 11, item 7): what an actor, a relation's hub or an edge is —
 * name, kind, the relation's human title, roles, date in words, certainty — placed next to it in
 * the canvas. Text from the data goes through React text only, never as HTML.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Actor, Dataset, Relation } from '../../model/schema.ts';
import {
  ACTOR_KIND_LABELS,
  CERTAINTY_LABELS,
  RELATION_KIND_LABELS,
} from '../../model/vocabulary.ts';
import { relationTitle } from '../../model/title.ts';
import { spanWords } from '../../model/dates.ts';
import { certaintyOf, participantsOf } from '../../graph/project.ts';
import { useAppState, type CardTarget } from '../state/store.ts';
import { useVisible } from './presentation.ts';

/** Participants named on a relation's card before "and N more". */
const MAX_PARTICIPANTS = 6;
/** Relations listed on a counted edge's card before "and N more". */
const MAX_RELATIONS = 4;
/** The gap between the element and its card, in CSS pixels. */
const OFFSET = 14;

function rolesOf(ds: Dataset, actorId: string, shown: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const r of ds.relations) {
    if (!shown.has(r.id)) continue;
    for (const p of participantsOf(r))
      if (p.actor === actorId) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([role, n]) => (n > 1 ? `${role} ×${n}` : role))
    .join(', ');
}

function ActorCard({ ds, actor }: { ds: Dataset; actor: Actor }) {
  const visible = useVisible();
  const roles = rolesOf(ds, actor.id, visible.relations);
  const group = ds.actors.find((a) => a.id === actor.memberOf);
  const mediator = ds.relations.some((r) =>
    participantsOf(r).some((p) => p.actor === actor.id && p.role === 'mediator'),
  );
  return (
    <>
      <p className="card-title">{actor.name}</p>
      <p className="card-line">
        {ACTOR_KIND_LABELS[actor.kind]}
        {group && ` · member of ${group.name}`}
      </p>
      {mediator && <p className="card-line">Mediator (holds a mediator role)</p>}
      {roles !== '' && <p className="card-line">Roles: {roles}</p>}
    </>
  );
}

function RelationFacts({ ds, relation }: { ds: Dataset; relation: Relation }) {
  const names = new Map(ds.actors.map((a) => [a.id, a.name]));
  const ps = participantsOf(relation);
  const when = spanWords(relation);
  return (
    <>
      <p className="card-title">{relationTitle(relation)}</p>
      <p className="card-line">
        {RELATION_KIND_LABELS[relation.kind]}
        {when !== undefined && ` · ${when}`} · {CERTAINTY_LABELS[certaintyOf(relation)]}
      </p>
      <ul className="card-list">
        {ps.slice(0, MAX_PARTICIPANTS).map((p, i) => (
          <li key={`${p.actor}-${i}`}>
            {names.get(p.actor) ?? p.actor} <span className="card-role">({p.role})</span>
          </li>
        ))}
        {ps.length > MAX_PARTICIPANTS && <li>and {ps.length - MAX_PARTICIPANTS} more</li>}
      </ul>
    </>
  );
}

function RelationsCard({ ds, ids }: { ds: Dataset; ids: readonly string[] }) {
  const relations = ids
    .map((id) => ds.relations.find((r) => r.id === id))
    .filter((r): r is Relation => r !== undefined);
  const [first] = relations;
  if (!first) return null;
  if (relations.length === 1) return <RelationFacts ds={ds} relation={first} />;
  return (
    <>
      <p className="card-title">{relations.length} relations</p>
      <ul className="card-list">
        {relations.slice(0, MAX_RELATIONS).map((r) => (
          <li key={r.id}>
            {relationTitle(r)}{' '}
            <span className="card-role">({CERTAINTY_LABELS[certaintyOf(r)]})</span>
          </li>
        ))}
        {relations.length > MAX_RELATIONS && <li>and {relations.length - MAX_RELATIONS} more</li>}
      </ul>
    </>
  );
}

/** The card's body for a target, or null when the target is not in the dataset. */
export function CardBody({ ds, target }: { ds: Dataset; target: CardTarget }) {
  if (target.type === 'actor') {
    const actor = ds.actors.find((a) => a.id === target.id);
    return actor ? <ActorCard ds={ds} actor={actor} /> : null;
  }
  const ids = target.relationIds.length > 0 ? target.relationIds : [target.id];
  return <RelationsCard ds={ds} ids={ids} />;
}

/** Where the card goes: beside `at`, flipped to the other side when it would leave the canvas. */
function usePlacement(target: CardTarget | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | undefined>();
  useLayoutEffect(() => {
    const el = ref.current;
    const area = el?.parentElement;
    if (!el || !area || !target) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const W = area.clientWidth;
    const H = area.clientHeight;
    let left = target.at.x + OFFSET;
    let top = target.at.y + OFFSET;
    if (left + w > W - 4) left = Math.max(4, target.at.x - OFFSET - w);
    if (top + h > H - 4) top = Math.max(4, target.at.y - OFFSET - h);
    setPlace({ left, top });
  }, [target]);
  return { ref, place };
}

export function Card() {
  const target = useAppState((s) => s.ui.card);
  const ds = useAppState((s) => s.data.dataset);
  const { ref, place } = usePlacement(target);
  if (!target || !ds) return null;
  return (
    <div
      ref={ref}
      className="graph-card"
      data-testid="graph-card"
      data-card-id={target.id}
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}
    >
      <CardBody ds={ds} target={target} />
      {target.via === 'keyboard' && (
        <p className="card-hint">Enter selects · arrows move · Escape closes</p>
      )}
    </div>
  );
}
