/**
 * The mediators lens: a toggle that sizes the graph's nodes by a chosen score (with the legend of
 * the scale) and rings the explicit mediators; a ranked table of each actor's roles, every number a
 * button that lists what earned it (relations, brokered triples, or the pairs an actor lies between)
 * and shows it on the graph.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset, Relation } from '../../model/schema.ts';
import { betweennessTrace, type BetweennessSample } from '../../graph/centrality.ts';
import {
  BROKERAGE_ROLES,
  brokerageOfActor,
  relationsByActor,
  type BrokerageTriple,
} from '../../graph/brokerage.ts';
import { useController } from '../graph/controller-context.ts';
import { LENS_MAX, LENS_MIN } from './layers.ts';
import { installScores, nameOf, useDatasetAnalysis, type DatasetAnalysis } from './data.ts';
import { mediatorScoresInWorker } from './mediators-async.ts';
import {
  evidenceOf,
  formatScore,
  legendStops,
  lensRows,
  scoreOf,
  sizeScale,
  SCORE_KEYS,
  SCORE_LABELS,
  type LensRow,
  type ScoreKey,
} from '../../graph/lens-model.ts';
import { RelationItems, selectRelationHere } from './RelationItems.tsx';
import { setLens, toggleHighlight, useAnalysis, type Highlight } from './state.ts';
import './analysis.css';

const ROLE_SHORT: Record<(typeof BROKERAGE_ROLES)[number], string> = {
  coordinator: 'Coo',
  itinerant: 'Iti',
  gatekeeper: 'Gat',
  representative: 'Rep',
  liaison: 'Lia',
};

interface Chosen {
  actor: string;
  key: ScoreKey;
}

const byActor = new WeakMap<DatasetAnalysis, Map<string, Relation[]>>();

/**
 * The row with its brokerage triples: scores from the worker keep none (millions at 20,000 actors),
 * so one actor's are computed when asked for, from its relations and its in-neighbours'.
 */
function withTriples(a: DatasetAnalysis, row: LensRow): LensRow {
  if (!a.installed || row.brokerageTotal === 0 || row.brokerageTriples.length > 0) return row;
  let relationsOf = byActor.get(a);
  if (!relationsOf) {
    relationsOf = relationsByActor(a.dataset.relations);
    byActor.set(a, relationsOf);
  }
  const b = brokerageOfActor(a.dataset, row.actor, { relationsOf });
  return { ...row, brokerageTriples: b.triples };
}

function highlightFor(a: DatasetAnalysis, shown: LensRow, key: ScoreKey): Highlight {
  const label = `${SCORE_LABELS[key]} of ${shown.name}`;
  const hkey = `lens:${shown.actor}:${key}`;
  const row = key === 'betweenness' || key === 'mediatorRoles' ? shown : withTriples(a, shown);
  if (key === 'betweenness' && a.detailed.betweennessSampled) {
    // Estimated: the pairs behind the number are not traced (one search per actor of the network).
    return { key: hkey, label, actors: [row.actor], relations: [], ends: [row.actor] };
  }
  if (key === 'betweenness') {
    const trace = betweennessTrace(a.dataset, row.actor);
    const others = trace.pairs.flatMap((p) => [p.s, p.t]);
    return {
      key: hkey,
      label,
      actors: [row.actor, ...others],
      relations: [],
      // The actor's own links in those relations, not the whole relations.
      steps: trace.relations.map((relation) => ({
        relation,
        actors: [row.actor, ...others],
        through: row.actor,
      })),
      ends: [row.actor],
    };
  }
  if (key === 'mediatorRoles') {
    return {
      key: hkey,
      label,
      actors: [row.actor],
      relations: row.mediatorRelations,
      ends: [row.actor],
    };
  }
  const ev = evidenceOf(row, key);
  return {
    key: hkey,
    label,
    actors: [row.actor, ...ev.triples.flatMap((t) => [t.a, t.c])],
    relations: [],
    steps: ev.triples.flatMap(tripleSteps),
    ends: [row.actor],
  };
}

/** The two arcs of a brokered triple: a → broker by its in-relations, broker → c by its out-relations. */
function tripleSteps(t: BrokerageTriple): NonNullable<Highlight['steps']> {
  return [
    ...t.relationsIn.map((relation) => ({ relation, actors: [t.a, t.broker] })),
    ...t.relationsOut.map((relation) => ({ relation, actors: [t.broker, t.c] })),
  ];
}

function TripleList({
  analysis,
  triples,
}: {
  analysis: DatasetAnalysis;
  triples: BrokerageTriple[];
}) {
  const pressed = useAnalysis((s) => s.highlight?.key);
  const [shown, setShown] = useState(ROWS_SHOWN);
  const name = (id: string): string => nameOf(analysis, id);
  return (
    <>
      <ul className="an-list" data-testid="lens-triples">
        {triples.slice(0, shown).map((t) => {
          const key = `triple:${t.a}>${t.broker}>${t.c}`;
          return (
            <li key={key}>
              <button
                type="button"
                className="an-item"
                aria-pressed={pressed === key}
                onClick={() =>
                  toggleHighlight({
                    key,
                    label: `${name(t.a)} → ${name(t.broker)} → ${name(t.c)}`,
                    actors: [t.a, t.broker, t.c],
                    relations: [],
                    steps: tripleSteps(t),
                    ends: [t.broker],
                  })
                }
              >
                <span className="an-chain">
                  {name(t.a)} <span className="an-arrow">→</span> <strong>{name(t.broker)}</strong>{' '}
                  <span className="an-arrow">→</span> {name(t.c)}
                </span>
                <span className="an-meta">
                  {t.role}: in by {t.relationsIn.join(', ')}; out by {t.relationsOut.join(', ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {triples.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + ROWS_SHOWN)}>
          Show {Math.min(ROWS_SHOWN, triples.length - shown)} more ({shown.toLocaleString('en-US')}{' '}
          of {triples.length.toLocaleString('en-US')} shown)
        </button>
      )}
    </>
  );
}

function Evidence({
  analysis,
  row,
  scoreKey,
}: {
  analysis: DatasetAnalysis;
  row: LensRow;
  scoreKey: ScoreKey;
}) {
  const controller = useController();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const title = `${SCORE_LABELS[scoreKey]} of ${row.name}: ${formatScore(scoreOf(row, scoreKey))}`;
  const choose = (id: string): void => {
    setSelected(id);
    selectRelationHere(controller, id);
  };
  if (scoreKey === 'betweenness' && analysis.detailed.betweennessSampled) {
    return (
      <section aria-live="polite" data-testid="lens-evidence">
        <h4>{title}</h4>
        <p className="an-help">
          An estimate from sampled sources: the pairs of actors behind it are not listed on a
          network this large.
        </p>
      </section>
    );
  }
  if (scoreKey === 'betweenness') {
    const trace = betweennessTrace(analysis.dataset, row.actor);
    return (
      <section aria-live="polite" data-testid="lens-evidence">
        <h4>{title}</h4>
        <p className="an-help">
          The pairs of actors whose shortest paths run through {row.name}, with the share of those
          paths (they add up to the score):
        </p>
        <ul className="an-list an-pairs">
          {trace.pairs.map((p) => (
            <li key={`${p.s}|${p.t}`}>
              {nameOf(analysis, p.s)} — {nameOf(analysis, p.t)}:{' '}
              <span className="an-meta">{formatScore(p.share)}</span>
            </li>
          ))}
        </ul>
        <p className="an-help">The relations that carry those paths through {row.name}:</p>
        <RelationItems
          ids={trace.relations}
          relations={analysis.relations}
          selected={selected}
          onChoose={choose}
          testId="lens-relations"
        />
      </section>
    );
  }
  const ev = evidenceOf(withTriples(analysis, row), scoreKey);
  return (
    <section aria-live="polite" data-testid="lens-evidence">
      <h4>{title}</h4>
      {ev.triples.length > 0 && (
        <>
          <p className="an-help">
            Open two-paths through {row.name} (source → broker → destination), by the blocs of the
            three:
          </p>
          <TripleList analysis={analysis} triples={ev.triples} />
        </>
      )}
      <p className="an-help">The relations behind {ev.triples.length > 0 ? 'them' : 'it'}:</p>
      <RelationItems
        ids={ev.relations}
        relations={analysis.relations}
        selected={selected}
        onChoose={choose}
        testId="lens-relations"
      />
    </section>
  );
}

function ScoreButton({
  analysis,
  row,
  scoreKey,
  chosen,
  onChoose,
}: {
  analysis: DatasetAnalysis;
  row: LensRow;
  scoreKey: ScoreKey;
  chosen: Chosen | undefined;
  onChoose: (c: Chosen | undefined) => void;
}) {
  const value = scoreOf(row, scoreKey);
  const on = chosen?.actor === row.actor && chosen.key === scoreKey;
  return (
    <button
      type="button"
      data-zero={value === 0}
      data-score={scoreKey}
      aria-pressed={on}
      aria-label={`${row.name}, ${SCORE_LABELS[scoreKey].toLowerCase()}: ${formatScore(value)}. Show why.`}
      onClick={() => {
        onChoose(on ? undefined : { actor: row.actor, key: scoreKey });
        toggleHighlight(highlightFor(analysis, row, scoreKey));
      }}
    >
      {formatScore(value)}
    </button>
  );
}

/** Above this many actors the scores (betweenness is O(V·E)) are computed on request only, in a worker. */
export const SCORE_ON_REQUEST = 2000;

type Job =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number; controller: AbortController }
  | { state: 'failed'; message: string };

/** Starts the worker; the job's state follows its progress, its end, its failure or a cancel. */
function startJob(dataset: Dataset, setJob: (j: Job) => void, onDone: () => void): AbortController {
  const controller = new AbortController();
  setJob({ state: 'running', done: 0, total: 0, controller });
  mediatorScoresInWorker(dataset, {
    signal: controller.signal,
    onProgress: ({ done, total }) =>
      !controller.signal.aborted && setJob({ state: 'running', done, total, controller }),
  }).then(
    (scores) => {
      installScores(dataset, scores);
      onDone();
    },
    (e: unknown) => {
      if (controller.signal.aborted) return;
      setJob({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
    },
  );
  return controller;
}

export function MediatorsPanel() {
  const analysis = useDatasetAnalysis();
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const [, setFinished] = useState(0);
  const running = job.state === 'running' ? job.controller : undefined;
  // Leaving the panel (or the dataset) cancels a computation under way.
  useEffect(() => () => running?.abort(), [running, analysis]);
  if (analysis && !analysis.scored && analysis.dataset.actors.length > SCORE_ON_REQUEST) {
    const start = (): void => {
      startJob(analysis.dataset, setJob, () => setFinished((n) => n + 1));
    };
    const cancel = (): void => {
      running?.abort();
      setJob({ state: 'idle' });
    };
    return <ComputeScores analysis={analysis} job={job} onStart={start} onCancel={cancel} />;
  }
  return <MediatorsContent />;
}

function ComputeScores({
  analysis,
  job,
  onStart,
  onCancel,
}: {
  analysis: DatasetAnalysis;
  job: Job;
  onStart: () => void;
  onCancel: () => void;
}) {
  const n = analysis.dataset.actors.length.toLocaleString('en-US');
  return (
    <div className="an-panel" data-testid="mediators-panel">
      <h3>Mediators</h3>
      <p className="an-help">
        {n} actors: betweenness and brokerage take a while on a network this large. They are
        computed in the background; the page keeps answering.
      </p>
      {job.state === 'running' ? (
        <div className="an-row" data-testid="mediators-progress">
          <progress
            max={Math.max(1, job.total)}
            value={job.done}
            aria-label="Computing the mediator scores"
          />
          <span className="an-meta">
            {job.total === 0
              ? 'Preparing…'
              : `${job.done.toLocaleString('en-US')} of ${job.total.toLocaleString('en-US')} betweenness searches`}
          </span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          {job.state === 'failed' && (
            <p className="an-empty" role="alert">
              The scores could not be computed: {job.message}
            </p>
          )}
          <button type="button" onClick={onStart}>
            Compute the mediator scores
          </button>
        </>
      )}
    </div>
  );
}

function MediatorsContent() {
  const analysis = useDatasetAnalysis();
  const lens = useAnalysis((s) => s.lens);
  const [chosen, setChosen] = useState<Chosen | undefined>(undefined);
  const rows = useMemo(
    () =>
      analysis ? lensRows(analysis.dataset, analysis.detailed, lens.score, analysis.brokerage) : [],
    [analysis, lens.score],
  );
  if (!analysis) return <p className="an-empty">No dataset.</p>;
  const chosenRow = chosen && rows.find((r) => r.actor === chosen.actor);
  return (
    <div className="an-panel" data-testid="mediators-panel">
      <h3>Mediators</h3>
      <LensControls on={lens.on} score={lens.score} />
      <LensLegend rows={rows} score={lens.score} />
      <p className="an-help">
        Area ∝ {SCORE_LABELS[lens.score].toLowerCase()} (legend at half scale). Groups drawn as
        boxes keep their size. Betweenness: on the actor network, each pair once. Brokerage
        (Gould–Fernandez) by bloc: Coo coordinator, Iti itinerant, Gat gatekeeper, Rep
        representative, Lia liaison.
      </p>
      {analysis.detailed.betweennessSampled && (
        <SampledNote sample={analysis.detailed.betweennessSampled} />
      )}
      {rows.length === 0 ? (
        <p className="an-empty">No actor mediates or brokers in this dataset.</p>
      ) : (
        <RankTable
          analysis={analysis}
          rows={rows}
          score={lens.score}
          chosen={chosen}
          onChoose={setChosen}
        />
      )}
      {chosen && chosenRow && (
        <Evidence analysis={analysis} row={chosenRow} scoreKey={chosen.key} />
      )}
    </div>
  );
}

function SampledNote({ sample }: { sample: BetweennessSample }) {
  const f = (n: number): string => n.toLocaleString('en-US');
  return (
    <p className="an-help" data-testid="betweenness-sampled">
      Betweenness estimated from {f(sample.sources)} sampled sources (of {f(sample.eligible)}, seed{' '}
      {sample.seed}): on a network this large the exact value would take minutes. The same dataset
      always gives the same estimates.
    </p>
  );
}

/** The lens toggle and the score it sizes the nodes by. */
function LensControls({ on, score }: { on: boolean; score: ScoreKey }) {
  return (
    <div className="an-row">
      <button
        type="button"
        aria-pressed={on}
        data-testid="lens-toggle"
        onClick={() => setLens({ on: !on })}
      >
        {on ? 'Lens on: nodes sized' : 'Size nodes by score'}
      </button>
      <label>
        Score
        <select
          value={score}
          data-testid="lens-score"
          onChange={(e) => setLens({ score: e.target.value as ScoreKey })}
        >
          {SCORE_KEYS.map((k) => (
            <option key={k} value={k}>
              {SCORE_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The node sizes of the scale, at half scale, and the explicit mediators' ring. */
function LensLegend({ rows, score }: { rows: LensRow[]; score: ScoreKey }) {
  const scale = useMemo(
    () =>
      sizeScale(
        rows.map((r) => scoreOf(r, score)),
        LENS_MIN,
        LENS_MAX,
      ),
    [rows, score],
  );
  return (
    <div className="an-legend" aria-label={`Node size: ${SCORE_LABELS[score].toLowerCase()}`}>
      {legendStops(scale, score !== 'betweenness').map((s) => (
        <figure key={s.score}>
          <span
            className="an-dot"
            style={{ width: `${s.size / 2}px`, height: `${s.size / 2}px` }}
            aria-hidden="true"
          />
          <figcaption>{formatScore(s.score)}</figcaption>
        </figure>
      ))}
      <figure>
        <span className="an-ring-dot" aria-hidden="true" />
        <figcaption>explicit mediator</figcaption>
      </figure>
    </div>
  );
}

const COLUMNS: readonly ScoreKey[] = [
  'mediatorRoles',
  'betweenness',
  ...BROKERAGE_ROLES,
  'brokerage',
];

interface RankProps {
  analysis: DatasetAnalysis;
  rows: LensRow[];
  score: ScoreKey;
  chosen: Chosen | undefined;
  onChoose: (c: Chosen | undefined) => void;
}

/** The actors ranked by the score, every number a button that shows what earned it. */
/** Rows drawn at first, and added by each "Show more": 20,000 rows of buttons would hold the page. */
const ROWS_SHOWN = 200;

function RankTable({ analysis, rows: all, score, chosen, onChoose }: RankProps) {
  const [shown, setShown] = useState(ROWS_SHOWN);
  const rows = all.length > shown ? all.slice(0, shown) : all;
  return (
    <div className="an-rank-wrap">
      <table className="an-rank" data-testid="lens-table">
        <caption className="visually-hidden">
          Actors ranked by {SCORE_LABELS[score].toLowerCase()}; each number lists what earned it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col" title="Mediator roles">
              Med
            </th>
            <th scope="col" title="Betweenness">
              Betw
            </th>
            {BROKERAGE_ROLES.map((r) => (
              <th key={r} scope="col" title={`Brokerage: ${r}`}>
                {ROLE_SHORT[r]}
              </th>
            ))}
            <th scope="col" title="Brokerage, all roles">
              Σ
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.actor}
              data-actor={row.actor}
              className={chosen?.actor === row.actor ? 'an-chosen' : undefined}
            >
              <th scope="row">
                {row.name}
                {row.mediatorRoles > 0 && (
                  <span className="an-ringed-mark" title="explicit mediator">
                    {' '}
                    ◎
                  </span>
                )}
              </th>
              {COLUMNS.map((k) => (
                <td key={k}>
                  <ScoreButton
                    analysis={analysis}
                    row={row}
                    scoreKey={k}
                    chosen={chosen}
                    onChoose={onChoose}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {all.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + ROWS_SHOWN)}>
          Show {Math.min(ROWS_SHOWN, all.length - shown)} more ({shown.toLocaleString('en-US')} of{' '}
          {all.length.toLocaleString('en-US')} shown)
        </button>
      )}
    </div>
  );
}
