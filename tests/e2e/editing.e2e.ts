/**
 * Editing, end to end on the production build (issue 13): from a new empty dataset and the seed
 * article pasted as a source's text, a small network is built as a reporter would — four actors (one
 * from a name selected in the reader, one by keyboard only), a meeting with a mediator (participants
 * picked on the graph), a guarantee with a quote taken from the text with "Quote" — with a reload
 * halfway (nothing lost: the draft comes back), undo and redo, a save (a download) that the CLI
 * validates and that reopens identical, and markup typed into a field shown as text.
 * Screenshots of each stage go to the system's temp folder (printed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { baseUrl, clickElement, launch, openApp, ready, type AppPage } from './browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLE = readFileSync(resolve(ROOT, '../shared/seed/article.txt'), 'utf8');
const SHOTS = join(tmpdir(), `backchannel-editing-e2e-${process.pid}`);
const QUOTE =
  'President Trump’s message is that you will be treated fairly and he stands behind all 20 points of his peace plan.';
const MARKUP = '<img src=x onerror="window.__pwned=1">';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  console.log(`editing e2e screenshots: ${SHOTS}`);
  browser = await launch();
  app = await openApp(browser);
  page = app.page;
  // Chromium has showSaveFilePicker, whose dialog a headless test cannot answer: Save downloads.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.reload();
  await ready(page);
});
afterAll(async () => {
  await browser?.close();
});

const shot = (name: string): Promise<Buffer> =>
  page.screenshot({ path: join(SHOTS, `${name}.png`) });

interface Snapshot {
  key: string;
  on: boolean;
  dataset?: {
    title: string;
    actors: { id: string; name: string; kind: string }[];
    relations: {
      id: string;
      kind: string;
      participants: { actor: string; role?: string }[];
      quotes?: { text: string; source?: string }[];
    }[];
    sources: { id: string; title: string }[];
  };
  texts: Record<string, string>;
  said: string;
}

function snapshot(): Promise<Snapshot> {
  return page.evaluate(() => {
    const s = (window.__backchannel as NonNullable<typeof window.__backchannel>).state();
    return JSON.parse(
      JSON.stringify({
        key: s.data.key,
        on: s.edit.on,
        dataset: s.data.dataset,
        texts: s.edit.sourceTexts,
        said: s.edit.announcement.text,
      }),
    ) as Snapshot;
  });
}

const form = () => page.getByTestId('edit-form');

/** Selects `text` in the reader's article, as a person dragging over it would. */
async function selectInReader(text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="reader-pane"] article');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) return false;
    const place = (offset: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      const last = nodes[nodes.length - 1] as Text;
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + wanted.length));
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return true;
  }, text);
  expect(found, `“${text}” in the reader`).toBe(true);
  await page.getByRole('toolbar', { name: 'Selected passage' }).waitFor();
}

async function addActor(name: string, kind: string): Promise<void> {
  await page.getByTestId('add-actor').click();
  await form().getByRole('textbox', { name: /^Name/ }).fill(name);
  await form().getByRole('combobox', { name: /^Kind/ }).selectOption(kind);
  await form().getByRole('button', { name: 'Add actor' }).click();
  await form().waitFor({ state: 'detached' });
}

async function pickOnGraph(ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.waitForFunction((id) => window.__backchannel?.cy()?.getElementById(id).nonempty(), id); // prettier-ignore
    await page.keyboard.down('Shift');
    await clickElement(page, id);
    await page.keyboard.up('Shift');
  }
  await expect
    .poll(() => page.evaluate(() => [...(window.__backchannel?.state().edit.picked ?? [])]))
    .toEqual(ids);
}

/** Sets the role of the participant row whose actor is `actor`. */
async function setRole(actor: string, role: string): Promise<void> {
  const rows = form().getByTestId('participant');
  const n = await rows.count();
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    if ((await row.getByRole('combobox', { name: /^Actor/ }).inputValue()) === actor) {
      await row.getByRole('combobox', { name: /^Role/ }).selectOption(role);
      return;
    }
  }
  throw new Error(`no participant row for ${actor}`);
}

describe('editing: a small network from the seed article', () => {
  it('starts a new empty dataset from the picker and adds a source with the article as its text', async () => {
    await page.getByTestId('dataset-picker').selectOption('action:new');
    await page.getByTestId('new-dataset-name').fill('Gaza back channel');
    await page.getByTestId('new-dataset-asof').fill('2025-10');
    await page.getByTestId('new-dataset-create').click();
    await page.getByTestId('edit-panel').waitFor();
    const s = await snapshot();
    expect(s.key).toMatch(/^draft:/);
    expect(s.on).toBe(true);
    expect(s.dataset).toMatchObject({ title: 'Gaza back channel', actors: [], relations: [] });
    expect(await page.getByTestId('edit-toggle').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('add-source').click();
    await form()
      .getByRole('textbox', { name: /^Title/ })
      .fill('Seed article');
    await form().getByRole('button', { name: 'Add source' }).click();
    await form().waitFor({ state: 'detached' });
    await page.getByTestId('reader-toggle').click();
    const reader = page.getByTestId('reader-pane');
    await reader.getByRole('button', { name: 'Paste text' }).click();
    await reader.getByRole('textbox', { name: /^Text of/ }).fill(ARTICLE);
    await reader.getByRole('button', { name: 'Use this text' }).click();
    await reader.locator('article').waitFor();
    const after = await snapshot();
    const sourceId = after.dataset?.sources[0]?.id ?? '';
    expect(after.texts[sourceId]?.length).toBeGreaterThan(8000);
    await shot('1-source-text');
  });

  it('adds an actor by keyboard only', async () => {
    // From the page's start, Tab reaches "Add actor"; Enter opens the form, focused on its name.
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    let reached = false;
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'add-actor',
      );
    }
    expect(reached, 'Tab reaches Add actor').toBe(true);
    await page.keyboard.press('Enter');
    await form().waitFor();
    await page.keyboard.type('Steve Witkoff');
    await page.keyboard.press('Enter');
    await form().waitFor({ state: 'detached' });
    const s = await snapshot();
    expect(s.dataset?.actors).toEqual([{ id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'person' }]); // prettier-ignore
    expect(s.said).toMatch(/Steve Witkoff/);
    expect(await page.getByTestId('edit-announce').textContent()).toMatch(/Steve Witkoff/);
  });

  it('adds actors with the form and one from a name selected in the reader', async () => {
    await addActor('Jared Kushner', 'person');
    await addActor('Khalil al-Hayya', 'person');
    await selectInReader('Qatar');
    await page.getByRole('toolbar', { name: 'Selected passage' }).getByRole('button', { name: 'New actor' }).click(); // prettier-ignore
    await expect.poll(() => form().getByRole('textbox', { name: /^Name/ }).inputValue()).toBe('Qatar'); // prettier-ignore
    await form().getByRole('combobox', { name: /^Kind/ }).selectOption('state');
    await form().getByRole('button', { name: 'Add actor' }).click();
    await form().waitFor({ state: 'detached' });
    const s = await snapshot();
    expect(s.dataset?.actors.map((a) => a.id)).toEqual([
      'steve-witkoff',
      'jared-kushner',
      'khalil-al-hayya',
      'qatar',
    ]);
    await shot('2-four-actors');
  });

  it('adds a meeting with a mediator from participants picked on the graph', async () => {
    await pickOnGraph(['steve-witkoff', 'jared-kushner', 'khalil-al-hayya', 'qatar']);
    await page.getByTestId('new-relation').click();
    await expect.poll(() => form().getByTestId('participant').count()).toBe(4);
    await form().getByRole('combobox', { name: /^Kind/ }).selectOption('meeting');
    await setRole('qatar', 'mediator');
    await form()
      .getByRole('textbox', { name: /^Place/ })
      .fill('Sharm el-Sheikh');
    await shot('3-meeting-form');
    await form().getByRole('button', { name: 'Add relation' }).click();
    await form().waitFor({ state: 'detached' });
    const s = await snapshot();
    expect(s.dataset?.relations).toHaveLength(1);
    expect(s.dataset?.relations[0]).toMatchObject({
      kind: 'meeting',
      place: 'Sharm el-Sheikh',
      participants: expect.arrayContaining([{ actor: 'qatar', role: 'mediator' }]),
    });
    await shot('4-meeting');
  });

  it('reloads halfway (the leave warning asks first): the draft comes back, nothing lost', async () => {
    const before = await snapshot();
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await page.getByTestId('edit-panel').waitFor();
    const after = await snapshot();
    expect(after.key).toBe(before.key);
    expect(after.on).toBe(true);
    expect(after.dataset).toEqual(before.dataset);
    expect(after.texts).toEqual(before.texts);
    await shot('5-after-reload');
  });

  it('adds a guarantee whose quote is taken from the text with "Quote"', async () => {
    await pickOnGraph(['steve-witkoff', 'jared-kushner', 'khalil-al-hayya']);
    await page.getByTestId('new-relation').click();
    await form().getByRole('combobox', { name: /^Kind/ }).selectOption('guarantee');
    await setRole('khalil-al-hayya', 'beneficiary');
    const reader = page.getByTestId('reader-pane');
    if (!(await reader.isVisible())) await page.getByTestId('reader-toggle').click();
    await reader.locator('article').waitFor();
    await selectInReader(QUOTE);
    await page.getByRole('toolbar', { name: 'Selected passage' }).getByRole('button', { name: 'Quote' }).click(); // prettier-ignore
    await expect.poll(() => form().getByTestId('quote').count()).toBe(1);
    await shot('6-guarantee-form');
    await form().getByRole('button', { name: 'Add relation' }).click();
    await form().waitFor({ state: 'detached' });
    const s = await snapshot();
    const g = s.dataset?.relations.find((r) => r.kind === 'guarantee');
    const sourceId = s.dataset?.sources[0]?.id;
    expect(g?.quotes).toEqual([{ text: QUOTE, source: sourceId }]);
    await shot('7-guarantee');
  });

  it('undoes and redoes (keys and buttons), each said', async () => {
    await page.getByTestId('graph').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await snapshot()).dataset?.relations.length).toBe(1);
    expect((await snapshot()).said).toMatch(/^Undone: /);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await snapshot()).dataset?.relations.length).toBe(2);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await snapshot()).dataset?.relations.length).toBe(1);
    await page.getByTestId('redo').click();
    await expect.poll(async () => (await snapshot()).dataset?.relations.length).toBe(2);
    expect((await snapshot()).said).toMatch(/^Redone: /);
  });

  it('shows markup typed into a field as text', async () => {
    await addActor(MARKUP, 'other');
    const list = page.getByTestId('edit-actors');
    await expect.poll(() => list.textContent()).toContain(MARKUP);
    expect(await page.locator('[data-testid="edit-panel"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await shot('8-markup');
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await snapshot()).dataset?.actors.length).toBe(4);
  });

  it('a second tab editing the draft: this tab is told, and can load theirs', async () => {
    const other = await app.context.newPage();
    other.setDefaultTimeout(60_000);
    await other.addInitScript(() => {
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
    await other.goto(page.url());
    await other.getByTestId('edit-panel').waitFor();
    await other.getByTestId('add-actor').click();
    await other.getByTestId('edit-form').getByRole('textbox', { name: /^Name/ }).fill('Egypt');
    await other.getByTestId('edit-form').getByRole('button', { name: 'Add actor' }).click();
    const banner = page.getByTestId('conflict-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/changed in another tab/);
    await shot('9-conflict');
    await banner.getByRole('button', { name: 'Load theirs' }).click();
    await expect
      .poll(async () => (await snapshot()).dataset?.actors.map((a) => a.name))
      .toContain('Egypt');
    expect(await banner.count()).toBe(0);
    await other.close();
  });

  it('a page opened without the draft in its link offers to resume it', async () => {
    const third = await app.context.newPage();
    third.setDefaultTimeout(60_000);
    await third.goto(baseUrl());
    await ready(third);
    const banner = third.getByTestId('resume-banner');
    expect(await banner.textContent()).toMatch(/You were editing “Gaza back channel”/);
    await banner.getByRole('button', { name: 'Resume editing' }).click();
    await third.getByTestId('edit-panel').waitFor();
    const key = await third.evaluate(() => window.__backchannel?.state().data.key);
    expect(key).toBe((await snapshot()).key);
    await third.close();
  });

  it('exports the draft from the Export dialog like any dataset', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON (Backchannel)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await dl.path(), 'utf8')) as unknown;
    expect(exported).toEqual((await snapshot()).dataset);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('saves a file that the CLI validates and that reopens identical', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('banner').getByTestId('save').click(),
    ]);
    const file = join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('gaza-back-channel.json');
    const out = execFileSync('node', [resolve(ROOT, 'bin/backchannel.mjs'), 'validate', file], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/valid/i);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).not.toContain('Sharm el‑Sheikh, Egypt, with Witkoff'); // no source text
    const s = await snapshot();
    expect(JSON.parse(text)).toEqual(s.dataset);
    await expect.poll(() => page.getByTestId('edit-announce').textContent()).toMatch(/Saved to/);
    await shot('10-saved');
    const reopened = await page.evaluate(
      (t) => window.__backchannel?.load(t, 'gaza-back-channel.json'),
      text,
    );
    expect(reopened?.ok).toBe(true);
    const back = await snapshot();
    expect(back.key).toBe('file:gaza-back-channel.json');
    expect(back.dataset).toEqual(JSON.parse(text));
    expect(back.on).toBe(false);
    expect(app.problems().filter((p) => p.type === 'pageerror')).toEqual([]);
  });
});
