/**
 * The meetings matrix: actors × actors, each cell the number of meetings the two shared, rows and
 * columns grouped by bloc under bloc headers. A cell with meetings is a button: it lists them below
 * and highlights them on the graph. A real <table>, so that a screen reader reads it as one.
 */
import { Fragment, useMemo, useState } from 'react';
import { useController } from '../graph/controller-context.ts';
import { nameOf, type DatasetAnalysis } from './data.ts';
import { cellLabel, meetingsMatrix } from '../../graph/matrix-model.ts';
import { RelationItems, selectRelationHere } from './RelationItems.tsx';
import { setMet, toggleHighlight, useAnalysis } from './state.ts';

export function MeetingsMatrix({ analysis }: { analysis: DatasetAnalysis }) {
  const controller = useController();
  const all = useAnalysis((s) => s.met.matrixAll);
  const highlightKey = useAnalysis((s) => s.highlight?.key);
  const [cell, setCell] = useState<[string, string] | undefined>(undefined);
  const met = analysis.met;
  const model = useMemo(() => meetingsMatrix(analysis.dataset, met, { all }), [analysis, met, all]);
  const name = (id: string): string => nameOf(analysis, id);
  const keyOf = (a: string, b: string): string => `cell:${a < b ? `${a}|${b}` : `${b}|${a}`}`;
  const chosen = cell && model.meetings(cell[0], cell[1]);
  const [selected, setSelected] = useState<string | undefined>(undefined);

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
  const groupStarts = new Set(model.groups.map((g) => g.actors[0]));
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
          <tbody>
            {model.groups.map((g) => (
              <Fragment key={g.bloc}>
                {g.actors.map((row, i) => (
                  <tr key={row} className={i === 0 ? 'an-group-start' : undefined}>
                    {i === 0 && (
                      <th
                        scope="rowgroup"
                        rowSpan={g.actors.length}
                        className="an-bloc"
                        title={g.label}
                      >
                        <span>{g.actors.length > 1 ? g.label : ''}</span>
                      </th>
                    )}
                    <th scope="row">{name(row)}</th>
                    {model.actors.map((col) => {
                      const start = groupStarts.has(col) ? 'an-group-start' : undefined;
                      if (row === col) return <td key={col} className={`an-diag ${start ?? ''}`} />;
                      const n = model.meetings(row, col).length;
                      if (n === 0) {
                        return (
                          <td key={col} className={start}>
                            <span className="visually-hidden">0</span>
                          </td>
                        );
                      }
                      return (
                        <td key={col} className={start}>
                          <button
                            type="button"
                            data-count={n}
                            data-cell={`${row}|${col}`}
                            aria-label={cellLabel(name(row), name(col), n)}
                            aria-pressed={highlightKey === keyOf(row, col)}
                            style={{ ['--an-share' as string]: String(n / Math.max(1, model.max)) }}
                            onClick={() => choose(row, col)}
                          >
                            {n}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {cell && chosen && (
        <section aria-live="polite" data-testid="matrix-meetings">
          <h4>
            {name(cell[0])} and {name(cell[1])}: {chosen.length} meeting
            {chosen.length === 1 ? '' : 's'}
          </h4>
          <RelationItems
            ids={chosen}
            relations={analysis.relations}
            selected={selected}
            onChoose={(id) => {
              setSelected(id);
              selectRelationHere(controller, id);
            }}
          />
        </section>
      )}
    </div>
  );
}
