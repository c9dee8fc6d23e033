/**
 * Search by name and alias, keyboard first: "/" focuses, arrows move, Enter selects the actor and
 * centres it, Escape clears. An ARIA combobox with a listbox of matches.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react';
import { ACTOR_KIND_LABELS } from '../../model/vocabulary.ts';
import { searchActors, type SearchMatch } from '../../graph/search.ts';
import { useAppState } from '../state/store.ts';
import { select } from '../state/actions/selection.ts';
import { useController } from '../graph/controller-context.ts';
import { ActorSwatch } from '../graph/Swatch.tsx';
import { closedGroupOf, revealActor } from '../overview/actions.ts';

/** "/" anywhere (but in a field) focuses the search box and selects its text. */
function useSlashToFocus(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      const typing =
        t &&
        (t.tagName === 'INPUT' ||
          t.tagName === 'TEXTAREA' ||
          t.tagName === 'SELECT' ||
          t.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}

export function SearchBox() {
  const controller = useController();
  const dataset = useAppState((s) => s.data.dataset);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = useMemo(
    () => (dataset ? searchActors(dataset.actors, query, 12) : []),
    [dataset, query],
  );
  useSlashToFocus(input);

  const choose = (actorId: string): void => {
    setOpen(false);
    if (closedGroupOf(actorId) !== undefined) {
      // Inside a closed group of the overview: the group opens, then the actor is centred.
      select({ type: 'actor', id: actorId });
      void revealActor(actorId, () => controller.ready()).then(() => controller.centreOn(actorId));
      return;
    }
    // Centre in the same task as the selection, so that cytoscape draws both in one frame (on a
    // large graph every redraw costs hundreds of milliseconds; positions do not depend on it).
    controller.centreOn(actorId);
    select({ type: 'actor', id: actorId });
  };

  const expanded = open && query.trim() !== '';
  const current = matches[Math.min(active, matches.length - 1)];
  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current) choose(current.actorId);
    } else if (e.key === 'Escape') {
      if (query) setQuery('');
      else input.current?.blur();
      setOpen(false);
    }
  };
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search actors by name or alias
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current ? `${listId}-${current.actorId}` : undefined}
        placeholder="Search actors  ( / )"
        value={query}
        data-testid="search"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <SearchResults
          listId={listId}
          query={query}
          matches={matches}
          active={active}
          onChoose={choose}
        />
      )}
    </div>
  );
}

interface ResultsProps {
  listId: string;
  query: string;
  matches: readonly SearchMatch[];
  active: number;
  onChoose: (actorId: string) => void;
}

function SearchResults({ listId, query, matches, active, onChoose }: ResultsProps) {
  const dataset = useAppState((s) => s.data.dataset);
  const names = useMemo(() => new Map(dataset?.actors.map((a) => [a.id, a]) ?? []), [dataset]);
  return (
    <ul id={listId} role="listbox" className="search-results" aria-label="Matching actors">
      {matches.length === 0 && (
        <li className="search-empty" role="option" aria-selected="false" aria-disabled="true">
          No actor matches “{query}”
        </li>
      )}
      {matches.map((m, i) => {
        const actor = names.get(m.actorId);
        return (
          <li
            key={m.actorId}
            id={`${listId}-${m.actorId}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(m.actorId);
            }}
          >
            {actor && <ActorSwatch kind={actor.kind} />}{' '}
            <span className="search-name">{actor?.name}</span>
            {m.field === 'alias' && <span className="search-alias"> (alias: {m.matched})</span>}
            {actor && <span className="search-kind"> · {ACTOR_KIND_LABELS[actor.kind]}</span>}
          </li>
        );
      })}
    </ul>
  );
}
