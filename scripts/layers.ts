/**
 * The layer check of `npm run lint`: dependency-cruiser runs the rules of .dependency-cruiser.cjs
 * (allowed imports per folder, no file cycles, no cycles between folders taken with their
 * subfolders), and this module adds what its folder rules cannot see: a cycle between a folder's
 * own files and a subfolder's (dependency-cruiser counts `src/cli/commands` inside `src/cli`, so
 * `src/cli ↔ src/cli/commands` is invisible to it). Each file belongs to its own folder here.
 */
import path from 'node:path';
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

export interface LayerViolation {
  /** The rule's name, e.g. `layer-model` or `no-circular-own-folders`. */
  rule: string;
  from: string;
  to: string;
  /** For a cycle: the folders or files it goes through, from `from` back to it. */
  cycle?: string[];
}

export interface CheckOptions {
  /** The directory the paths (and the rules' `^src/…` patterns) are relative to. Default: cwd. */
  baseDir?: string;
  /** The config file. Default: .dependency-cruiser.cjs in the repository root. */
  configFile?: string;
  /** A tsconfig.json to resolve with (absolute, or relative to the cwd). */
  tsConfigFile?: string;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CONFIG_FILE = path.join(REPO_ROOT, '.dependency-cruiser.cjs');

/** Runs dependency-cruiser with the config on `paths` and returns every violation found. */
export async function checkLayers(
  paths: string[],
  options: CheckOptions = {},
): Promise<LayerViolation[]> {
  const cruiseOptions = await extractDepcruiseOptions(options.configFile ?? CONFIG_FILE);
  if (!options.tsConfigFile) delete cruiseOptions.tsConfig;
  const tsConfig = options.tsConfigFile ? extractTSConfig(options.tsConfigFile) : undefined;
  const reported = await cruise(
    paths,
    {
      ...cruiseOptions,
      ...(options.baseDir ? { baseDir: options.baseDir } : {}),
      validate: true,
      outputType: 'json',
    },
    // A fixture tree (baseDir) finds the packages in the repository's node_modules; a new
    // resolver each run, since dependency-cruiser keeps one per process otherwise.
    { modules: ['node_modules', path.join(REPO_ROOT, 'node_modules')], bustTheCache: true },
    { tsConfig },
  );
  const result: ICruiseResult =
    typeof reported.output === 'string'
      ? (JSON.parse(reported.output) as ICruiseResult)
      : reported.output;
  const fromTool: LayerViolation[] = result.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
    ...(v.cycle ? { cycle: [v.from, ...v.cycle.map((c) => c.name)] } : {}),
  }));
  return [...fromTool, ...ownFolderCycles(result.modules)];
}

/** The folder of a file (posix). */
function folderOf(file: string): string {
  return path.posix.dirname(file);
}

/**
 * Cycles between folders where each file counts for its own folder only (a parent's files and a
 * subfolder's files are two folders). One violation per strongly connected set of folders, with
 * one cycle through it as the witness.
 */
export function ownFolderCycles(modules: IModule[]): LayerViolation[] {
  const edges = new Map<string, Set<string>>();
  for (const m of modules) {
    if (m.coreModule || m.couldNotResolve || m.source.includes('node_modules/')) continue;
    const from = folderOf(m.source);
    for (const d of m.dependencies) {
      if (d.coreModule || d.couldNotResolve || d.resolved.includes('node_modules/')) continue;
      const to = folderOf(d.resolved);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
    }
  }
  return stronglyConnected(edges)
    .filter((set) => set.length > 1)
    .map((set) => {
      const cycle = witnessCycle(set, edges);
      return {
        rule: 'no-circular-own-folders',
        from: cycle[0] ?? '',
        to: cycle[1] ?? '',
        cycle,
      };
    });
}

/** Tarjan's algorithm, iterative enough for a source tree (recursion depth = folder count). */
function stronglyConnected(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const sets: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const set: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        set.push(w);
      } while (w !== v);
      sets.push(set.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return sets;
}

/** A shortest cycle through the set's first folder (breadth-first inside the set). */
function witnessCycle(set: string[], edges: Map<string, Set<string>>): string[] {
  const members = new Set(set);
  const start = set[0] ?? '';
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() ?? '';
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const back = [v];
        while (back[0] !== start) back.unshift(parent.get(back[0] ?? '') ?? start);
        return [...back, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...set, start];
}

/** One line per violation, like dependency-cruiser's `err` reporter. */
export function formatViolations(violations: LayerViolation[]): string {
  return violations
    .map((v) =>
      v.cycle ? `error ${v.rule}: ${v.cycle.join(' → ')}` : `error ${v.rule}: ${v.from} → ${v.to}`,
    )
    .join('\n');
}
