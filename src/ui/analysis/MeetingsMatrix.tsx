/**
 * The meetings matrix: actors × actors, each cell the number of meetings the two shared, rows and
 * columns grouped by bloc under bloc headers. A cell with meetings is a button: it lists them below
 * and highlights them on the graph. A real <table>, so that a screen reader reads it as one.
 */
import { Fragment, useMemo, useState } from 'react';
import { useController } from '../graph/controller-context.ts';
import { nameOf, type DatasetAnalysis } from './data.ts';
import { cellLabel, meetingsMatrix, type MatrixModel } from '../../graph/matrix-model.ts';
import { RelationItems, selectRelationHere } from './RelationItems.tsx';
import { setMet, toggleHighlight, useAnalysis } from './state.ts';

type Name = (id: string) => string;

/** The highlight key of a cell (the same for both halves of the matrix). */
function keyOf(a: string, b: string): string {
  return `cell:${a < b ? `${a}|${b}` : `${b}|${a}`}`;
}

export function MeetingsMatrix({ analysis }: { analysis: DatasetAnalysis }) {
  const all = useAnalysis((s) => s.met.matrixAll);
  const [cell, setCell] = useState<[string, string] | undefined>(undefined);
  const met = analysis.met;
  const model = useMemo(() => meetingsMatrix(analysis.dataset, met, { all }), [analysis, met, all]);
  const name = (id: string): string => nameOf(analysis, id);
  const chosen = cell && model.meetings(cell[0], cell[1]);

  const choose = (a: string, b: string): void => {
    const meetings = model.meetings(a, b);
    setCell([a, b]);
    toggleHighlight({
      key: keyOf(a, b),
      label: `Meetings of ${name(a)} and ${name(b)}`,
      actors: [a, b],
      relations: meetings,
      ends: [a, b],
    });
  };

  if (met.length === 0) {
    return <p className="an-empty">No two actors share a meeting in this dataset.</p>;
  }
  return (
    <div className="an-matrix-block">
      <label className="check">
        <input
          type="checkbox"
          checked={all}
          onChange={(e) => setMet({ matrixAll: e.target.checked })}
        />
        Every actor (not only those at a meeting)
      </label>
      <div className="an-matrix-wrap">
        <table className="an-matrix" data-testid="meetings-matrix">
          <caption className="visually-hidden">
            Meetings shared by each pair of actors, grouped by bloc. {model.actors.length} actors.
          </caption>
          <MatrixHead model={model} name={name} />
          <MatrixBody model={model} name={name} onChoose={choose} />
        </table>
      </div>
      {cell && chosen && (
        <CellMeetings analysis={analysis} cell={cell} meetings={chosen} name={name} />
      )}
    </div>
  );
}

function groupStartsOf(model: MatrixModel): Set<string | undefined> {
  return new Set(model.groups.map((g) => g.actors[0]));
}

function MatrixHead({ model, name }: { model: MatrixModel; name: Name }) {
  const groupStarts = groupStartsOf(model);
  return (
    <thead>
      <tr>
        <td colSpan={2} />
        {model.groups.map((g) => (
          <th
            key={g.bloc}
            scope="colgroup"
            colSpan={g.actors.length}
            className="an-bloc an-group-start"
            title={g.label}
          >
            {g.actors.length > 1 ? g.label : ''}
          </th>
        ))}
      </tr>
      <tr>
        <td colSpan={2} />
        {model.actors.map((id) => (
          <th
            key={id}
            scope="col"
            className={`an-col${groupStarts.has(id) ? ' an-group-start' : ''}`}
          >
            <span>{name(id)}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface BodyProps {
  model: MatrixModel;
  name: Name;
  onChoose: (a: string, b: string) => void;
}

function MatrixBody({ model, name, onChoose }: BodyProps) {
  const highlightKey = useAnalysis((s) => s.highlight?.key);
  const groupStarts = groupStartsOf(model);
  return (
    <tbody>
      {model.groups.map((g) => (
        <Fragment key={g.bloc}>
          {g.actors.map((row, i) => (
            <tr key={row} className={i === 0 ? 'an-group-start' : undefined}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={g.actors.length} className="an-bloc" title={g.label}>
                  <span>{g.actors.length > 1 ? g.label : ''}</span>
                </th>
              )}
              <th scope="row">{name(row)}</th>
              {model.actors.map((col) => (
                <MatrixCell
                  key={col}
                  row={row}
                  col={col}
                  model={model}
                  name={name}
                  start={groupStarts.has(col) ? 'an-group-start' : undefined}
                  pressed={highlightKey === keyOf(row, col)}
                  onChoose={onChoose}
                />
              ))}
            </tr>
          ))}
        </Fragment>
      ))}
    </tbody>
  );
}

interface CellProps extends BodyProps {
  row: string;
  col: string;
  /** The class of a cell that starts a bloc's columns. */
  start: string | undefined;
  pressed: boolean;
}

function MatrixCell({ row, col, model, name, start, pressed, onChoose }: CellProps) {
  if (row === col) return <td className={`an-diag ${start ?? ''}`} />;
  const n = model.meetings(row, col).length;
  if (n === 0) {
    return (
      <td className={start}>
        <span className="visually-hidden">0</span>
      </td>
    );
  }
  return (
    <td className={start}>
      <button
        type="button"
        data-count={n}
        data-cell={`${row}|${col}`}
        aria-label={cellLabel(name(row), name(col), n)}
        aria-pressed={pressed}
        style={{ ['--an-share' as string]: String(n / Math.max(1, model.max)) }}
        onClick={() => onChoose(row, col)}
      >
        {n}
      </button>
    </td>
  );
}

interface CellMeetingsProps {
  analysis: DatasetAnalysis;
  cell: [string, string];
  meetings: readonly string[];
  name: Name;
}

/** The meetings of the chosen cell, each selectable on the graph. */
function CellMeetings({ analysis, cell, meetings, name }: CellMeetingsProps) {
  const controller = useController();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  return (
    <section aria-live="polite" data-testid="matrix-meetings">
      <h4>
        {name(cell[0])} and {name(cell[1])}: {meetings.length} meeting
        {meetings.length === 1 ? '' : 's'}
      </h4>
      <RelationItems
        ids={meetings}
        relations={analysis.relations}
        selected={selected}
        onChoose={(id) => {
          setSelected(id);
          selectRelationHere(controller, id);
        }}
      />
    </section>
  );
}
