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
} from '../../model/vocabulary.ts';
import { kindsShown, type ShownIds } from '../../graph/kinds-shown.ts';
import {
  ACTOR_KIND_STYLE,
  CERTAINTY_LINE,
  RELATION_KIND_STYLE,
  THEME_COLOURS,
  relationColour,
  type Theme,
} from '../palette.ts';
import type { LegendSwatch } from './caption.ts';

/** The legend entries of what is shown of `ds` (everything when `shown` is absent). */
export function legendOf(ds: Dataset, theme: Theme, shown?: ShownIds): LegendSwatch[] {
  const { actorKinds, relationKinds, certainties } = kindsShown(ds, shown);
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
