/**
 * The timeline: relations placed by date along a strip (partial dates drawn over the span they
 * cover), undated ones in their own lane, a click on either selecting the relation; and a play
 * control that grows the network date by date (keyboard: space plays or pauses, arrows step).
 */
import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import type { Relation } from '../../model/schema.ts';
import { RELATION_KIND_LABELS } from '../../model/vocabulary.ts';
import { relationTitle } from '../../model/title.ts';
import { relationColour } from '../../cy/palette.ts';
import { strip, type StripItem, type Strip } from '../../graph/timeline-model.ts';
import { useController } from '../graph/controller-context.ts';
import { useAppState } from '../state/store.ts';
import { asOfText, framesOf } from './layers.ts';
import { useDatasetAnalysis, type DatasetAnalysis } from './data.ts';
import { playMoves, playPosition, type PlayMoves, type PlayPosition } from './play-control.ts';
import { selectRelationHere } from './RelationItems.tsx';
import { setTimeline, stopTimeline, useAnalysis, type AnalysisState } from './state.ts';
import './analysis.css';

const ROW_HEIGHT = 20;
const AXIS_HEIGHT = 28;
const SPEEDS = [0.5, 1, 2, 4];

const PRECISION_TEXT = { day: 'day', month: 'whole month', year: 'whole year' } as const;

type TimelineState = AnalysisState['timeline'];

export function TimelinePanel() {
  const analysis = useDatasetAnalysis();
  const tl = useAnalysis((s) => s.timeline);
  const model = useMemo(() => (analysis ? strip(analysis.timeline) : undefined), [analysis]);
  const frames = useMemo(
    () => (analysis ? framesOf(analysis, tl.withUndated) : []),
    [analysis, tl.withUndated],
  );
  if (!analysis || !model) return <p className="an-empty">No dataset.</p>;

  const pos = playPosition(frames, tl);
  const moves = playMoves(pos, tl.playing);
  const { growing, frame } = pos;
  const reached = (id: string): boolean => !growing || (frame?.relations.has(id) ?? true);

  return (
    <div className="an-panel" data-testid="timeline-panel">
      <h3>Timeline</h3>
      <PlayControl tl={tl} pos={pos} moves={moves} />
      <UndatedOption tl={tl} growing={growing} />
      <PlayHelp analysis={analysis} pos={pos} />
      {model.items.length > 0 ? (
        <TimelineStrip
          analysis={analysis}
          model={model}
          pos={pos}
          reached={reached}
          onKey={moves.onKey}
        />
      ) : (
        <p className="an-empty">No relation has a date.</p>
      )}
      <PrecisionKey />
      <UndatedLane analysis={analysis} reached={reached} />
    </div>
  );
}

function PlayControl({
  tl,
  pos,
  moves,
}: {
  tl: TimelineState;
  pos: PlayPosition;
  moves: PlayMoves;
}) {
  const { go, play, stepBack, stepForward, onKey } = moves;
  return (
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
      <button
        type="button"
        aria-label="To the end"
        data-testid="to-end"
        onClick={() => go(pos.last)}
      >
        End
      </button>
      <SpeedSelect speed={tl.speed} />
      <output data-testid="as-of" aria-live="polite">
        {pos.growing ? asOfText(pos.frame?.label ?? '') : 'Whole network'}
      </output>
    </div>
  );
}

function SpeedSelect({ speed }: { speed: number }) {
  return (
    <label className="field">
      <span className="field-label">Speed</span>
      <select
        value={speed}
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
  );
}

function UndatedOption({ tl, growing }: { tl: TimelineState; growing: boolean }) {
  return (
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
  );
}

function PlayHelp({ analysis, pos }: { analysis: DatasetAnalysis; pos: PlayPosition }) {
  const { growing, frame, frameIndex, last } = pos;
  const datedCount = analysis.timeline.dated.length;
  const shownDated = growing
    ? analysis.timeline.dated.filter((e) => frame?.relations.has(e.relation)).length
    : datedCount;
  return (
    <p className="an-help">
      {growing
        ? `${shownDated} of ${datedCount} dated relations shown (step ${frameIndex} of ${last}).`
        : `${datedCount} dated relation${datedCount === 1 ? '' : 's'}; play to grow the network through time.`}
    </p>
  );
}

interface StripProps {
  analysis: DatasetAnalysis;
  model: Strip;
  pos: PlayPosition;
  reached: (id: string) => boolean;
  onKey: (e: KeyboardEvent) => void;
}

function TimelineStrip({ analysis, model, pos, reached, onKey }: StripProps) {
  const controller = useController();
  const selection = useAppState((s) => s.selection.selection);
  const selectedRelation = selection?.type === 'relation' ? selection.id : undefined;
  const asOfX =
    pos.growing && pos.frame?.date !== undefined
      ? model.items.find((i) => i.date === pos.frame?.date)?.x0
      : undefined;
  const height = model.rows * ROW_HEIGHT + AXIS_HEIGHT + 4;
  return (
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
        {model.items.map((item) => (
          <StripBar
            key={item.relation}
            item={item}
            relation={analysis.relations.get(item.relation)}
            reached={reached(item.relation)}
            selected={selectedRelation === item.relation}
            onSelect={() => selectRelationHere(controller, item.relation)}
          />
        ))}
      </div>
    </div>
  );
}

interface BarProps {
  item: StripItem;
  relation: Relation | undefined;
  reached: boolean;
  selected: boolean;
  onSelect: () => void;
}

function StripBar({ item, relation: r, reached, selected, onSelect }: BarProps) {
  const theme = useAppState((st) => st.view.theme);
  const kind = r ? RELATION_KIND_LABELS[r.kind] : '';
  const name = r ? relationTitle(r) : item.relation;
  const when = item.when;
  const style: CSSProperties & Record<'--kind', string> = {
    left: `${item.x0 * 100}%`,
    width: `${Math.max(0, (item.x1 - item.x0) * 100)}%`,
    top: `${item.row * ROW_HEIGHT + 2}px`,
    '--kind': r ? relationColour(r.kind, theme) : 'var(--accent)',
  };
  return (
    <button
      type="button"
      data-relation={item.relation}
      className={`an-bar prec-${item.precision}${reached ? '' : ' an-future'}`}
      aria-current={selected}
      aria-label={`${name}: ${kind}, ${when} (${PRECISION_TEXT[item.precision]})`}
      title={`${name}\n${kind}, ${when}${r?.summary !== undefined ? `\n${r.summary}` : ''}`}
      style={style}
      onClick={onSelect}
    >
      <span className="an-bar-label" aria-hidden="true">
        {name}
      </span>
    </button>
  );
}

function PrecisionKey() {
  return (
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
  );
}

function UndatedLane({
  analysis,
  reached,
}: {
  analysis: DatasetAnalysis;
  reached: (id: string) => boolean;
}) {
  const controller = useController();
  const selection = useAppState((s) => s.selection.selection);
  const selectedRelation = selection?.type === 'relation' ? selection.id : undefined;
  if (analysis.timeline.undated.length === 0) return null;
  return (
    <div className="an-undated" data-testid="timeline-undated">
      <p className="an-undated-title">undated: {analysis.timeline.undated.length}</p>
      {analysis.timeline.undated.map((id) => (
        <button
          key={id}
          type="button"
          data-relation={id}
          className={reached(id) ? undefined : 'an-future'}
          aria-current={selectedRelation === id}
          title={analysis.relations.get(id)?.summary}
          onClick={() => selectRelationHere(controller, id)}
        >
          {(() => {
            const r = analysis.relations.get(id);
            return r ? relationTitle(r) : id;
          })()}
        </button>
      ))}
    </div>
  );
}
