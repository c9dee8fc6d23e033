/**
 * The source reader's pane, between the graph and the sidebar (stacked under the graph on narrow
 * screens): the reader (./reader/SourceReader.tsx, loaded on first use) wired to the editor.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppState } from '../state/store.ts';
import { useController } from '../graph/controller-context.ts';
import { editor } from './editor.ts';

const SourceReader = lazy(async () => ({
  default: (await import('./reader/SourceReader.tsx')).SourceReader,
}));

const onClose = (): void => editor.setReader(false);

/** The canvas changes width when the pane opens or closes: the graph is fitted to it again. */
function useRefitOnToggle(open: boolean): void {
  const graph = useController();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => graph.fit());
    return () => cancelAnimationFrame(frame);
  }, [open, graph]);
}

export function ReaderPane() {
  const open = useAppState((s) => s.edit.on && s.edit.reader.open);
  const sourceId = useAppState((s) => s.edit.reader.sourceId);
  const texts = useAppState((s) => s.edit.sourceTexts);
  const dataset = useAppState((s) => s.data.dataset);
  const graph = useController();
  useRefitOnToggle(open);
  if (!open || !dataset) return null;
  const current =
    sourceId !== undefined && dataset.sources.some((s) => s.id === sourceId)
      ? sourceId
      : dataset.sources[0]?.id;
  return (
    <section className="reader-pane" aria-label="Source reader" data-testid="reader-pane">
      <Suspense fallback={<p role="status">Loading the reader…</p>}>
        <SourceReader
          sources={dataset.sources}
          {...(current !== undefined && { sourceId: current })}
          text={current !== undefined ? (texts[current] ?? '') : ''}
          actors={dataset.actors}
          onSelectSource={(id: string) => editor.setReader(true, id)}
          onSetText={(id: string, text: string) => editor.setSourceText(id, text)}
          onJumpToActor={(id: string) => {
            editor.selectActor(id);
            graph.centreOn(id);
          }}
          onQuote={(passage: string) => editor.quote(passage, current)}
          onNewActor={(name: string) => editor.openForm({ type: 'actor', prefill: { name } })}
          onNewRelation={(passage: string) =>
            editor.openForm({
              type: 'relation',
              prefill: {
                participants: [...editor.context.app.get().edit.picked],
                quote: { text: passage, ...(current !== undefined && { source: current }) },
              },
            })
          }
          onClose={onClose}
        />
      </Suspense>
    </section>
  );
}
