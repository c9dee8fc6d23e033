/**
 * What editing adds to the page around the graph: the live region (edits, undo, saves said), the
 * banners (a draft to resume; another tab changed this draft), the dialogs (confirm a delete, new
 * empty dataset, drafts), the keyboard shortcuts (undo, redo) and the warning when leaving with
 * changes not saved to a file.
 */
import { useEffect, useRef } from 'react';
import { useController } from '../graph/controller-context.ts';
import { store, useAppState } from '../state/store.ts';
import { editor } from './editor.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { DraftsDialog } from './DraftsDialog.tsx';
import { NewDatasetDialog } from './NewDatasetDialog.tsx';
import { isTyping, shortcutOf } from './shortcuts.ts';
import './edit.css';

function LiveRegion() {
  const said = useAppState((s) => s.edit.announcement);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="edit-announce">
      {/* The key makes a repeated sentence a new node, so it is said again. */}
      <span key={said.n}>{said.text}</span>
    </p>
  );
}

function ConflictBanner() {
  const conflict = useAppState((s) => s.edit.on && s.edit.conflict);
  if (!conflict) return null;
  return (
    <div className="edit-banner" role="alert" data-testid="conflict-banner">
      This draft was changed in another tab.{' '}
      <button type="button" onClick={() => void editor.saveMineAsCopy()}>
        Save mine as a copy
      </button>{' '}
      <button type="button" onClick={() => void editor.loadTheirs()}>
        Load theirs
      </button>
    </div>
  );
}

function ResumeBanner() {
  const resumable = useAppState((s) => (s.edit.on ? undefined : s.edit.resumable));
  if (!resumable) return null;
  return (
    <div
      className="edit-banner"
      role="region"
      aria-label="Draft to resume"
      data-testid="resume-banner"
    >
      You were editing “{resumable.name}”.{' '}
      <button type="button" onClick={() => void editor.open(resumable.id)}>
        Resume editing
      </button>{' '}
      <button type="button" onClick={() => editor.offerResume(undefined)}>
        Dismiss
      </button>
    </div>
  );
}

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y in edit mode (a text field keeps its own undo). */
function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!store.get().edit.on || e.defaultPrevented || isTyping(e.target)) return;
      const what = shortcutOf(e);
      if (!what) return;
      e.preventDefault();
      if (what === 'undo') {
        if (!editor.undo()) editor.say('Nothing to undo');
      } else if (!editor.redo()) editor.say('Nothing to redo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Leaving the page while the draft holds changes not saved to a file: the browser asks. */
function useLeaveWarning(): void {
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent): void => {
      const { edit } = store.get();
      if (!edit.on || !edit.draft) return;
      // The last edit may still wait for the autosaver's debounce: keep it now, and write it.
      editor.rescue();
      void editor.flush();
      if (edit.draft.savedToFile) return;
      e.preventDefault();
      e.returnValue = '';
    };
    const onHide = (): void => {
      if (!store.get().edit.on) return;
      editor.rescue();
      void editor.flush();
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);
}

/** Up to this many actors, a draft's graph is fitted again when an actor comes or goes. */
const FIT_UP_TO = 40;

/**
 * A small draft being built (from an empty dataset, say) is fitted to the canvas when its number of
 * actors changes, so that each new actor is in view at a readable size; larger ones keep the view.
 */
function useFitSmallDraft(): void {
  const graph = useController();
  const count = useAppState((s) => (s.edit.on ? (s.data.dataset?.actors.length ?? 0) : 0));
  const last = useRef(count);
  useEffect(() => {
    const before = last.current;
    last.current = count;
    if (count === before || count === 0 || count > FIT_UP_TO) return;
    const frame = requestAnimationFrame(() => graph.fit());
    return () => cancelAnimationFrame(frame);
  }, [count, graph]);
}

/** Another dataset opened while editing: edit mode ends (the draft stays in the drafts list). */
function useFollowData(): void {
  useEffect(() => store.subscribe(() => editor.followDataKey()), []);
}

export function EditLayer() {
  useShortcuts();
  useLeaveWarning();
  useFollowData();
  useFitSmallDraft();
  return (
    <>
      <LiveRegion />
      <ResumeBanner />
      <ConflictBanner />
      <ConfirmDialog />
      <NewDatasetDialog />
      <DraftsDialog />
    </>
  );
}
