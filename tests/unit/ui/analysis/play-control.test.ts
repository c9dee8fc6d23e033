import { describe, expect, it } from 'vitest';
import type { KeyboardEvent } from 'react';
import type { PlayFrame } from '../../../../src/graph/timeline-model.ts';
import { playMoves, playPosition } from '../../../../src/ui/analysis/play-control.ts';
import { analysisState, setTimeline, stopTimeline } from '../../../../src/ui/analysis/state.ts';

function frames(n: number): PlayFrame[] {
  return Array.from({ length: n }, (_, i) => ({ label: `f${i}` }) as unknown as PlayFrame);
}

function key(k: string, tagName = 'DIV'): KeyboardEvent & { prevented: boolean } {
  const e = {
    key: k,
    target: { tagName },
    prevented: false,
    preventDefault() {
      e.prevented = true;
    },
  };
  return e as unknown as KeyboardEvent & { prevented: boolean };
}

describe('playPosition', () => {
  it('shows the last frame (the whole network) when not grown', () => {
    const p = playPosition(frames(4), { playing: false, speed: 1, withUndated: true });
    expect(p).toMatchObject({ last: 3, growing: false, frameIndex: 3 });
  });

  it('keeps a chosen frame within the frames there are', () => {
    const tl = { frame: 9, playing: false, speed: 1, withUndated: true };
    expect(playPosition(frames(4), tl)).toMatchObject({ growing: true, frameIndex: 3 });
  });
});

describe('playMoves', () => {
  const tl = { playing: false, speed: 1, withUndated: true };

  it('steps from the whole network to frame 1 forward and to the one before last back', () => {
    stopTimeline();
    playMoves(playPosition(frames(5), tl), false).stepForward();
    expect(analysisState().timeline.frame).toBe(1);
    stopTimeline();
    playMoves(playPosition(frames(5), tl), false).stepBack();
    expect(analysisState().timeline.frame).toBe(3);
  });

  it('plays from the start when at the end, and keys move it (not inside a select)', () => {
    stopTimeline();
    const moves = playMoves(playPosition(frames(5), tl), false);
    const space = key(' ');
    moves.onKey(space);
    expect(space.prevented).toBe(true);
    expect(analysisState().timeline).toMatchObject({ playing: true, frame: 0 });
    setTimeline({ frame: 2, playing: false });
    const inSelect = key('End', 'SELECT');
    moves.onKey(inSelect);
    expect(inSelect.prevented).toBe(false);
    expect(analysisState().timeline.frame).toBe(2);
    moves.onKey(key('End'));
    expect(analysisState().timeline.frame).toBe(4);
    moves.onKey(key('Home'));
    expect(analysisState().timeline.frame).toBe(0);
  });
});
