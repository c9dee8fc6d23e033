import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { nodesPathFor } from '../../../src/cli/convert.ts';
import { parseDataset } from '../../../src/model/validate.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

async function cli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['convert', ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('backchannel convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-convert-'));

  it('converts a GEXF to JSON, with the warnings on stderr', async () => {
    const r = await cli(
      [join(fixtures, 'external/gexf_photoviz-dynamic.gexf'), '--to', 'json', '--out', 'p.json'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(gexf\) → p\.json \(json\): 393 actors, 621 relations/);
    expect(r.err).toMatch(/warning: 2 self-loop\(s\) skipped/);
    const back = parseDataset(readFileSync(join(dir, 'p.json'), 'utf8'));
    expect(back.ok && back.dataset.actors.length).toBe(393);
  });

  it('writes CSV as OUT (edges) and <name>.nodes.csv, and reads them back with --nodes', async () => {
    const rich = join(fixtures, 'formats/rich.json');
    const r = await cli([rich, '--to', 'csv', '--out', 'rich.csv'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'rich.nodes.csv'))).toBe(true);
    const back = await cli(
      ['rich.csv', '--nodes', 'rich.nodes.csv', '--out', 'rich-back.json'],
      dir,
    );
    expect(back.code).toBe(0);
    const ds = parseDataset(readFileSync(join(dir, 'rich-back.json'), 'utf8'));
    const orig = parseDataset(readFileSync(rich, 'utf8'));
    expect(ds.ok && orig.ok && ds.dataset.relations).toEqual(orig.ok && orig.dataset.relations);
  });

  it('takes the format from the extension of OUT when --to is missing', async () => {
    const r = await cli([join(fixtures, 'formats/rich.json'), '--out', 'rich.graphml'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'rich.graphml'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<graphml /);
  });

  it('exits 1 with located problems for invalid input', async () => {
    writeFileSync(join(dir, 'bad.gexf'), '<?xml version="1.0"?>\n<!DOCTYPE x>\n<gexf/>');
    const r = await cli(['bad.gexf', '--to', 'json', '--out', 'bad.json'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'bad.gexf: line 2, column 1: refused: the XML has a <!DOCTYPE> declaration; for safety, XML with document type or entity declarations is not read',
    );
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
  });

  it('exits 2 on usage errors and unreadable files, and never overwrites its input', async () => {
    expect((await cli(['x.gexf', '--to', 'pdf', '--out', 'y'], dir)).code).toBe(2);
    expect((await cli(['x.gexf', '--to', 'json'], dir)).err).toMatch(/--out OUT is required/);
    expect((await cli(['--to', 'json', '--out', 'y.json'], dir)).err).toMatch(/no input file/);
    expect((await cli(['x.gexf', '--bogus'], dir)).code).toBe(2);
    const missing = await cli(['missing.gexf', '--to', 'json', '--out', 'm.json'], dir);
    expect([missing.code, missing.err]).toEqual([
      2,
      'backchannel convert: cannot read missing.gexf: no such file',
    ]);
    writeFileSync(join(dir, 'same.json'), '{}');
    const same = await cli(['same.json', '--out', 'same.json'], dir);
    expect(same.code).toBe(2);
    expect(readFileSync(join(dir, 'same.json'), 'utf8')).toBe('{}');
    expect((await cli(['--help'], dir)).out).toMatch(/^Usage: backchannel convert IN/);
  });

  it('names the node table beside the edge table', () => {
    expect(nodesPathFor('/a/b/edges.csv')).toBe('/a/b/edges.nodes.csv');
    expect(nodesPathFor('/a/b/edges')).toBe('/a/b/edges.nodes.csv');
  });
});
