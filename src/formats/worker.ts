/**
 * The import worker: parses an opened or dropped file off the main thread (see import-async.ts).
 * Message in: `{ text, name, nodesText? }`; message out: the `ImportResult`.
 */
import { importDataset } from './index.ts';
import type { ImportResult } from './types.ts';

export interface ImportRequest {
  text: string;
  name: string;
  nodesText?: string;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResult) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  const { text, name, nodesText } = e.data;
  scope.postMessage(importDataset(text, name, nodesText === undefined ? undefined : { nodesText }));
};
