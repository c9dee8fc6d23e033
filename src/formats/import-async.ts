/**
 * `importDatasetInWorker`: what the explorer calls for an opened or dropped file. The file is parsed in
 * a module worker so that the page stays responsive on large graphs; where workers are unavailable
 * (or the worker cannot start) it is parsed on the main thread, with the same result.
 *
 * The importers and the validator (zod) are loaded on the main thread only in that fallback, by a
 * dynamic `import()`: keep `./index.ts` out of this file's static imports, or the explorer's first
 * download carries them too (they already live in the worker's own bundle).
 */
import { MAX_DATASET_BYTES } from '../model/limits.ts';
import type { ImportOptions, ImportResult } from './types.ts';
import type { ImportRequest } from './worker.ts';

export type ImportSource = File | { text: string; name: string };

export async function importDatasetInWorker(
  file: ImportSource,
  options?: ImportOptions,
): Promise<ImportResult> {
  const name = file.name;
  const formats = (): Promise<typeof import('./index.ts')> => import('./index.ts');
  if (typeof file.text !== 'string' && 'size' in file && file.size > MAX_DATASET_BYTES) {
    // Refused before reading: the text would not be accepted anyway (MAX_IMPORT_BYTES is this limit).
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return {
      ok: false,
      problems: [
        {
          path: name,
          message: `the file is too big: ${mb(file.size)}, the limit is ${mb(MAX_DATASET_BYTES)}`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = typeof file.text === 'string' ? file.text : await file.text();
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          path: name,
          message: `cannot read the file: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
  const request: ImportRequest = { text, name };
  if (options?.nodesText !== undefined) request.nodesText = options.nodesText;
  const onMainThread = async (): Promise<ImportResult> =>
    (await formats()).importDataset(text, name, options);
  return callWorker(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    request,
    onMainThread,
  );
}

/**
 * One request to a new module worker, one answer, and the worker ended. Where workers are missing,
 * or the worker cannot start or fails (a crash, a chunk that did not load), `onMainThread` answers
 * instead: nothing the user asked for is lost. `make` must hold the `new Worker(new URL(…))` itself,
 * for the bundler to find the worker's module. Used by the importer and the overview's grouping.
 */
export function callWorker<Request, Answer>(
  make: () => Worker,
  request: Request,
  onMainThread: () => Promise<Answer>,
): Promise<Answer> {
  if (typeof Worker === 'undefined') return onMainThread();
  let worker: Worker;
  try {
    worker = make();
  } catch {
    return onMainThread();
  }
  return new Promise<Answer>((resolve) => {
    worker.onmessage = (e: MessageEvent<Answer>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e: Event) => {
      e.preventDefault();
      worker.terminate();
      void onMainThread().then(resolve);
    };
    worker.postMessage(request);
  });
}
