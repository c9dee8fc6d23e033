/**
 * Always mounted (in the header's action slot): turns the analysis state into the graph's analysis
 * layers, runs the play control's clock (so that the network keeps growing while another tab is
 * open), resets the analyses when the dataset changes, and shows what is on, each with an "off"
 * button, whatever tab is open.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { AnalysisLayers } from '../../cy/analysis-layers.ts';
import { useController } from '../graph/controller-context.ts';
import { useDatasetAnalysis } from './data.ts';
import { SCORE_LABELS } from '../../graph/lens-model.ts';
import { framesOf, lensLayer } from './layers.ts';
import {
  analysisState,
  resetAnalysis,
  setHighlight,
  setLens,
  setTimeline,
  stopTimeline,
  useAnalysis,
} from './state.ts';
import './analysis.css';

export function AnalysisBridge() {
  const controller = useController();
  const analysis = useDatasetAnalysis();
  const highlight = useAnalysis((s) => s.highlight);
  const lens = useAnalysis((s) => s.lens);
  const tl = useAnalysis((s) => s.timeline);

  // A new dataset: nothing of the old one's analyses applies. Not on mount: the bridge is loaded on
  // demand (src/ui/shell/panels.ts), possibly after a panel has already set a layer for this dataset.
  const analysed = useRef(analysis);
  useEffect(() => {
    if (analysed.current === analysis) return;
    analysed.current = analysis;
    resetAnalysis();
  }, [analysis]);

  // Only while the network is grown (the timeline is computed on first use).
  const growing = tl.frame !== undefined || tl.playing;
  const frames = useMemo(
    () => (analysis && growing ? framesOf(analysis, tl.withUndated) : []),
    [analysis, growing, tl.withUndated],
  );
  const frame = tl.frame === undefined ? undefined : frames[Math.min(tl.frame, frames.length - 1)];

  // The clock of the play control.
  useEffect(() => {
    if (!tl.playing) return;
    const timer = setInterval(() => {
      const { frame: f } = analysisState().timeline;
      const next = (f ?? -1) + 1;
      if (next >= frames.length - 1) setTimeline({ frame: frames.length - 1, playing: false });
      else setTimeline({ frame: next });
    }, 1000 / tl.speed);
    return () => clearInterval(timer);
  }, [tl.playing, tl.speed, frames.length]);

  // The analysis layers, drawn by the graph's controller; before paint, so that the graph never
  // disagrees with the panels for a frame.
  const layers = useMemo<AnalysisLayers>(() => {
    const out: AnalysisLayers = {};
    if (highlight) out.highlight = highlight;
    if (analysis && lens.on) out.lens = lensLayer(analysis, lens.score);
    if (frame) out.growth = { relations: frame.relations, actors: frame.actors };
    return out;
  }, [analysis, highlight, lens, frame]);
  useLayoutEffect(() => {
    controller.update({ layers });
  }, [controller, layers]);

  if (!highlight && !lens.on && !frame) return null;
  return (
    <div className="an-status" role="status" aria-label="Analyses on the graph">
      {highlight && (
        <span className="an-chip">
          <span className="an-chip-text" title={highlight.label}>
            {highlight.label}
          </span>
          <button
            type="button"
            className="an-chip-off"
            aria-label="Clear the highlight"
            onClick={() => setHighlight(undefined)}
          >
            ×
          </button>
        </span>
      )}
      {lens.on && (
        <span className="an-chip">
          <span className="an-chip-text">Sized by {SCORE_LABELS[lens.score].toLowerCase()}</span>
          <button
            type="button"
            className="an-chip-off"
            aria-label="Turn the mediators lens off"
            onClick={() => setLens({ on: false })}
          >
            ×
          </button>
        </span>
      )}
      {frame && (
        <span className="an-chip">
          <span className="an-chip-text">As of {frame.label}</span>
          <button
            type="button"
            className="an-chip-off"
            aria-label="Show the whole network again"
            onClick={() => stopTimeline()}
          >
            ×
          </button>
        </span>
      )}
    </div>
  );
}
