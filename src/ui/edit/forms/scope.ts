/**
 * The check a form runs as you type: the command through `applyEdit` on the part of the dataset the
 * record can break, so that a pause in typing costs a few milliseconds on a large dataset, not a
 * whole validation (about 100 ms at 1,000 actors). The whole dataset is checked when the form
 * submits (the editor's `applyEdit`), and its refusal is shown in the form.
 *
 * What is left out cannot hold a problem the edit makes: an actor's fields touch the actors (ids,
 * references, `memberOf` cycles) and the sources it cites; a relation's touch the actors, the sources
 * and itself (a new relation's id is made unique among actors and relations); a source's, the
 * sources; the dataset's own fields, nothing else.
 */
import type { Dataset } from '../../../model/schema.ts';
import type { Problem } from '../../../model/validate.ts';
import { applyEdit } from '../../../model/edit/index.ts';
import type { EditCommand } from '../../../model/edit/types.ts';

/** The dataset the command is checked on, and how its paths map back to the whole dataset's. */
export interface Scope {
  dataset: Dataset;
  /** A path in the scoped dataset → the same place in the whole one. */
  pathBack(path: string): string;
}

const same = (path: string): string => path;

function without(ds: Dataset, keep: { actors?: boolean; sources?: boolean }): Dataset {
  const out: Dataset = {
    ...ds,
    actors: keep.actors ? ds.actors : [],
    sources: keep.sources ? ds.sources : [],
    relations: [],
  };
  delete out.positions;
  return out;
}

/** The part of `ds` that `command` can break (the whole dataset for a command no form makes). */
export function scopeOf(ds: Dataset, command: EditCommand): Scope {
  switch (command.type) {
    case 'setMeta':
      return { dataset: without(ds, {}), pathBack: same };
    case 'addSource':
    case 'updateSource':
      return { dataset: without(ds, { sources: true }), pathBack: same };
    case 'addActor':
    case 'updateActor':
      return { dataset: without(ds, { actors: true, sources: true }), pathBack: same };
    case 'addRelation':
    case 'updateRelation':
      return relationScope(ds, command.type === 'updateRelation' ? command.id : undefined);
    default:
      return { dataset: ds, pathBack: same };
  }
}

/** The actors, the sources and the relation alone (first in the list), its paths moved back. */
function relationScope(ds: Dataset, id: string | undefined): Scope {
  const index = id === undefined ? -1 : ds.relations.findIndex((r) => r.id === id);
  const own = index < 0 ? undefined : ds.relations[index];
  const at = index < 0 ? ds.relations.length : index;
  const dataset = { ...without(ds, { actors: true, sources: true }), relations: own ? [own] : [] };
  return {
    dataset,
    pathBack: (path) => path.replace(/^relations\[0\]/, `relations[${at}]`),
  };
}

/** The problems `applyEdit` finds with `command` in its scope, at their paths in the whole dataset. */
export function scopedProblems(ds: Dataset, command: EditCommand): Problem[] {
  const scope = scopeOf(ds, command);
  const outcome = applyEdit(scope.dataset, command);
  if (outcome.ok) return [];
  return outcome.problems.map((p) => ({ ...p, path: scope.pathBack(p.path) }));
}
