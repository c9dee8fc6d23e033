/**
 * The datasets bundled with the app: every `graph-data/*.json`, each loaded on demand (its own
 * chunk) and validated like any opened file.
 */
const modules = import.meta.glob<string>('../../../graph-data/*.json', {
  query: '?raw',
  import: 'default',
});

export interface BundledDataset {
  /** The file name without `.json`, e.g. `gaza-ceasefire-2025`. */
  name: string;
  load: () => Promise<string>;
}

export const BUNDLED_DATASETS: BundledDataset[] = Object.entries(modules)
  .map(([path, load]) => ({
    name: (path.split('/').pop() ?? path).replace(/\.json$/, ''),
    load,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** The dataset opened first when the URL names none. */
export const DEFAULT_DATASET = 'gaza-ceasefire-2025';

export function findBundled(name: string): BundledDataset | undefined {
  return BUNDLED_DATASETS.find((d) => d.name === name);
}
