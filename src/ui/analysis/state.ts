/**
 * The analysis panels' own state, kept outside the panels (a sidebar panel unmounts when its tab
 * closes, but the lens, the highlight and the play control stay on): a small external store read
 * with `useAnalysis(selector)`. It holds ids only; `AnalysisBridge` turns it into overlay layers.
 */
import { useSyncExternalStore } from 'react';
import type { HighlightLayer } from '../../cy/analysis/overlay.ts';
import type { ScoreKey } from '../../graph/lens-model.ts';

export interface Highlight extends HighlightLayer {
  /** Which panel set it, and what it shows (for the status chip): "Chain Trump → … → al-Hayya". */
  label: string;
  /** A key naming the chosen item, so that its button shows as pressed. */
  key: string;
}

export interface AnalysisState {
  met: { a?: string; b?: string; by: string; matrixAll: boolean };
  lens: { on: boolean; score: ScoreKey };
  timeline: {
    /** The frame shown by the play control; undefined: the network is not grown (all shown). */
    frame?: number;
    playing: boolean;
    /** Frames per second ÷ 1: 0.5, 1, 2. */
    speed: number;
    /** Whether the undated relations come in as a last frame. */
    withUndated: boolean;
  };
  highlight?: Highlight;
}

export const INITIAL_ANALYSIS: AnalysisState = {
  met: { by: '', matrixAll: false },
  lens: { on: false, score: 'mediatorRoles' },
  timeline: { playing: false, speed: 1, withUndated: true },
};

let state: AnalysisState = INITIAL_ANALYSIS;
const listeners = new Set<() => void>();

export function analysisState(): AnalysisState {
  return state;
}

export function updateAnalysis(change: (s: AnalysisState) => AnalysisState): void {
  const next = change(state);
  if (next === state) return;
  state = next;
  for (const l of [...listeners]) l();
}

export function subscribeAnalysis(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnalysis<T>(selector: (s: AnalysisState) => T): T {
  return useSyncExternalStore(
    subscribeAnalysis,
    () => selector(state),
    () => selector(state),
  );
}

/** Back to the start (a new dataset): nothing picked, lens off, nothing grown or highlighted. */
export function resetAnalysis(): void {
  updateAnalysis((s) => ({
    ...INITIAL_ANALYSIS,
    lens: { ...INITIAL_ANALYSIS.lens, score: s.lens.score },
    timeline: { ...INITIAL_ANALYSIS.timeline, speed: s.timeline.speed },
    met: { ...INITIAL_ANALYSIS.met, matrixAll: s.met.matrixAll },
  }));
}

export function setHighlight(h: Highlight | undefined): void {
  updateAnalysis((s) => {
    if (h === undefined) {
      if (!s.highlight) return s;
      const { highlight: _old, ...rest } = s;
      return rest;
    }
    return { ...s, highlight: h };
  });
}

/** Sets the highlight, or clears it when the same item is chosen again. */
export function toggleHighlight(h: Highlight): void {
  setHighlight(state.highlight?.key === h.key ? undefined : h);
}

export function setMet(change: Partial<AnalysisState['met']>): void {
  updateAnalysis((s) => ({ ...s, met: { ...s.met, ...change } }));
}

export function setLens(change: Partial<AnalysisState['lens']>): void {
  updateAnalysis((s) => ({ ...s, lens: { ...s.lens, ...change } }));
}

export function setTimeline(change: Partial<AnalysisState['timeline']>): void {
  updateAnalysis((s) => ({ ...s, timeline: { ...s.timeline, ...change } }));
}

/** Stops growing the network: everything shown again. */
export function stopTimeline(): void {
  updateAnalysis((s) => {
    const { frame: _f, ...rest } = s.timeline;
    return { ...s, timeline: { ...rest, playing: false } };
  });
}
