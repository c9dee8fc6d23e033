/**
 * No terminal control from data reaches the output (issue 16): names and titles with ESC sequences,
 * a one-character CSI (U+009B), BEL, bidirectional overrides and line breaks are escaped in the tables
 * of analyze and paths, and the last guard of run() escapes whatever else a command writes, in text
 * and in JSON (which stays valid JSON).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { analysisTables } from '../../../src/cli/analyze.ts';
import { pathsText } from '../../../src/cli/paths.ts';
import { cellText, terminalSafe } from '../../../src/cli/io.ts';
import { analyzeDetailed } from '../../../src/graph/analysis.ts';
import { paths } from '../../../src/graph/paths.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { sampleDataset } from '../model/sample.ts';

/** Any character a terminal may act on, except the line feeds and tabs of the layout. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = {
  clear: 'Ham\u001b[2J\u001b[Has',
  title: 'Qa\u001b]0;pwned\u0007tar',
  csi: 'Witk\u009b31moff',
  bidi: 'Kush\u202erenn',
  lines: 'U.S.\nenvoys\r',
};

function hostileDataset(): Dataset {
  const ds = sampleDataset();
  ds.title = `Title\u001b[31m red\u001b[0m`;
  const actors = ds.actors as { id: string; name: string }[];
  const rename: Record<string, string> = {
    hamas: HOSTILE.clear,
    qatar: HOSTILE.title,
    witkoff: HOSTILE.csi,
    kushner: HOSTILE.bidi,
    'us-envoys': HOSTILE.lines,
  };
  for (const a of actors) a.name = rename[a.id] ?? a.name;
  return ds as unknown as Dataset;
}

describe('escaping', () => {
  it('cellText escapes to one line; terminalSafe keeps line feeds and tabs', () => {
    expect(cellText('a\u001b[2Jb\n\t\u009b\u202e')).toBe('a\\u001b[2Jb\\n\\t\\u009b\\u202e');
    expect(terminalSafe('a\u001bb\nc\td\u0007')).toBe('a\\u001bb\nc\td\\u0007');
  });

  it('analyze and paths tables carry no raw control character', () => {
    const ds = hostileDataset();
    const tables = analysisTables(analyzeDetailed(ds, { brokerageTriples: false }), ds);
    expect(tables).not.toMatch(RAW);
    expect(tables).toContain('Ham\\u001b[2J\\u001b[Has');
    expect(tables.split('\n')[0]).toBe(
      'Title\\u001b[31m red\\u001b[0m (sample): 6 actors, 2 relations',
    );
    const text = pathsText(paths(ds, 'witkoff', 'hamas'), ds);
    expect(text).not.toMatch(RAW);
    expect(text).toContain('Witk\\u009b31moff');
    expect(text).not.toContain('envoys\n');
  });
});

describe('through the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backchannel-terminal-'));
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostileDataset(), null, 2));
  const runs: [string, string[]][] = [
    ['validate', ['validate', 'hostile.json']],
    ['analyze', ['analyze', 'hostile.json']],
    ['analyze --json', ['analyze', 'hostile.json', '--json']],
    ['paths', ['paths', 'hostile.json', 'witkoff', 'hamas']],
    ['paths --json', ['paths', 'hostile.json', 'witkoff', 'hamas', '--json']],
    ['paths (unknown actor)', ['paths', 'hostile.json', 'witkoff', 'x\u001b[2J']],
    ['convert', ['convert', 'hostile.json', '--to', 'gexf', '--out', 'x\u001b[2J.gexf']],
    ['render (usage error)', ['render', 'hostile.json', '--format', 'x\u001b[2J']],
  ];
  it.each(runs)('%s writes no raw control character', async (_label, args) => {
    const r = await cli(args, dir);
    expect(r.out).not.toMatch(RAW);
    expect(r.err).not.toMatch(RAW);
    expect(`${r.out}${r.err}`.length).toBeGreaterThan(0);
    if (args.includes('--json') && r.code === 0)
      expect(() => JSON.parse(r.out) as unknown).not.toThrow();
  });
});
