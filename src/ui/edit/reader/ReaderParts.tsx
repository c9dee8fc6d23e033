/**
 * The reader's smaller parts: the paste box, the bar that acts on a passage, the list of suggested
 * names. Text only (React text nodes and a plain <textarea>): nothing pasted is ever parsed as HTML
 * into the page.
 */
import { useId, useState, type ClipboardEvent } from 'react';
import { normaliseText } from '../../../model/reader/text.ts';
import { htmlToText, MAX_SOURCE_BYTES } from './html-text.ts';
import type { NameSuggestion } from './suggest-names.ts';

export interface PasteBoxProps {
  title: string;
  replaces: boolean;
  onUse(text: string): void;
  onCancel(): void;
}

/**
 * Clipboard contents without plain text (rare: most sources put text/plain beside text/html) are
 * reduced from their HTML; a textarea pastes plain text by itself otherwise.
 */
function pastedText(e: ClipboardEvent<HTMLTextAreaElement>): string | undefined {
  const plain = e.clipboardData.getData('text/plain');
  if (plain !== '') return undefined;
  const html = e.clipboardData.getData('text/html');
  return html !== '' ? htmlToText(html) : undefined;
}

export function PasteBox({ title, replaces, onUse, onCancel }: PasteBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const tooLong = draft.length > MAX_SOURCE_BYTES;
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>): void => {
    const text = pastedText(e);
    if (text === undefined) return;
    e.preventDefault();
    const area = e.currentTarget;
    const at = area.selectionStart;
    setDraft(draft.slice(0, at) + text + draft.slice(area.selectionEnd));
  };
  return (
    <div className="reader-paste">
      <label htmlFor={`${id}-text`}>Text of “{title}”</label>
      <textarea
        id={`${id}-text`}
        value={draft}
        rows={8}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onPaste={onPaste}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="muted">
        Plain text: formatting is dropped.
        {replaces ? ' Using it replaces the text this source has now.' : ''}
        {tooLong ? ' This text is longer than 2 MiB: paste a shorter one.' : ''}
      </p>
      <div className="reader-row">
        <button
          type="button"
          disabled={draft.trim() === '' || tooLong}
          onClick={() => onUse(normaliseText(draft))}
        >
          Use this text
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export interface PassageBarProps {
  /** The passage, verbatim; undefined when nothing is selected. */
  passage: string | undefined;
  /** Whether the passage is the user's selection (a name may become an actor) or a highlight's sentence. */
  fromSelection: boolean;
  onQuote(): void;
  onNewActor(): void;
  onNewRelation(): void;
  onClear(): void;
}

const preview = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

export function PassageBar(props: PassageBarProps) {
  const { passage, fromSelection } = props;
  if (passage === undefined) {
    return (
      <p className="reader-passage muted">
        Select a passage to quote it, or Tab to a highlighted name and use its sentence.
      </p>
    );
  }
  const nameLike = fromSelection && passage.length <= 80 && !passage.includes('\n');
  return (
    // One height whatever it shows, so the text does not move under a selection being made; the
    // buttons keep the page's selection (their mousedown is not let through).
    <div
      className="reader-passage"
      role="toolbar"
      aria-label="Selected passage"
      onMouseDown={(e) => e.preventDefault()}
    >
      <q className="reader-passage-text">{preview(passage)}</q>
      <div className="reader-row">
        <button type="button" onClick={props.onQuote}>
          Quote
        </button>
        {nameLike && (
          <button type="button" onClick={props.onNewActor}>
            New actor
          </button>
        )}
        <button type="button" onClick={props.onNewRelation}>
          New relation
        </button>
        <button
          type="button"
          className="reader-icon"
          aria-label="Clear the selection"
          onClick={props.onClear}
        >
          ×
        </button>
      </div>
    </div>
  );
}

export interface SuggestionsProps {
  state: 'loading' | NameSuggestion[] | Error;
  onAdd(name: string): void;
  onIgnore(name: string): void;
  onHide(): void;
}

const TYPE_LABEL = { person: 'person', organization: 'organization', place: 'place' } as const;

export function Suggestions({ state, onAdd, onIgnore, onHide }: SuggestionsProps) {
  return (
    <section className="reader-suggestions" aria-label="Suggested names">
      <div className="reader-row">
        <h3>Suggested names</h3>
        <button type="button" className="link" onClick={onHide}>
          Hide
        </button>
      </div>
      {state === 'loading' && <p role="status">Finding names in the text…</p>}
      {state instanceof Error && <p role="alert">Names could not be suggested: {state.message}</p>}
      {Array.isArray(state) && state.length === 0 && (
        <p className="muted">No new names found: every name found is already an actor.</p>
      )}
      {Array.isArray(state) && state.length > 0 && (
        <ul>
          {state.map((s) => (
            <li key={s.text}>
              <span className="reader-suggestion-name">{s.text}</span>{' '}
              <span className="muted">
                {TYPE_LABEL[s.type]}, {s.count}×
              </span>
              <button
                type="button"
                aria-label={`Add ${s.text} as a new actor`}
                onClick={() => onAdd(s.text)}
              >
                Add
              </button>
              <button
                type="button"
                aria-label={`Ignore ${s.text}`}
                onClick={() => onIgnore(s.text)}
              >
                Ignore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
