/**
 * The edit commands: every change the editor makes to a dataset, as data. `applyEdit` (commands.ts)
 * takes a dataset and a command and gives a new dataset, or refuses with the validator's problems;
 * the dataset given is never changed. The history (history.ts) keeps the datasets before and after.
 */
import type { Actor, Dataset, Point, Relation, Source } from '../schema.ts';
import type { Problem } from '../validate.ts';
import type { RelationKind } from '../vocabulary.ts';

/** The dataset's own fields that the editor changes (the rest are edited through their commands). */
export interface DatasetMeta {
  title: string;
  /** Undefined removes it. */
  asOf?: string | undefined;
  description?: string | undefined;
}

export type EditCommand =
  | { type: 'setMeta'; meta: DatasetMeta }
  | { type: 'addActor'; actor: Actor }
  /** Replaces the actor `id` (the id itself stays: `actor.id` must equal `id`). */
  | { type: 'updateActor'; id: string; actor: Actor }
  /**
   * Deletes the actor. Refused (`needs`) when a relation would be left with fewer than two distinct
   * participants, unless `withRelations` is true: then those relations go too. Every other reference
   * (a participant in a larger relation, a quote's speaker, a member's `memberOf`, its position) is
   * removed with it.
   */
  | { type: 'deleteActor'; id: string; withRelations?: boolean }
  | { type: 'addRelation'; relation: Relation }
  /** Replaces the relation `id` (the id stays). A kind change goes through `changeKind` first. */
  | { type: 'updateRelation'; id: string; relation: Relation }
  | { type: 'deleteRelation'; id: string }
  | { type: 'addSource'; source: Source }
  /** Replaces the source `id` (the id stays). */
  | { type: 'updateSource'; id: string; source: Source }
  /**
   * Deletes the source. Refused (`citedBy`) while anything cites it, unless `force` is true: then every
   * citation of it (in actors, relations, participants and quotes) is removed with it.
   */
  | { type: 'deleteSource'; id: string; force?: boolean }
  /** Sets (or, with `undefined`, removes) hand-placed positions of actors in the actor view. */
  | { type: 'setPositions'; positions: Record<string, Point | undefined> };

/** What a refused command would have needed: shown to the user with the choice to go on or cancel. */
export type EditNeeds =
  /** Relations that would be left with fewer than two distinct participants. */
  | { type: 'relations'; ids: string[] }
  /** What cites a source: `actors[2].sources`, `relations[0].quotes[1].source`… (paths). */
  | { type: 'citedBy'; paths: string[] };

export type EditOutcome =
  | {
      ok: true;
      dataset: Dataset;
      /** A short sentence for the live region and the undo button ("Added actor 'Steve Witkoff'"). */
      label: string;
    }
  | {
      ok: false;
      /** The validator's own problems, with their paths in the new dataset; or one problem for `needs`. */
      problems: Problem[];
      needs?: EditNeeds;
    };

/** A relation moved to another kind: the roles the new kind lacks are named, never dropped silently. */
export interface KindChange {
  relation: Relation;
  /** Participants whose role the new kind lacks: they take the new kind's default role. */
  changedRoles: { actor: string; from: string; to: string }[];
}

export type { RelationKind };
