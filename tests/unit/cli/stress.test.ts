/** The CLI on the stress files (issues 14 and 16): deep chains, large meetings, limits. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeStressFiles } from '../gen/stress-files.ts';
import { cli } from './run-cli.ts';

const { dir, files } = writeStressFiles(['deep-500', 'deep-10000', 'meeting-10000']);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI on stress files', () => {
  it('analyses a 10,000-deep memberOf chain and finds paths in it', async () => {
    const t = performance.now();
    const analyzed = await cli(['analyze', '--json', files['deep-10000'] as string]);
    expect(analyzed.err).toBe('');
    expect(analyzed.code).toBe(0);
    const paths = await cli(['paths', files['deep-10000'] as string, 'p1', 'p17']);
    expect(paths.code).toBe(0);
    expect(performance.now() - t).toBeLessThan(30_000); // 25.5 s and 13 s each before
    const json = JSON.parse(analyzed.out) as { actors: number };
    expect(json.actors).toBe(10_018);
  }, 60_000);

  it('analyses the 518-actor, 500-deep file', async () => {
    const r = await cli(['analyze', files['deep-500'] as string]);
    expect(r.code).toBe(0);
  });

  it('refuses a 10,000-participant meeting in one line, with the path', async () => {
    for (const command of [['analyze'], ['paths'], ['validate']]) {
      const args = [...command, files['meeting-10000'] as string];
      if (command[0] === 'paths') args.push('q1', 'q2');
      const r = await cli(args);
      expect(r.code, command[0]).toBe(1);
      // validate reports on standard output, the others on standard error.
      const said = command[0] === 'validate' ? r.out : r.err;
      expect(said.trim().split('\n'), command[0]).toHaveLength(1);
      expect(said).toContain(
        'relations[0].participants: has 10,000 participants; at most 1,000 are accepted in one relation',
      );
    }
  });

  it('refuses, in one line, a meeting whose delegation brings 3,000 members (past the pair limit)', async () => {
    const actors: { id: string; name: string; kind: string; memberOf?: string }[] = [
      { id: 'del', name: 'Delegation', kind: 'delegation' },
      { id: 'host', name: 'Host', kind: 'person' },
    ];
    for (let i = 0; i < 3_000; i++) {
      actors.push({ id: `m${i}`, name: `Member ${i}`, kind: 'person', memberOf: 'del' });
    }
    const file = join(dir, 'huge-delegation.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        id: 'huge-delegation',
        title: 'Huge delegation (invented)',
        sources: [],
        actors,
        relations: [
          { id: 'r', kind: 'meeting', participants: [{ actor: 'del' }, { actor: 'host' }] },
        ],
      }),
    );
    const r = await cli(['analyze', file]);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('too large to analyse');
    expect(r.err).not.toContain('    at ');
  });
});
