/**
 * The source reader (issue 13, "Evidence first"): a source's text beside the graph, the dataset's
 * actors highlighted in it, and a passage turned into a quote, a new actor or a new relation.
 *
 * Self-contained: everything comes in as props and goes out through callbacks (the app wires it to
 * the editor). Texts are plain text only: pasted text is what the clipboard holds as text/plain, a
 * file's HTML or Markdown is reduced to text (./html-text.ts), and all of it is drawn as React text
 * nodes, never as HTML.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type RefObject,
} from 'react';
import { findMentions, type Mention } from '../../../model/reader/mentions.ts';
import { sentenceAround, type Span } from '../../../model/reader/text.ts';
import { readSourceFile } from './html-text.ts';
import { PassageBar, PasteBox, Suggestions } from './ReaderParts.tsx';
import { ReaderText } from './ReaderText.tsx';
import { rangeToSpan } from './selection.ts';
import { suggestNames, type NameSuggestion } from './suggest-names.ts';
import './reader.css';

export interface SourceReaderProps {
  /** The dataset's sources, to attach a text to. */
  sources: { id: string; title: string }[];
  /** The source whose text is shown. */
  sourceId?: string;
  /** That source's text (undefined or '': none yet). */
  text: string | undefined;
  actors: { id: string; name: string; aliases?: string[]; kind?: string }[];
  onSelectSource(id: string): void;
  /** Paste/open result, already reduced to plain text. */
  onSetText(sourceId: string, text: string): void;
  /** A highlight clicked or activated by keyboard. */
  onJumpToActor(actorId: string): void;
  /** "Quote" on a selection: the exact selected text (verbatim). */
  onQuote(passage: string): void;
  /** "New actor" on a selection or on an accepted suggestion. */
  onNewActor(name: string): void;
  /** "New relation" from a passage. */
  onNewRelation(passage: string): void;
  onClose(): void;
}

interface Passage extends Span {
  fromSelection: boolean;
}

type SuggestState = 'loading' | NameSuggestion[] | Error;

/** The passage the user selected in `article` (kept while the page's selection is elsewhere). */
function useSelectedPassage(
  article: RefObject<HTMLElement | null>,
  text: string,
): [Passage | undefined, (p: Passage | undefined) => void] {
  const [passage, setPassage] = useState<Passage | undefined>();
  useEffect(() => {
    setPassage(undefined);
    const onChange = (): void => {
      const root = article.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (selection.isCollapsed) {
        if (root.contains(range.startContainer)) {
          setPassage((p) => (p?.fromSelection ? undefined : p));
        }
        return;
      }
      const span = rangeToSpan(range, root, text);
      if (span) setPassage({ ...span, fromSelection: true });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [article, text]);
  return [passage, setPassage];
}

/** Suggested names for `text`: started on demand, dropped when the text changes. */
function useSuggestions(text: string, known: readonly string[]) {
  const [state, setState] = useState<SuggestState | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    setState(undefined);
    return () => abort.current?.abort();
  }, [text]);
  const start = useCallback(() => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState('loading');
    suggestNames(text, known, 30, controller.signal).then(
      (list) => controller.signal.aborted || setState(list),
      (e: unknown) =>
        controller.signal.aborted || setState(e instanceof Error ? e : new Error(String(e))),
    );
  }, [text, known]);
  const drop = useCallback(
    (name: string) => setState((s) => (Array.isArray(s) ? s.filter((x) => x.text !== name) : s)),
    [],
  );
  const hide = useCallback(() => {
    abort.current?.abort();
    setState(undefined);
  }, []);
  return { state, start, drop, hide };
}

interface HeaderProps {
  props: SourceReaderProps;
  hasText: boolean;
  onPaste(): void;
  onOpen(): void;
  onSuggest(): void;
}

function ReaderHeader({ props, hasText, onPaste, onOpen, onSuggest }: HeaderProps) {
  const { sources, sourceId } = props;
  const none = sources.length === 0;
  return (
    <header className="reader-head">
      <div className="reader-row">
        <h2>Source text</h2>
        <button
          type="button"
          className="reader-icon"
          aria-label="Close the source reader"
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <label className="reader-source">
        <span>Source</span>
        <select
          value={sourceId ?? ''}
          disabled={none}
          onChange={(e) => e.target.value !== '' && props.onSelectSource(e.target.value)}
        >
          {(sourceId === undefined || none) && (
            <option value="">{none ? 'No sources yet' : 'Choose a source'}</option>
          )}
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <div className="reader-row reader-actions">
        <button type="button" disabled={sourceId === undefined} onClick={onPaste}>
          Paste text
        </button>
        <button type="button" disabled={sourceId === undefined} onClick={onOpen}>
          Open file…
        </button>
        <button type="button" disabled={!hasText} onClick={onSuggest}>
          Suggest names
        </button>
      </div>
    </header>
  );
}

function mentionSummary(mentions: readonly Mention[]): string {
  const actors = new Set(mentions.map((m) => m.actorId)).size;
  if (mentions.length === 0) return 'No actor of the dataset is named in this text.';
  return `${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${actors} actor${actors === 1 ? '' : 's'}.`;
}

type Message = { error: boolean; text: string } | undefined;

/** The hidden file input behind "Open file…", and what opening a file says. */
function FileInput({
  inputRef,
  sourceId,
  onSetText,
  onMessage,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  sourceId: string | undefined;
  onSetText(sourceId: string, text: string): void;
  onMessage(m: Message): void;
}) {
  const onFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file || sourceId === undefined) return;
    readSourceFile(file).then(
      ({ text, format }) => {
        onSetText(sourceId, text);
        const how =
          format === 'text' ? '' : `, ${format === 'html' ? 'HTML' : 'Markdown'} reduced to text`;
        onMessage({ error: false, text: `Opened “${file.name}”${how}.` });
      },
      (err: unknown) =>
        onMessage({ error: true, text: err instanceof Error ? err.message : String(err) }),
    );
  };
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
      aria-label="Open a source text file"
      onChange={onFile}
    />
  );
}

function emptyText(sourceId: string | undefined, sourceCount: number): string {
  if (sourceId !== undefined) {
    return 'No text for this source yet: paste it or open a file (.txt, .md, .html).';
  }
  return sourceCount === 0
    ? 'Add a source first, then paste or open its text here.'
    : 'Choose a source to read its text.';
}

/** The passage bar, the count of mentions and the text (or what to do when there is none). */
function ReaderBody({ props, text }: { props: SourceReaderProps; text: string }) {
  const { actors, sources, sourceId } = props;
  const article = useRef<HTMLElement>(null);
  const mentions = useMemo(() => findMentions(text, actors), [text, actors]);
  const names = useMemo(() => new Map(actors.map((a) => [a.id, a.name])), [actors]);
  const [passage, setPassage] = useSelectedPassage(article, text);
  const onFocusMention = useCallback(
    (m: Mention) => setPassage({ ...sentenceAround(text, m.start), fromSelection: false }),
    [text, setPassage],
  );
  if (text === '')
    return <p className="reader-empty muted">{emptyText(sourceId, sources.length)}</p>;
  const source = sources.find((s) => s.id === sourceId);
  const passageText = passage ? text.slice(passage.start, passage.end) : undefined;
  const act = (f: (passage: string) => void) => () => passageText !== undefined && f(passageText);
  return (
    <>
      <PassageBar
        passage={passageText}
        fromSelection={passage?.fromSelection ?? false}
        onQuote={act(props.onQuote)}
        onNewActor={act(props.onNewActor)}
        onNewRelation={act(props.onNewRelation)}
        onClear={() => {
          setPassage(undefined);
          document.getSelection()?.removeAllRanges();
        }}
      />
      <p className="reader-note muted">{mentionSummary(mentions)}</p>
      <ReaderText
        text={text}
        mentions={mentions}
        names={names}
        articleRef={article}
        label={source ? `Text of ${source.title}` : 'Source text'}
        onJump={props.onJumpToActor}
        onFocusMention={onFocusMention}
      />
    </>
  );
}

export function SourceReader(props: SourceReaderProps) {
  const { sources, sourceId, actors } = props;
  const text = props.text ?? '';
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [message, setMessage] = useState<Message>();
  const known = useMemo(() => actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]), [actors]);
  const suggestions = useSuggestions(text, known);
  const source = sources.find((s) => s.id === sourceId);
  useEffect(() => {
    setPasting(false);
    setMessage(undefined);
  }, [sourceId]);
  return (
    <div className="source-reader">
      <ReaderHeader
        props={props}
        hasText={text !== ''}
        onPaste={() => setPasting(true)}
        onOpen={() => fileInput.current?.click()}
        onSuggest={suggestions.start}
      />
      <FileInput
        inputRef={fileInput}
        sourceId={sourceId}
        onSetText={props.onSetText}
        onMessage={setMessage}
      />
      {message && (
        <p
          className={message.error ? 'reader-error' : 'reader-note muted'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {pasting && source && (
        <PasteBox
          title={source.title}
          replaces={text !== ''}
          onUse={(t) => {
            props.onSetText(source.id, t);
            setPasting(false);
            setMessage(undefined);
          }}
          onCancel={() => setPasting(false)}
        />
      )}
      {suggestions.state !== undefined && (
        <Suggestions
          state={suggestions.state}
          onAdd={(name) => {
            suggestions.drop(name);
            props.onNewActor(name);
          }}
          onIgnore={suggestions.drop}
          onHide={suggestions.hide}
        />
      )}
      <ReaderBody props={props} text={text} />
    </div>
  );
}
