/**
 * zod never generates code (src/model/zod.ts sets jitless before any schema is built): from the
 * first import of the model to a full validation, `Function` is never constructed, so the app needs
 * no 'unsafe-eval' in its CSP, in the page or in the import worker.
 */
import { expect, it } from 'vitest';

/** A small valid dataset, written out here: importing the test helpers would load the model first. */
const VALID = JSON.stringify({
  schemaVersion: 1,
  id: 'tiny',
  title: 'Tiny',
  sources: [{ id: 'wire', title: 'A wire story' }],
  actors: [
    { id: 'a', name: 'A', kind: 'person' },
    { id: 'b', name: 'B', kind: 'state' },
  ],
  relations: [
    { id: 'm', kind: 'meeting', participants: [{ actor: 'a' }, { actor: 'b' }], sources: ['wire'] },
  ],
});

it('builds and runs every schema without constructing a Function', async () => {
  const original = globalThis.Function;
  const constructed: string[] = [];
  let jitless: boolean | undefined;
  globalThis.Function = new Proxy(original, {
    construct(target, args: unknown[]) {
      constructed.push(String(args[args.length - 1]).slice(0, 60));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    // Imported here, after the spy: the schemas are built (and zod decides on code generation) now.
    const { parseDataset } = await import('../../../src/model/validate.ts');
    const { z } = await import('../../../src/model/zod.ts');
    jitless = z.config().jitless;
    expect(parseDataset(VALID).ok).toBe(true);
    expect(parseDataset('{"schemaVersion":1}').ok).toBe(false);
  } finally {
    globalThis.Function = original;
  }
  expect({ constructed, jitless }).toEqual({ constructed: [], jitless: true });
});
