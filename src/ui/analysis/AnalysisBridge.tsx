/**
 * Always mounted (in the header's action slot): turns the analysis state into the graph's analysis
 * layers, runs the play control's clock (so that the network keeps growing while another tab is
 * open), resets the analyses when the dataset changes, and shows what is on, each with an "off"
 * button, whatever tab is open.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { AnalysisLayers } from '../../cy/analysis-layers.ts';
import { useController } from '../graph/controller-context.ts';
import { useDatasetAnalysis, type DatasetAnalysis } from './data.ts';
import { SCORE_LABELS } from '../../graph/lens-model.ts';
import { asOfText, framesOf, lensLayer } from './layers.ts';
import type { PlayFrame } from '../../graph/timeline-model.ts';
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

/** A new dataset: nothing of the old one's analyses applies. */
function useResetOnNewDataset(analysis: DatasetAnalysis | undefined): void {
  // Not on mount: the bridge is loaded on demand (src/ui/shell/panels.ts), possibly after a panel
  // has already set a layer for this dataset.
  const analysed = useRef(analysis);
  useEffect(() => {
    if (analysed.current === analysis) return;
    analysed.current = analysis;
    resetAnalysis();
  }, [analysis]);
}

/** The frame the play control shows, and its clock (which runs while another tab is open). */
function usePlayFrame(analysis: DatasetAnalysis | undefined): PlayFrame | undefined {
  const tl = useAnalysis((s) => s.timeline);
  // Only while the network is grown (the timeline is computed on first use).
  const growing = tl.frame !== undefined || tl.playing;
  const frames = useMemo(
    () => (analysis && growing ? framesOf(analysis, tl.withUndated) : []),
    [analysis, growing, tl.withUndated],
  );
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
  return tl.frame === undefined ? undefined : frames[Math.min(tl.frame, frames.length - 1)];
}

function Chip({ text, off, onOff }: { text: string; off: string; onOff: () => void }) {
  return (
    <span className="an-chip">
      <span className="an-chip-text" title={text}>
        {text}
      </span>
      <button type="button" className="an-chip-off" aria-label={off} onClick={onOff}>
        ×
      </button>
    </span>
  );
}

export function AnalysisBridge() {
  const controller = useController();
  const analysis = useDatasetAnalysis();
  const highlight = useAnalysis((s) => s.highlight);
  const lens = useAnalysis((s) => s.lens);
  useResetOnNewDataset(analysis);
  const frame = usePlayFrame(analysis);

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
        <Chip
          text={highlight.label}
          off="Clear the highlight"
          onOff={() => setHighlight(undefined)}
        />
      )}
      {lens.on && (
        <Chip
          text={`Sized by ${SCORE_LABELS[lens.score].toLowerCase()}`}
          off="Turn the mediators lens off"
          onOff={() => setLens({ on: false })}
        />
      )}
      {frame && (
        <Chip
          text={asOfText(frame.label)}
          off="Show the whole network again"
          onOff={() => stopTimeline()}
        />
      )}
    </div>
  );
}
