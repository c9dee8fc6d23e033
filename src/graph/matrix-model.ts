/**
 * The meetings matrix: actors × actors, each cell the meetings the two shared (`metPairs`), rows and
 * columns grouped by bloc (the top of the `memberOf` chain), blocs in dataset order and actors in
 * dataset order within each bloc. Pure: a dataset and its met pairs in, a model out.
 */
import type { Actor, Dataset } from '../model/schema.ts';
import type { MetPair } from './met.ts';
import { blocsOf } from './blocs.ts';
import { pairKey } from './project.ts';

export interface MatrixGroup {
  /** The bloc's actor id. */
  bloc: string;
  /** The bloc's name. */
  label: string;
  /** The actor ids of the bloc shown, in dataset order. */
  actors: string[];
}

export interface MatrixModel {
  groups: MatrixGroup[];
  /** Every actor shown, in row (and column) order. */
  actors: string[];
  /** The meetings two actors shared (relation ids, dataset order); empty when none. */
  meetings(a: string, b: string): readonly string[];
  /** The largest count of any cell (0 when nobody met). */
  max: number;
}

export interface MatrixOptions {
  /** Every actor (true), or only actors present at one meeting at least (false). */
  all: boolean;
}

export function meetingsMatrix(
  dataset: Pick<Dataset, 'actors'>,
  met: readonly MetPair[],
  options: MatrixOptions,
): MatrixModel {
  const cells = new Map<string, readonly string[]>();
  const inMeeting = new Set<string>();
  let max = 0;
  for (const p of met) {
    cells.set(pairKey(p.a, p.b), p.relations);
    inMeeting.add(p.a);
    inMeeting.add(p.b);
    max = Math.max(max, p.relations.length);
  }
  const blocs = blocsOf(dataset.actors);
  const byId = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const groups = new Map<string, MatrixGroup>();
  // Blocs in the order of their own actor in the dataset, then members in dataset order.
  for (const a of dataset.actors) {
    const bloc = blocs.get(a.id) ?? a.id;
    if (a.id === bloc && !groups.has(bloc)) groups.set(bloc, { bloc, label: a.name, actors: [] });
  }
  for (const a of dataset.actors) {
    if (!options.all && !inMeeting.has(a.id)) continue;
    const bloc = blocs.get(a.id) ?? a.id;
    let g = groups.get(bloc);
    if (!g) {
      g = { bloc, label: byId.get(bloc)?.name ?? bloc, actors: [] };
      groups.set(bloc, g);
    }
    g.actors.push(a.id);
  }
  const shown = [...groups.values()].filter((g) => g.actors.length > 0);
  return {
    groups: shown,
    actors: shown.flatMap((g) => g.actors),
    meetings: (a, b) => (a === b ? [] : (cells.get(pairKey(a, b)) ?? [])),
    max,
  };
}

/** The accessible name of a cell: "Steve Witkoff and Khalil al-Hayya: 1 meeting". */
export function cellLabel(aName: string, bName: string, count: number): string {
  return `${aName} and ${bName}: ${count} meeting${count === 1 ? '' : 's'}`;
}
