/**
 * Issue 15, item 2: exports with communities (the export dialog's "Include communities") write
 * each actor's community id and name; GEXF, GraphML and CSV importers read them back as
 * `x-community` and `x-community-name`, and the rest of the dataset survives as before.
 */
import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset, type ExportFormat } from '../../../src/formats/index.ts';
import { communitiesOf, withCommunities } from '../../../src/graph/communities.ts';
import { datasetOf, richDataset, warningsOf } from './helpers.ts';

const FORMATS: ExportFormat[] = ['gexf', 'graphml', 'csv', 'json'];

/** An actor's `x-` extensions (the schema's catchall keeps them; its type does not name them). */
const ext = (a: object): Record<string, unknown> => a as Record<string, unknown>;

describe('communities in the exports', () => {
  const ds = richDataset();
  const c = communitiesOf(ds, { seed: 1 });
  const withC = withCommunities(ds, c);

  it('puts every actor’s community id and name on it, and nothing else changes', () => {
    expect(c.communities.length).toBeGreaterThan(0);
    for (const a of withC.actors) {
      const id = c.communityOf.get(a.id);
      expect(ext(a)['x-community']).toBe(id);
      expect(ext(a)['x-community-name']).toBe(c.communities.find((x) => x.id === id)?.name);
    }
    expect(withC.relations).toBe(ds.relations);
    expect(ds.actors.some((a) => 'x-community' in a)).toBe(false);
  });

  for (const format of FORMATS) {
    it(`${format}: writes the community and reads it back as x-community`, () => {
      const files = exportDataset(withC, format);
      const [main, nodes] = files;
      if (!main) throw new Error('no file exported');
      const text = nodes ? nodes.text : main.text;
      const first = c.communities[0];
      if (!first) throw new Error('no community');
      expect(text).toContain(first.id);
      const r = importDataset(
        main.text,
        main.fileName,
        nodes ? { nodesText: nodes.text } : undefined,
      );
      expect(warningsOf(r)).toEqual([]);
      const back = datasetOf(r);
      for (const a of back.actors) {
        expect(ext(a)['x-community']).toBe(c.communityOf.get(a.id));
        const name = c.communities.find((x) => x.id === c.communityOf.get(a.id))?.name;
        expect(ext(a)['x-community-name']).toBe(name);
      }
      // Without the option nothing is written.
      const plain = exportDataset(ds, format)
        .map((f) => f.text)
        .join('');
      expect(plain).not.toContain('x-community');
    });
  }
});
