/**
 * The play control's position and moves: which frame is shown (the whole network when not grown),
 * the steps (start, back, play or pause, forward, end) and their keys (space plays or pauses, arrows
 * step, Home and End jump). The state lives in the analysis store (`setTimeline`).
 */
import type { KeyboardEvent } from 'react';
import type { PlayFrame } from '../../graph/timeline-model.ts';
import { setTimeline, type AnalysisState } from './state.ts';

export interface PlayPosition {
  /** The index of the last frame. */
  last: number;
  /** Whether the network is grown to a frame (false: everything shown). */
  growing: boolean;
  frameIndex: number;
  frame: PlayFrame | undefined;
}

/** Where the play control stands: the chosen frame, kept within the frames there are. */
export function playPosition(
  frames: readonly PlayFrame[],
  tl: AnalysisState['timeline'],
): PlayPosition {
  const last = frames.length - 1;
  const growing = tl.frame !== undefined;
  const frameIndex = tl.frame === undefined ? last : Math.min(tl.frame, last);
  return { last, growing, frameIndex, frame: frames[frameIndex] };
}

export interface PlayMoves {
  go: (i: number) => void;
  play: () => void;
  stepForward: () => void;
  stepBack: () => void;
  onKey: (e: KeyboardEvent) => void;
}

/** The moves of the play control from where it stands. */
export function playMoves(p: PlayPosition, playing: boolean): PlayMoves {
  const { last, growing, frameIndex } = p;
  const go = (i: number): void => {
    setTimeline({ frame: Math.max(0, Math.min(last, i)), playing: false });
  };
  const play = (): void => {
    if (playing) setTimeline({ playing: false });
    else setTimeline({ playing: true, frame: !growing || frameIndex >= last ? 0 : frameIndex });
  };
  const stepForward = (): void => go(growing ? frameIndex + 1 : 1);
  const stepBack = (): void => go(growing ? frameIndex - 1 : last - 1);
  const byKey: Record<string, () => void> = {
    ' ': play,
    ArrowRight: stepForward,
    ArrowLeft: stepBack,
    Home: () => go(0),
    End: () => go(last),
  };
  const onKey = (e: KeyboardEvent): void => {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'SELECT' || tag === 'INPUT') return;
    const move = byKey[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  };
  return { go, play, stepForward, stepBack, onKey };
}
