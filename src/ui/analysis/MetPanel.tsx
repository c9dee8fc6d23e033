/**
 * "Who met whom": pick two actors, see their meetings (face to face, or through a delegation), their
 * other direct relations, and the chains of relations between them through intermediaries (the
 * shortest, and the time-respecting ones, optionally "by" a date), each highlighted on the graph
 * when chosen; then the meetings matrix.
 */
import { useEffect, useMemo } from 'react';
import {
  paths,
  type Chain,
  type ChainList,
  type DirectRelation,
  type PathsResult,
  type TimedChain,
} from '../../graph/paths.ts';
import { isPartialDate } from '../../model/dates.ts';
import { RELATION_KIND_LABELS } from '../../model/vocabulary.ts';
import { useDatasetAnalysis, nameOf, type DatasetAnalysis } from './data.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { MeetingsMatrix } from './MeetingsMatrix.tsx';
import { relationMeta } from './RelationItems.tsx';
import { setHighlight, setMet, toggleHighlight, useAnalysis, type Highlight } from './state.ts';
import { formatPartialDate } from '../../graph/timeline-model.ts';
import { relationTitle } from '../../model/title.ts';
import './analysis.css';

function viaText(a: DatasetAnalysis, via: readonly string[]): string {
  return via.length === 0 ? '' : ` (with the ${via.map((v) => nameOf(a, v)).join(', ')})`;
}

/** The highlight of a pair's direct relations (their meetings, by default). */
function directHighlight(
  a: DatasetAnalysis,
  x: string,
  y: string,
  direct: readonly DirectRelation[],
  key: string,
  label: string,
): Highlight {
  return {
    key,
    label,
    actors: [x, y, ...direct.flatMap((d) => [...d.aVia, ...d.bVia])],
    relations: direct.map((d) => d.relation),
    ends: [x, y],
  };
}

/** A chain step's relation by its human name, so that two chains through different relations read apart. */
function stepTitle(
  a: DatasetAnalysis,
  id: string,
  kind: keyof typeof RELATION_KIND_LABELS,
): string {
  const r = a.relations.get(id);
  return r ? relationTitle(r) : RELATION_KIND_LABELS[kind].toLowerCase();
}

function chainHighlight(a: DatasetAnalysis, chain: Chain, key: string): Highlight {
  return {
    key,
    label: `Chain ${chain.actors.map((id) => nameOf(a, id)).join(' → ')}`,
    actors: [...chain.actors, ...chain.steps.flatMap((s) => [...s.fromVia, ...s.toVia])],
    relations: [],
    // Only each step's own link (with the delegations it went through), not the whole relation.
    steps: chain.steps.map((s) => ({
      relation: s.relation,
      actors: [s.from, s.to, ...s.fromVia, ...s.toVia],
    })),
    ends: [chain.actors[0] ?? '', chain.actors[chain.actors.length - 1] ?? ''],
  };
}

function ChainButton({
  analysis,
  chain,
  hkey,
  pressed,
}: {
  analysis: DatasetAnalysis;
  chain: Chain | TimedChain;
  hkey: string;
  pressed: boolean;
}) {
  const timed = 'arrival' in chain ? chain : undefined;
  return (
    <button
      type="button"
      className="an-item"
      aria-pressed={pressed}
      data-chain={chain.actors.join('>')}
      onClick={() => toggleHighlight(chainHighlight(analysis, chain, hkey))}
    >
      <span className="an-chain">
        <strong>{nameOf(analysis, chain.actors[0] ?? '')}</strong>
        {chain.steps.map((s, i) => (
          <span key={i} className="an-chain">
            <span className="an-arrow" title={RELATION_KIND_LABELS[s.kind]}>
              —{stepTitle(analysis, s.relation, s.kind)}→
            </span>
            <strong>{nameOf(analysis, s.to)}</strong>
          </span>
        ))}
      </span>
      {timed && (
        <span className="an-meta">
          reaches {nameOf(analysis, chain.actors[chain.actors.length - 1] ?? '')} by {timed.arrival}
          {timed.orderCertain ? '' : ' (order uncertain: some dates are partial)'}
        </span>
      )}
    </button>
  );
}

function ChainSection({
  analysis,
  title,
  list,
  prefix,
  pressedKey,
  empty,
}: {
  analysis: DatasetAnalysis;
  title: string;
  list: ChainList | ChainList<TimedChain>;
  prefix: string;
  pressedKey: string | undefined;
  empty: string;
}) {
  return (
    <>
      <h4>
        {title}
        {list.length > 0 &&
          `: ${list.chains.length}${list.truncated ? '+' : ''}, of ${list.length} step${list.length === 1 ? '' : 's'}`}
      </h4>
      {list.chains.length === 0 ? (
        <p className="an-empty">{empty}</p>
      ) : (
        <ul className="an-list" data-testid={`chains-${prefix}`}>
          {list.chains.map((c, i) => (
            <li key={i}>
              <ChainButton
                analysis={analysis}
                chain={c}
                hkey={`${prefix}:${i}`}
                pressed={pressedKey === `${prefix}:${i}`}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface PairProps {
  analysis: DatasetAnalysis;
  a: string;
  b: string;
}

/** The chains between a pair ("by" a date when it is one), and their meetings and other relations. */
function usePairPaths({ analysis, a, b }: PairProps, by: string) {
  const result = useMemo(
    () =>
      paths(
        analysis.dataset,
        a,
        b,
        by !== '' && isPartialDate(by) ? { by, limit: 50 } : { limit: 50 },
      ),
    [analysis, a, b, by],
  );
  const meetings = result.direct.filter((d) => d.kind === 'meeting');
  const others = result.direct.filter((d) => d.kind !== 'meeting');
  return { result, meetings, others };
}

/** The highlight of all the meetings of a pair. */
function meetingsHighlight(
  { analysis, a, b }: PairProps,
  meetings: readonly DirectRelation[],
): Highlight {
  const label = `Meetings of ${nameOf(analysis, a)} and ${nameOf(analysis, b)}`;
  return directHighlight(analysis, a, b, meetings, `met:${a}|${b}`, label);
}

function DirectItem({
  pair,
  d,
  kind,
  pressedKey,
}: {
  pair: PairProps;
  d: DirectRelation;
  kind: 'meeting' | 'direct';
  pressedKey: string | undefined;
}) {
  const { analysis, a, b } = pair;
  const r = analysis.relations.get(d.relation);
  const key = `${kind}:${d.relation}`;
  const an = nameOf(analysis, a);
  const bn = nameOf(analysis, b);
  return (
    <li data-relation={d.relation}>
      <button
        type="button"
        className="an-item"
        aria-pressed={pressedKey === key}
        onClick={() =>
          toggleHighlight(
            directHighlight(
              analysis,
              a,
              b,
              [d],
              key,
              `${r ? relationTitle(r) : d.relation}: ${an} and ${bn}`,
            ),
          )
        }
      >
        <strong>{r ? relationTitle(r) : d.relation}</strong>{' '}
        {r && <span className="an-meta">{relationMeta(r)}</span>}
        {(d.aVia.length > 0 || d.bVia.length > 0) && (
          <span className="an-meta">
            {' '}
            — {d.aVia.length > 0 ? `${an}${viaText(analysis, d.aVia)}` : ''}
            {d.aVia.length > 0 && d.bVia.length > 0 ? '; ' : ''}
            {d.bVia.length > 0 ? `${bn}${viaText(analysis, d.bVia)}` : ''}
          </span>
        )}
        {r?.summary !== undefined && <span className="an-summary">{r.summary}</span>}
      </button>
    </li>
  );
}

function DirectRelations({
  pair,
  meetings,
  others,
  pressedKey,
}: {
  pair: PairProps;
  meetings: readonly DirectRelation[];
  others: readonly DirectRelation[];
  pressedKey: string | undefined;
}) {
  const an = nameOf(pair.analysis, pair.a);
  const bn = nameOf(pair.analysis, pair.b);
  const item = (kind: 'meeting' | 'direct') => (d: DirectRelation) => (
    <DirectItem key={d.relation} pair={pair} d={d} kind={kind} pressedKey={pressedKey} />
  );
  return (
    <>
      <h4>
        Meetings ({meetings.length})
        {meetings.length > 1 && (
          <button
            type="button"
            className="link"
            onClick={() => setHighlight(meetingsHighlight(pair, meetings))}
          >
            {' '}
            show all
          </button>
        )}
      </h4>
      {meetings.length === 0 ? (
        <p className="an-empty">
          {an} and {bn} share no meeting.
        </p>
      ) : (
        <ul className="an-list" data-testid="met-meetings">
          {meetings.map(item('meeting'))}
        </ul>
      )}
      <h4>Other direct relations ({others.length})</h4>
      {others.length === 0 ? (
        <p className="an-empty">None.</p>
      ) : (
        <ul className="an-list" data-testid="met-direct">
          {others.map(item('direct'))}
        </ul>
      )}
    </>
  );
}

function ByDateField({ by, target }: { by: string; target: string }) {
  const byValid = by === '' || isPartialDate(by);
  return (
    <>
      <div className="an-row">
        <label>
          By date (optional)
          <input
            type="text"
            inputMode="numeric"
            placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
            value={by}
            aria-invalid={!byValid}
            aria-describedby="an-by-help"
            onChange={(e) => setMet({ by: e.target.value.trim() })}
          />
        </label>
      </div>
      <p id="an-by-help" className="an-help" role={byValid ? undefined : 'alert'}>
        {byValid
          ? by === ''
            ? 'Time-respecting chains: each step no earlier than the one before.'
            : `Time-respecting chains that reach ${target} by ${formatPartialDate(by)}.`
          : `“${by}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`}
      </p>
    </>
  );
}

function ChainResults({
  pair,
  result,
  by,
  pressedKey,
}: {
  pair: PairProps;
  result: PathsResult;
  by: string;
  pressedKey: string | undefined;
}) {
  const { analysis } = pair;
  const byDate = by !== '' && isPartialDate(by) ? ` by ${formatPartialDate(by)}` : '';
  const noChain = `No chain through intermediaries links ${nameOf(analysis, pair.a)} and ${nameOf(analysis, pair.b)}.`;
  const undated = result.undatedExcluded.length;
  return (
    <>
      <ChainSection
        analysis={analysis}
        title="Shortest chains"
        list={result.shortest}
        prefix="shortest"
        pressedKey={pressedKey}
        empty={noChain}
      />
      <ChainSection
        analysis={analysis}
        title="Time-respecting chains"
        list={result.timeRespecting}
        prefix="timed"
        pressedKey={pressedKey}
        empty={`No time-respecting chain${byDate}.`}
      />
      {result.earliestArrival !== undefined && (
        <ChainSection
          analysis={analysis}
          title={`Earliest arrival: ${result.earliestArrival}`}
          list={result.earliestArrivalChains}
          prefix="earliest"
          pressedKey={pressedKey}
          empty="None."
        />
      )}
      {undated > 0 && (
        <p className="an-help">
          {undated} undated relation
          {undated === 1 ? ' is' : 's are'} left out of the time-respecting chains (they cannot be
          ordered).
        </p>
      )}
    </>
  );
}

function PairResults({ analysis, a, b, by }: PairProps & { by: string }) {
  const pair = useMemo(() => ({ analysis, a, b }), [analysis, a, b]);
  const pressedKey = useAnalysis((s) => s.highlight?.key);
  const { result, meetings, others } = usePairPaths(pair, by);

  // Picking a pair shows their meetings on the graph at once.
  useEffect(() => {
    setHighlight(meetings.length > 0 ? meetingsHighlight(pair, meetings) : undefined);
    // Only when the pair changes (not when the user then picks a chain).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pair]);

  const an = nameOf(analysis, a);
  const bn = nameOf(analysis, b);
  return (
    <div data-testid="met-results">
      <DirectRelations pair={pair} meetings={meetings} others={others} pressedKey={pressedKey} />
      <h3>Chains through intermediaries</h3>
      <p className="an-help">
        Each step is a relation both of its ends take part in; a chain avoids the relations {an} and{' '}
        {bn} share.
      </p>
      <ByDateField by={by} target={bn} />
      <ChainResults pair={pair} result={result} by={by} pressedKey={pressedKey} />
    </div>
  );
}

export function MetPanel() {
  const analysis = useDatasetAnalysis();
  const met = useAnalysis((s) => s.met);
  if (!analysis) return <p className="an-empty">No dataset.</p>;
  const actors = analysis.dataset.actors;
  const ready = met.a !== undefined && met.b !== undefined && met.a !== met.b;
  return (
    <div className="an-panel" data-testid="met-panel">
      <h3>Who met whom</h3>
      <div className="an-row">
        <ActorPicker
          label="First actor"
          actors={actors}
          value={met.a}
          testId="met-a"
          onChange={(id) => setMet({ a: id })}
        />
        <button
          type="button"
          aria-label="Swap the two actors"
          title="Swap"
          onClick={() => setMet({ a: met.b, b: met.a })}
        >
          ⇄
        </button>
        <ActorPicker
          label="Second actor"
          actors={actors}
          value={met.b}
          testId="met-b"
          onChange={(id) => setMet({ b: id })}
        />
      </div>
      {ready ? (
        <PairResults analysis={analysis} a={met.a ?? ''} b={met.b ?? ''} by={met.by} />
      ) : (
        <p className="an-help">
          {met.a !== undefined && met.a === met.b
            ? 'Pick two different actors.'
            : 'Pick two actors to see their meetings and the chains between them.'}
        </p>
      )}
      <h3>Meetings matrix</h3>
      <p className="an-help">
        Meetings shared by each pair, grouped by bloc. A cell lists its meetings and shows them on
        the graph.
      </p>
      <MeetingsMatrix analysis={analysis} />
    </div>
  );
}
