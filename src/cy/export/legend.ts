/**
 * The caption's legend: exactly the actor kinds, relation kinds and certainties shown, with the
 * explorer's colours, shapes, arrows and line styles (from palette.ts, as the stylesheet and the
 * on-screen legend use them). Pure.
 */
import type { Dataset } from '../../model/schema.ts';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  CERTAINTIES,
  CERTAINTY_LABELS,
  RELATION_KINDS,
  RELATION_KIND_LABELS,
  type Certainty,
} from '../../model/vocabulary.ts';
import { certaintyOf } from '../../graph/project.ts';
import {
  ACTOR_KIND_STYLE,
  RELATION_KIND_STYLE,
  THEME_COLOURS,
  relationColour,
  type Theme,
} from '../palette.ts';
import type { LegendSwatch } from './caption.ts';

export interface Shown {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

const CERTAINTY_LINE: Record<Certainty, 'solid' | 'dashed' | 'dotted'> = {
  confirmed: 'solid',
  reported: 'dashed',
  disputed: 'dotted',
};

/** The legend entries of what is shown of `ds` (everything when `shown` is absent). */
export function legendOf(ds: Dataset, theme: Theme, shown?: Shown): LegendSwatch[] {
  const actorKinds = new Set<string>();
  const relationKinds = new Set<string>();
  const certainties = new Set<Certainty>();
  for (const a of ds.actors) if (!shown || shown.actors.has(a.id)) actorKinds.add(a.kind);
  for (const r of ds.relations) {
    if (shown && !shown.relations.has(r.id)) continue;
    relationKinds.add(r.kind);
    certainties.add(certaintyOf(r));
  }
  const t = THEME_COLOURS[theme];
  const out: LegendSwatch[] = [];
  for (const k of ACTOR_KINDS) {
    if (!actorKinds.has(k)) continue;
    out.push({
      type: 'node',
      label: ACTOR_KIND_LABELS[k],
      color: ACTOR_KIND_STYLE[k].color,
      shape: ACTOR_KIND_STYLE[k].shape,
      borderColor: t.text,
      group: 'actors',
    });
  }
  for (const k of RELATION_KINDS) {
    if (!relationKinds.has(k)) continue;
    out.push({
      type: 'edge',
      label: RELATION_KIND_LABELS[k],
      color: relationColour(k, theme),
      lineStyle: 'solid',
      arrow: RELATION_KIND_STYLE[k].arrow !== 'none',
      group: 'relations',
    });
  }
  for (const c of CERTAINTIES) {
    if (!certainties.has(c)) continue;
    out.push({
      type: 'edge',
      label: CERTAINTY_LABELS[c],
      color: c === 'disputed' ? t.disputed : t.text,
      lineStyle: CERTAINTY_LINE[c],
      arrow: false,
      group: 'certainty',
    });
  }
  return out;
}
