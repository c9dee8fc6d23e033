/**
 * The analysis panels' part of the app state (it outlives the panels: a sidebar panel unmounts when
 * its tab closes, but the lens, the highlight and the play control stay on). It holds ids only; the
 * analysis bridge turns it into the controller's analysis layers.
 */
import type { HighlightLayer } from '../../cy/analysis-layers.ts';
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
