/**
 * The timeline: relations placed by date along a strip (partial dates drawn over the span they
 * cover), undated ones in their own lane, a click on either selecting the relation; and a play
 * control that grows the network date by date (keyboard: space plays or pauses, arrows step).
 */
import { useMemo, type KeyboardEvent } from 'react';
import { RELATION_KIND_LABELS } from '../../model/vocabulary.ts';
import { useController } from '../graph/controller-context.ts';
import { useAppState } from '../state/store.ts';
import { framesOf } from './layers.ts';
import { useDatasetAnalysis } from './data.ts';
import { selectRelationHere } from './RelationItems.tsx';
import { setTimeline, stopTimeline, useAnalysis } from './state.ts';
import { formatSpan, strip } from '../../graph/timeline-model.ts';
import './analysis.css';

const ROW_HEIGHT = 20;
const AXIS_HEIGHT = 28;
const SPEEDS = [0.5, 1, 2, 4];

const PRECISION_TEXT = { day: 'day', month: 'whole month', year: 'whole year' } as const;

export function TimelinePanel() {
  const analysis = useDatasetAnalysis();
  const controller = useController();
  const tl = useAnalysis((s) => s.timeline);
  const selection = useAppState((s) => s.selection.selection);
  const model = useMemo(() => (analysis ? strip(analysis.timeline) : undefined), [analysis]);
  const frames = useMemo(
    () => (analysis ? framesOf(analysis, tl.withUndated) : []),
    [analysis, tl.withUndated],
  );
  if (!analysis || !model) return <p className="an-empty">No dataset.</p>;

  const last = frames.length - 1;
  const growing = tl.frame !== undefined;
  const frameIndex = tl.frame === undefined ? last : Math.min(tl.frame, last);
  const frame = frames[frameIndex];
  const reached = (id: string): boolean => !growing || (frame?.relations.has(id) ?? true);
  const selectedRelation = selection?.type === 'relation' ? selection.id : undefined;
  const datedCount = analysis.timeline.dated.length;
  const shownDated = growing
    ? analysis.timeline.dated.filter((e) => frame?.relations.has(e.relation)).length
    : datedCount;

  const go = (i: number): void => {
    setTimeline({ frame: Math.max(0, Math.min(last, i)), playing: false });
  };
  const play = (): void => {
    if (tl.playing) setTimeline({ playing: false });
    else setTimeline({ playing: true, frame: !growing || frameIndex >= last ? 0 : frameIndex });
  };
  const stepForward = (): void => go(growing ? frameIndex + 1 : 1);
  const stepBack = (): void => go(growing ? frameIndex - 1 : last - 1);
  const onKey = (e: KeyboardEvent): void => {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'SELECT' || tag === 'INPUT') return;
    if (e.key === ' ') {
      e.preventDefault();
      play();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      stepForward();
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      stepBack();
    } else if (e.key === 'Home') {
      e.preventDefault();
      go(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      go(last);
    }
  };

  const asOfX =
    growing && frame?.date !== undefined
      ? model.items.find((i) => i.date === frame.date)?.x0
      : undefined;
  const height = model.rows * ROW_HEIGHT + AXIS_HEIGHT + 4;

  return (
    <div className="an-panel" data-testid="timeline-panel">
      <h3>Timeline</h3>
      <div
        className="an-play"
        role="group"
        aria-label="Play control: space plays or pauses, arrows step"
        tabIndex={0}
        onKeyDown={onKey}
        data-testid="play-control"
      >
        <button type="button" aria-label="To the start" onClick={() => go(0)}>
          Start
        </button>
        <button type="button" aria-label="Step back" data-testid="step-back" onClick={stepBack}>
          ◀
        </button>
        <button
          type="button"
          aria-label={tl.playing ? 'Pause' : 'Play'}
          aria-pressed={tl.playing}
          data-testid="play"
          onClick={play}
        >
          {tl.playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          aria-label="Step forward"
          data-testid="step-forward"
          onClick={stepForward}
        >
          ▶
        </button>
        <button type="button" aria-label="To the end" data-testid="to-end" onClick={() => go(last)}>
          End
        </button>
        <label className="field">
          <span className="field-label">Speed</span>
          <select
            value={tl.speed}
            aria-label="Speed (steps per second)"
            onChange={(e) => setTimeline({ speed: Number(e.target.value) })}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <output data-testid="as-of" aria-live="polite">
          {growing ? `As of ${frame?.label ?? ''}` : 'Whole network'}
        </output>
      </div>
      <div className="an-row">
        <label className="check">
          <input
            type="checkbox"
            checked={tl.withUndated}
            data-testid="with-undated"
            onChange={(e) => setTimeline({ withUndated: e.target.checked })}
          />
          Undated relations come in last
        </label>
        {growing && (
          <button type="button" className="link" onClick={() => stopTimeline()}>
            Show the whole network
          </button>
        )}
      </div>
      <p className="an-help">
        {growing
          ? `${shownDated} of ${datedCount} dated relations shown (step ${frameIndex} of ${last}).`
          : `${datedCount} dated relation${datedCount === 1 ? '' : 's'}; play to grow the network through time.`}
      </p>

      {model.items.length > 0 ? (
        <div className="an-strip" data-testid="timeline-strip" onKeyDown={onKey}>
          <div className="an-strip-inner" style={{ height: `${height}px` }}>
            {model.ticks.map((t, i) => (
              <span
                key={i}
                className={`an-tick${t.major ? ' major' : ''}`}
                style={{ left: `${t.x * 100}%` }}
                aria-hidden="true"
              >
                {t.label !== '' && <span className="an-tick-label">{t.label}</span>}
                {t.year !== undefined && <span className="an-tick-year">{t.year}</span>}
              </span>
            ))}
            {asOfX !== undefined && (
              <span className="an-asof" style={{ left: `${asOfX * 100}%` }} aria-hidden="true" />
            )}
            {model.items.map((item) => {
              const r = analysis.relations.get(item.relation);
              const kind = r ? RELATION_KIND_LABELS[r.kind] : '';
              const when = formatSpan(item.date, item.endDate);
              return (
                <button
                  key={item.relation}
                  type="button"
                  data-relation={item.relation}
                  className={`an-bar prec-${item.precision}${reached(item.relation) ? '' : ' an-future'}`}
                  aria-current={selectedRelation === item.relation}
                  aria-label={`${item.relation}: ${kind}, ${when} (${PRECISION_TEXT[item.precision]})`}
                  title={`${item.relation}\n${kind}, ${when}${r?.summary !== undefined ? `\n${r.summary}` : ''}`}
                  style={{
                    left: `${item.x0 * 100}%`,
                    width: `${Math.max(0, (item.x1 - item.x0) * 100)}%`,
                    top: `${item.row * ROW_HEIGHT + 2}px`,
                  }}
                  onClick={() => selectRelationHere(controller, item.relation)}
                />
              );
            })}
          </div>
        </div>
      ) : (
        <p className="an-empty">No relation has a date.</p>
      )}
      <div className="an-precision-key" aria-hidden="true">
        <span>
          <span className="an-bar prec-day" /> day
        </span>
        <span>
          <span className="an-bar prec-month" /> month
        </span>
        <span>
          <span className="an-bar prec-year" /> year (partial dates drawn over the span they cover)
        </span>
      </div>
      {analysis.timeline.undated.length > 0 && (
        <div className="an-undated" data-testid="timeline-undated">
          <p className="an-undated-title">undated: {analysis.timeline.undated.length}</p>
          {analysis.timeline.undated.map((id) => {
            const r = analysis.relations.get(id);
            return (
              <button
                key={id}
                type="button"
                data-relation={id}
                className={reached(id) ? undefined : 'an-future'}
                aria-current={selectedRelation === id}
                title={r?.summary}
                onClick={() => selectRelationHere(controller, id)}
              >
                {id}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
