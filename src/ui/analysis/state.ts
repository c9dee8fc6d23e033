/**
 * The analysis panels' actions and selector, on the app's one store (its `analysis` part,
 * src/ui/state/analysis.ts).
 */
import { store, useAppState } from '../state/store.ts';
import { INITIAL_ANALYSIS, type AnalysisState, type Highlight } from '../state/analysis.ts';

export type { AnalysisState, Highlight } from '../state/analysis.ts';

export function analysisState(): AnalysisState {
  return store.get().analysis;
}

export function updateAnalysis(change: (s: AnalysisState) => AnalysisState): void {
  store.update('analysis', change);
}

export function useAnalysis<T>(selector: (s: AnalysisState) => T): T {
  return useAppState((s) => selector(s.analysis));
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
  setHighlight(analysisState().highlight?.key === h.key ? undefined : h);
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
