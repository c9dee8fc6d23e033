/**
 * A time limit for each export (issue 14): an export either finishes or says why within a bounded
 * time, never leaves the dialog saying "Drawing the image…" for ever. The work gets an AbortSignal
 * that fires at the limit (the image export checks it between its steps, so it stops drawing); the
 * caller is answered at the limit even if the work never settles, and a late result is dropped.
 */

/** How long an image export may take before it is given up, in milliseconds. */
export const EXPORT_TIME_LIMIT_MS = 60_000;

/** An export given up at its time limit; `message` is for the user. */
export class ExportTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportTimeoutError';
  }
}

/** "The export took too long: …", with what to try instead. */
export function timeoutText(what: string, ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return (
    `The export took too long: the ${what} was not ready after ${seconds} s, so it was stopped. ` +
    'Try the current view instead of the whole graph, a smaller size, or filter the graph first.'
  );
}

/**
 * Runs `work` with a signal that aborts after `ms`; resolves with its result, or rejects with an
 * ExportTimeoutError at the limit (whether or not the work stops when told).
 */
export function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  const controller = new AbortController();
  const { signal } = controller;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ExportTimeoutError(timeoutText(what, ms));
      controller.abort(error);
      reject(error);
    }, ms);
  });
  const run = Promise.resolve().then(() => work(signal));
  return Promise.race([run, limit]).finally(() => clearTimeout(timer));
}
