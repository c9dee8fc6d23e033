/**
 * Explicit mediator roles: an actor in a `mediator` role of any relation (the format page's definition).
 * Only the participant itself counts: the members of a mediating state or delegation do not. A
 * guarantee's `conveyor` (who delivered it) is not a mediator role and is not counted: carrying a
 * guarantee is not mediating; nor is an agreement's `guarantor`. An agreement's `mediator` is.
 * Linear in the number of participants.
 */
import type { Dataset } from '../model/schema.ts';
import { participantsOf } from './project.ts';

export interface MediatorRoles {
  actor: string;
  /** The number of relations in which the actor is a mediator. */
  count: number;
  /** Those relations' ids, in dataset order. */
  relations: string[];
}

/** Actor id → its mediator roles, for every actor with at least one; in order of first appearance. */
export function mediatorRoles(dataset: Pick<Dataset, 'relations'>): Map<string, MediatorRoles> {
  const out = new Map<string, MediatorRoles>();
  for (const relation of dataset.relations) {
    const counted = new Set<string>();
    for (const p of participantsOf(relation)) {
      if (p.role !== 'mediator' || counted.has(p.actor)) continue;
      counted.add(p.actor);
      const entry = out.get(p.actor);
      if (entry) {
        entry.count++;
        entry.relations.push(relation.id);
      } else {
        out.set(p.actor, { actor: p.actor, count: 1, relations: [relation.id] });
      }
    }
  }
  return out;
}
