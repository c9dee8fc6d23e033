/**
 * No blank page when one file reuses another's ids (issue 14, item 1): in one page, open a sequence
 * of files, in several formats, whose ids reappear in every role (an actor id that was a group
 * member becomes a plain actor, a group becomes a member, a relation id becomes an actor id and back).
 * Each must be drawn right (every actor a node), with no page error and no error boundary shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const json = (ds: object): string => JSON.stringify({ schemaVersion: 1, sources: [], ...ds });

/** Each file, and the actor ids it must draw. */
const SEQUENCE: { name: string; text: string; actors: string[] }[] = [
  // The report's case: witkoff was a group member in the Gaza dataset; here a plain CSV actor.
  { name: 'tie.csv', text: 'Source,Target\nWitkoff,Kushner\n', actors: ['witkoff', 'kushner'] },
  {
    // witkoff becomes a group holding kushner; a relation reuses the id 'hamas'.
    name: 'groups.json',
    text: json({
      id: 'groups',
      title: 'Groups',
      actors: [
        { id: 'witkoff', name: 'Witkoff', kind: 'organization' },
        { id: 'kushner', name: 'Kushner', kind: 'person', memberOf: 'witkoff' },
        { id: 'qatar', name: 'Qatar', kind: 'state' },
      ],
      relations: [
        {
          id: 'hamas',
          kind: 'meeting',
          participants: [{ actor: 'kushner' }, { actor: 'qatar' }, { actor: 'witkoff' }],
        },
      ],
    }),
    actors: ['witkoff', 'kushner', 'qatar'],
  },
  {
    // The former relation id is now a group; the former group a member.
    name: 'nested.gexf',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes>
  <node id="hamas" label="Hamas"><nodes>
    <node id="witkoff" label="Witkoff"/>
    <node id="sharm-el-sheikh-meeting" label="Meeting as an actor"/>
  </nodes></node>
  <node id="kushner" label="Kushner"/>
</nodes>
<edges><edge id="e1" source="witkoff" target="kushner"/><edge id="e2" source="sharm-el-sheikh-meeting" target="kushner"/></edges>
</graph></gexf>`,
    actors: ['hamas', 'witkoff', 'sharm-el-sheikh-meeting', 'kushner'],
  },
  {
    name: 'flat.graphml',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="hamas"/><node id="witkoff"/><node id="e1"/>
<edge source="hamas" target="witkoff"/><edge source="e1" target="hamas"/>
</graph></graphml>`,
    actors: ['hamas', 'witkoff', 'e1'],
  },
  {
    name: 'back.csv',
    text: 'Source,Target\nQatar,Hamas\nWitkoff,Hamas\n',
    actors: ['qatar', 'hamas', 'witkoff'],
  },
];

describe('files that reuse each other’s ids', () => {
  it('are each drawn right, in one page, with no page error', async () => {
    const app = await openApp(browser);
    const { page } = app;
    for (const file of SEQUENCE) {
      const result = await page.evaluate(
        ({ text, name }) => window.__backchannel?.load(text, name),
        { text: file.text, name: file.name },
      );
      expect(result?.ok, `${file.name}: ${JSON.stringify(result?.problems)}`).toBe(true);
      await ready(page);
      const drawn = await page.evaluate(() =>
        (
          window.__backchannel
            ?.cy()
            ?.nodes('[elementType = "actor"]')
            .map((n) => n.id()) ?? []
        ).sort(),
      );
      expect(drawn, file.name).toEqual([...file.actors].sort());
      expect(await page.getByTestId('region-error').count(), file.name).toBe(0);
    }
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
