/**
 * The keyboard's equivalent of hovering (issue 11, item 7): on the focused canvas, the arrow keys
 * walk through the drawn actors in reading order (rows from the top, left to right in a row) and
 * show each one's card; Enter selects it; Escape closes the card. What is reached is announced.
 */
import { useState, type KeyboardEvent } from 'react';
import { select } from '../state/actions/selection.ts';
import { store } from '../state/store.ts';
import type { GraphHandle } from './graph-handle.ts';

/** Actors whose rendered centres are this close in height (CSS px) read as one row. */
const ROW_BAND = 40;

type Shown = { id: string; at: { x: number; y: number } };

/** The actors in reading order: by rows of `ROW_BAND` pixels, then from the left. */
export function readingOrder(actors: readonly Shown[]): Shown[] {
  const row = (a: Shown) => Math.round(a.at.y / ROW_BAND);
  return [...actors].sort((a, b) => row(a) - row(b) || a.at.x - b.at.x || a.at.y - b.at.y);
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function clearCard(): void {
  store.update('ui', (u) => {
    if (!u.card) return u;
    const { card: _card, ...rest } = u;
    return rest;
  });
}

/** Shows the keyboard card on actor `id`, centring the view on it first when it is off the canvas. */
function showOn(graph: GraphHandle, id: string, area: DOMRect): Shown | undefined {
  let at = graph.shownActors().find((a) => a.id === id)?.at;
  if (!at) return undefined;
  if (at.x < 0 || at.y < 0 || at.x > area.width || at.y > area.height) {
    graph.centreOn(id);
    at = graph.shownActors().find((a) => a.id === id)?.at ?? at;
  }
  const where = at;
  store.update('ui', (u) => ({
    ...u,
    card: { type: 'actor', id, relationIds: [], at: where, via: 'keyboard' },
  }));
  return { id, at: where };
}

export function useCardKeys(graph: GraphHandle) {
  const [said, setSaid] = useState('');
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const card = store.get().ui.card;
    if (e.key === 'Escape') {
      if (!card) return;
      e.preventDefault();
      clearCard();
      setSaid('Card closed.');
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      if (!card) return;
      e.preventDefault();
      select({ type: card.type, id: card.id });
      setSaid('Selected; its details are in the Details panel.');
      return;
    }
    const step = STEP[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const order = readingOrder(graph.shownActors());
    if (order.length === 0) return;
    const current = card?.type === 'actor' ? order.findIndex((a) => a.id === card.id) : -1;
    const next =
      current < 0
        ? step > 0
          ? 0
          : order.length - 1
        : (current + step + order.length) % order.length;
    const target = order[next];
    if (!target) return;
    showOn(graph, target.id, e.currentTarget.getBoundingClientRect());
    const name = store.get().data.dataset?.actors.find((a) => a.id === target.id)?.name ?? '';
    setSaid(`${name}, ${next + 1} of ${order.length}. Enter selects.`);
  };
  /** Leaving the canvas closes the keyboard's card (a pointer's card follows the pointer). */
  const onBlur = () => {
    if (store.get().ui.card?.via === 'keyboard') clearCard();
  };
  return { onKeyDown, onBlur, said };
}
