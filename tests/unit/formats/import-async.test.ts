import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDatasetInWorker } from '../../../src/formats/import-async.ts';
import { importDataset } from '../../../src/formats/index.ts';
import { datasetOf, fixture } from './helpers.ts';

const gexf = fixture('external/gexf_hierarchy4.gexf');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('importDatasetInWorker', () => {
  it('parses on the main thread where there is no Worker (as in Node)', async () => {
    expect(typeof Worker).toBe('undefined');
    const r = await importDatasetInWorker({ text: gexf, name: 'h4.gexf' });
    expect(r).toEqual(importDataset(gexf, 'h4.gexf'));
  });

  it('reads a File and posts { text, name, nodesText } to a module worker, resolving with its answer', async () => {
    const posted: unknown[] = [];
    const options: unknown[] = [];
    let terminated = false;
    class FakeWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(url: URL, opts: unknown) {
        expect(String(url)).toMatch(/\/worker\.ts$/);
        options.push(opts);
      }
      postMessage(message: { text: string; name: string; nodesText?: string }): void {
        posted.push(message);
        const { text, name, nodesText } = message;
        const result = importDataset(
          text,
          name,
          nodesText === undefined ? undefined : { nodesText },
        );
        setTimeout(() => this.onmessage?.({ data: result }), 0);
      }
      terminate(): void {
        terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const file = new File(['Source,Target\na,b\n'], 'edges.csv', { type: 'text/csv' });
    const r = await importDatasetInWorker(file, { nodesText: 'Id,Label\na,Ann\nb,Bob\n' });
    expect(options).toEqual([{ type: 'module' }]);
    expect(posted).toEqual([
      { text: 'Source,Target\na,b\n', name: 'edges.csv', nodesText: 'Id,Label\na,Ann\nb,Bob\n' },
    ]);
    expect(datasetOf(r).actors.map((a) => a.name)).toEqual(['Ann', 'Bob']);
    expect(terminated).toBe(true);
  });

  it('falls back to the main thread when the worker fails to load', async () => {
    class BrokenWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      postMessage(): void {
        setTimeout(() => this.onerror?.(new Event('error')), 0);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const r = await importDatasetInWorker({ text: gexf, name: 'h4.gexf' });
    expect(datasetOf(r).actors).toHaveLength(7);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = {
      name: 'huge.gexf',
      size: 51 * 1024 * 1024,
      text: () => Promise.reject(new Error('read')),
    };
    const r = await importDatasetInWorker(huge as unknown as File);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]?.message).toMatch(/too big: 51\.0 MiB/);
  });
});
