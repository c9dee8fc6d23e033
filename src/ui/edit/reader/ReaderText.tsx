/**
 * The source text as the reader shows it: an <article> of paragraphs (each drawn on its own and kept
 * while the others change; a long text's first paragraphs at once and the rest over the next frames), the actors' names as
 * highlights. Text is only ever React text nodes. Each run carries its offset in the text
 * (`data-at`) for ./selection.ts.
 *
 * The highlights are one stop in the tab order (a roving tabindex): Tab reaches the current one,
 * the arrow keys (and Home, End) move between them, Enter or Space jumps to the actor.
 */
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import type { Mention } from '../../../model/reader/mentions.ts';
import { firstMentionFrom, paragraphs, runs, type Span } from '../../../model/reader/text.ts';

interface ParagraphProps {
  text: string;
  span: Span;
  mentions: readonly Mention[];
  /** The mention that takes the tab stop, when it is in this paragraph. */
  active: number | undefined;
  names: ReadonlyMap<string, string>;
}

const Paragraph = memo(function Paragraph({ text, span, mentions, active, names }: ParagraphProps) {
  return (
    <p className="reader-para" data-start={span.start} data-end={span.end}>
      {runs(span, mentions).map((run) => {
        const slice = text.slice(run.start, run.end);
        if (run.mention === undefined) {
          return (
            <span key={run.start} data-at={run.start}>
              {slice}
            </span>
          );
        }
        const actorId = (mentions[run.mention] as Mention).actorId;
        return (
          <mark
            key={run.start}
            data-at={run.start}
            data-mention={run.mention}
            data-actor={actorId}
            role="button"
            tabIndex={run.mention === active ? 0 : -1}
            title={`${names.get(actorId) ?? actorId}: Enter shows the actor on the graph`}
          >
            {slice}
          </mark>
        );
      })}
    </p>
  );
});

export interface ReaderTextProps {
  text: string;
  mentions: readonly Mention[];
  /** Actor id → name, for the highlights' titles. */
  names: ReadonlyMap<string, string>;
  articleRef: Ref<HTMLElement>;
  label: string;
  onJump(actorId: string): void;
  /** A highlight got the focus (by keyboard or pointer). */
  onFocusMention(mention: Mention): void;
}

const mentionOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('mark[data-mention]') : null;

const KEYS_MOVE: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Paragraphs drawn at once, then per frame: a long text shows its start at once, the rest follows. */
const FIRST = 60;
const STEP = 120;

/** How many of `count` paragraphs of `text` to draw now; grows frame by frame to all of them. */
function useProgressive(text: string, count: number): number {
  const [state, setState] = useState({ text, limit: FIRST });
  const limit = state.text === text ? state.limit : FIRST;
  useEffect(() => {
    if (limit >= count) return;
    const id = requestAnimationFrame(() => setState({ text, limit: limit + STEP }));
    return () => cancelAnimationFrame(id);
  }, [text, limit, count]);
  return limit;
}

export function ReaderText(props: ReaderTextProps) {
  const { text, mentions, names, articleRef, label, onJump, onFocusMention } = props;
  const paras = useMemo(() => paragraphs(text), [text]);
  const limit = useProgressive(text, paras.length);
  const [activeRaw, setActive] = useState(0);
  const active = activeRaw < mentions.length ? activeRaw : 0;

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const mark = mentionOf(e.target);
      if (!mark) return;
      const i = Number(mark.dataset.mention);
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onJump(mark.dataset.actor ?? '');
        return;
      }
      const move = KEYS_MOVE[e.key];
      if (!move) return;
      e.preventDefault();
      const next = move(i, mentions.length);
      setActive(next);
      const root = mark.closest('article');
      root?.querySelector<HTMLElement>(`mark[data-mention="${next}"]`)?.focus();
    },
    [mentions.length, onJump],
  );

  const onClick = useCallback(
    (e: MouseEvent<HTMLElement>) => {
      const mark = mentionOf(e.target);
      const selection = window.getSelection();
      if (mark && (!selection || selection.isCollapsed)) onJump(mark.dataset.actor ?? '');
    },
    [onJump],
  );

  const onFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const mark = mentionOf(e.target);
      if (!mark) return;
      const i = Number(mark.dataset.mention);
      setActive(i);
      const m = mentions[i];
      if (m) onFocusMention(m);
    },
    [mentions, onFocusMention],
  );

  return (
    <article
      ref={articleRef}
      className="reader-text"
      aria-label={label}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={onFocus}
    >
      {paras.slice(0, limit).map((span) => {
        const first = firstMentionFrom(mentions, span.start);
        const last = firstMentionFrom(mentions, span.end);
        return (
          <Paragraph
            key={span.start}
            text={text}
            span={span}
            mentions={mentions}
            active={active >= first && active < last ? active : undefined}
            names={names}
          />
        );
      })}
    </article>
  );
}
