/**
 * "Colours and sizes: by kind | as in the file" (issue 14, item 5): offered only when the dataset
 * carries the drawing of the file it was imported from (src/cy/file-style.ts), kept in the view
 * state and the URL (`look=file`), sent to the graph controller as `appearance`.
 */
import { useLayoutEffect, useMemo } from 'react';
import { hasFileLook, type Appearance } from '../../cy/file-style.ts';
import { useAppState } from '../state/store.ts';
import type { GraphHandle } from './graph-handle.ts';

/** Whether the dataset carries colours or sizes of its own (the choice is offered only then). */
export function useFileLookOffered(): boolean {
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => dataset !== undefined && hasFileLook(dataset), [dataset]);
}

/** The appearance drawn now: 'file' only when chosen and the dataset has something to draw. */
export function useAppearance(): Appearance {
  const chosen = useAppState((s) => s.view.appearance);
  const offered = useFileLookOffered();
  return offered && chosen === 'file' ? 'file' : 'kind';
}

/** Sends the appearance to the graph whenever it changes. */
export function useAppearanceInput(graph: GraphHandle): void {
  const appearance = useAppearance();
  useLayoutEffect(() => {
    graph.update({ appearance });
  }, [graph, appearance]);
}
