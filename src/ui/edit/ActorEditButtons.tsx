/**
 * In edit mode, an actor's Details offer to edit it and to start a new relation with it (and the
 * actors picked on the graph, if any).
 */
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';

export function ActorEditButtons({ id }: { id: string }) {
  const on = useAppState((s) => s.edit.on);
  const picked = useAppState((s) => s.edit.picked);
  if (!on) return null;
  const participants = [id, ...picked.filter((p) => p !== id)];
  return (
    <>
      <button type="button" onClick={() => editor.openForm({ type: 'actor', id })}>
        Edit actor
      </button>
      <button
        type="button"
        onClick={() => editor.newRelation(participants)}
        data-testid="details-new-relation"
      >
        New relation{participants.length > 1 ? ` (with ${participants.length - 1} picked)` : ''}
      </button>
    </>
  );
}
