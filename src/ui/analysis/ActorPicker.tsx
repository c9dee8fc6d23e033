/**
 * A searchable actor select (an ARIA combobox): type part of a name or an alias ("Khaya" finds
 * al-Hayya), pick with the arrows and Enter or with a click. An empty query lists every actor.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Actor } from '../../model/schema.ts';
import { searchActors } from '../../graph/search.ts';

export interface ActorPickerProps {
  label: string;
  actors: readonly Actor[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  testId?: string;
}

interface Option {
  actor: Actor;
  /** The alias that matched, when it was not the name. */
  alias?: string;
}

/** The actors matching a query (all of them for an empty one), with the alias that matched. */
function useOptions(actors: readonly Actor[], query: string | undefined): Option[] {
  return useMemo(() => {
    if (query === undefined || query.trim() === '') return actors.map((actor) => ({ actor }));
    const byId = new Map(actors.map((a) => [a.id, a]));
    return searchActors(actors, query, 30).flatMap((m) => {
      const actor = byId.get(m.actorId);
      if (!actor) return [];
      return m.field === 'alias' ? [{ actor, alias: m.matched }] : [{ actor }];
    });
  }, [actors, query]);
}

/** The combobox's state: the typed query, whether the list is open, and the active option. */
function useCombobox(actors: readonly Actor[], onChange: (id: string | undefined) => void) {
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useOptions(actors, query);
  const expanded = open && options.length > 0;

  const close = (): void => {
    setOpen(false);
    setQuery(undefined);
  };
  const choose = (o: Option | undefined): void => {
    close();
    if (o) onChange(o.actor.id);
  };
  const type = (value: string): void => {
    setQuery(value);
    setActive(0);
    setOpen(true);
    if (value === '') onChange(undefined);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(options[active]);
      }
    } else if (e.key === 'Escape') close();
  };
  return { query, options, active, setActive, expanded, close, choose, type, onKeyDown };
}

export function ActorPicker({ label, actors, value, onChange, testId }: ActorPickerProps) {
  const id = useId();
  const chosen = actors.find((a) => a.id === value);
  const box = useCombobox(actors, onChange);
  const text = box.query ?? chosen?.name ?? '';
  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-opt-${i}`;
  return (
    <div className="an-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        data-testid={testId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={box.expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        {...(box.expanded ? { 'aria-activedescendant': optionId(box.active) } : {})}
        placeholder="Name or alias…"
        value={text}
        onFocus={(e) => {
          e.currentTarget.select();
        }}
        onChange={(e) => box.type(e.target.value)}
        onBlur={box.close}
        onKeyDown={box.onKeyDown}
      />
      {box.expanded && (
        <ul id={listId} role="listbox" aria-label={`${label}: actors`}>
          {box.options.map((o, i) => (
            <li
              key={o.actor.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === box.active}
              onMouseDown={(e) => {
                // Before the input's blur closes the list.
                e.preventDefault();
                box.choose(o);
              }}
              onMouseEnter={() => box.setActive(i)}
            >
              {o.actor.name}
              {o.alias !== undefined && <span className="an-alias"> ({o.alias})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
