// @vitest-environment jsdom
/**
 * The editor forms in jsdom: problems shown at their fields as you type, submit refused while there
 * are problems, Enter submits and Escape cancels, a kind change names the roles it changes, a quote
 * from the source reader lands in the open relation form, markup typed is shown as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../../../src/model/schema.ts';
import { applyEdit } from '../../../../../src/model/edit/index.ts';
import type { EditCommand, EditOutcome } from '../../../../../src/model/edit/types.ts';
import { ActorForm } from '../../../../../src/ui/edit/forms/ActorForm.tsx';
import { RelationForm } from '../../../../../src/ui/edit/forms/RelationForm.tsx';
import { SourceForm } from '../../../../../src/ui/edit/forms/SourceForm.tsx';
import { MetaForm } from '../../../../../src/ui/edit/forms/MetaForm.tsx';
import { generateDataset } from '../../../../../src/gen/generate.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const gaza = JSON.parse(
  readFileSync(join(process.cwd(), 'graph-data/gaza-ceasefire-2025.json'), 'utf8'),
) as Dataset;

let root: Root | undefined;

afterEach(async () => {
  if (root) await act(async () => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(node));
  return host;
}

function props(dataset = gaza) {
  const submitted: EditCommand[] = [];
  const onSubmit = vi.fn((c: EditCommand): EditOutcome => {
    submitted.push(c);
    return applyEdit(dataset, c);
  });
  const onCancel = vi.fn();
  return { dataset, onSubmit, onCancel, submitted };
}

/** Types into a controlled input, textarea or select the way React hears it. */
async function change(el: Element | null, value: string): Promise<void> {
  if (!(
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  ))
    throw new Error('not a field');
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

/** Lets the check that follows typing run. */
async function settle(): Promise<void> {
  await act(async () => new Promise((r) => setTimeout(r, 200)));
}

async function key(el: Element, k: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }),
    );
  });
}

function field(
  host: HTMLElement,
  label: string,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const l = [...host.querySelectorAll('label')].find(
    (x) => x.textContent?.replace(/\s*\*$/, '') === label,
  );
  const el = l?.htmlFor ? document.getElementById(l.htmlFor) : null;
  if (!(
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  ))
    throw new Error(`no field labelled ${label}`);
  return el;
}

function submitButton(host: HTMLElement): HTMLButtonElement {
  const b = host.querySelector('button[type="submit"]');
  if (!(b instanceof HTMLButtonElement)) throw new Error('no submit button');
  return b;
}

describe('ActorForm', () => {
  it('adds a new actor on Enter, its id made from the name, markup kept as text', async () => {
    const p = props();
    const host = await render(<ActorForm {...p} />);
    const name = field(host, 'Name');
    expect(document.activeElement).toBe(name);
    await change(name, '<img src=x onerror=alert(1)> Mohammed bin Abdulrahman');
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('code')?.textContent).toBe(
      'img-src-x-onerror-alert-1-mohammed-bin-abdulrahman',
    );
    await change(field(host, 'Kind'), 'state');
    await change(field(host, 'Member of'), 'qatar');
    await key(name, 'Enter');
    expect(p.onSubmit).toHaveBeenCalledTimes(1);
    const c = p.submitted[0];
    expect(c?.type).toBe('addActor');
    if (c?.type === 'addActor')
      expect(c.actor).toEqual({
        id: 'img-src-x-onerror-alert-1-mohammed-bin-abdulrahman',
        name: '<img src=x onerror=alert(1)> Mohammed bin Abdulrahman',
        kind: 'state',
        memberOf: 'qatar',
      });
  });

  it('shows the validator’s message at the field, refuses to submit, and focuses it from the list', async () => {
    const p = props();
    const host = await render(<ActorForm {...p} id="kushner" />);
    const name = field(host, 'Name');
    await change(name, '   ');
    expect(name.getAttribute('aria-invalid')).toBeNull(); // not checked before the pause
    await settle();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('must not be empty');
    expect(submitButton(host).disabled).toBe(true);
    expect(host.querySelector('.edit-form-why')?.textContent).toContain('fix the problem above');
    await key(name, 'Enter');
    expect(p.onSubmit).not.toHaveBeenCalled();
    const item = [...host.querySelectorAll('.form-problems button')].find(
      (b) => b.textContent === 'Name: must not be empty',
    );
    if (!(item instanceof HTMLButtonElement)) throw new Error('no problem item');
    field(host, 'Kind').focus();
    await act(async () => item.click());
    expect(document.activeElement).toBe(name);
  });

  it('shows a memberOf cycle found at another actor at its own Member of field', async () => {
    const p = props();
    const group = gaza.actors.find((a) => a.id === 'kushner')?.memberOf ?? '';
    const host = await render(<ActorForm {...p} id={group} />);
    const memberOf = field(host, 'Member of');
    await change(memberOf, 'kushner');
    await settle();
    expect(memberOf.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(memberOf.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/cycle|member of itself/);
  });

  it('cancels on Escape and keeps x- keys on save', async () => {
    const ds: Dataset = {
      ...gaza,
      actors: gaza.actors.map((a) => (a.id === 'kushner' ? { ...a, 'x-note': 'kept' } : a)),
    };
    const p = props(ds);
    const host = await render(<ActorForm {...p} id="kushner" />);
    await change(field(host, 'Title (office or role)'), 'Adviser');
    await key(field(host, 'Aliases'), 'Enter', { ctrlKey: true });
    const c = p.submitted[0];
    if (c?.type !== 'updateActor') throw new Error('expected an update');
    expect((c.actor as Record<string, unknown>)['x-note']).toBe('kept');
    expect(c.actor.title).toBe('Adviser');
    await key(field(host, 'Name'), 'Escape');
    expect(p.onCancel).toHaveBeenCalledTimes(1);
  });
});

describe('a refusal by onSubmit', () => {
  it('is shown in the form until the next change', async () => {
    const onSubmit = vi.fn((): EditOutcome => ({
      ok: false,
      problems: [
        { path: 'actors[3].name', message: 'is taken by the other tab' },
        { path: '(root)', message: 'the draft could not be stored' },
      ],
    }));
    const host = await render(
      <ActorForm dataset={gaza} onSubmit={onSubmit} onCancel={() => undefined} id="kushner" />,
    );
    const index = gaza.actors.findIndex((a) => a.id === 'kushner');
    expect(index).toBe(3);
    await key(field(host, 'Name'), 'Enter');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(host.querySelector('.form-problems')?.textContent).toContain(
      'the draft could not be stored',
    );
    expect(field(host, 'Name').getAttribute('aria-invalid')).toBe('true');
    await change(field(host, 'Title (office or role)'), 'Adviser');
    expect(host.querySelector('.form-problems')).toBeNull();
  });
});

describe('RelationForm', () => {
  const meeting = gaza.relations.find(
    (r) => r.kind === 'meeting' && r.participants.some((q) => q.role === 'mediator'),
  );

  it('names each role a kind change drops before saving', async () => {
    if (!meeting) throw new Error('no meeting with a mediator');
    const p = props();
    const host = await render(<RelationForm {...p} id={meeting.id} />);
    await change(field(host, 'Kind'), 'statement');
    const notes = host.querySelector('[data-testid="role-notes"]')?.textContent ?? '';
    const mediator = meeting.participants.find((q) => q.role === 'mediator');
    const name = gaza.actors.find((a) => a.id === mediator?.actor)?.name ?? '';
    expect(notes).toContain(
      `${name}'s role 'mediator' does not exist in a statement: now 'speaker'`,
    );
    const roles = [...host.querySelectorAll('[data-testid="participant"]')].map(
      (li) => [...li.querySelectorAll('select')][1]?.value,
    );
    expect(roles.every((r) => r === 'speaker' || r === 'addressee' || r === 'subject')).toBe(true);
    await settle();
    await act(async () => submitButton(host).click());
    const c = p.submitted[0];
    if (c?.type !== 'updateRelation') throw new Error('expected an update');
    expect(c.relation.kind).toBe('statement');
  });

  it('adds an incoming quote verbatim each time its key changes, and not at mount', async () => {
    const p = props();
    const quote = { key: 1, text: 'We <b>met</b>  face to face.', source: 'seed-article' };
    const host = await render(
      <RelationForm
        {...p}
        prefill={{ participants: ['witkoff', 'kushner'] }}
        incomingQuote={quote}
      />,
    );
    expect(host.querySelectorAll('[data-testid="quote"]').length).toBe(0);
    await act(async () =>
      root?.render(
        <RelationForm
          {...p}
          prefill={{ participants: ['witkoff', 'kushner'] }}
          incomingQuote={{ ...quote, key: 2 }}
        />,
      ),
    );
    const quotes = host.querySelectorAll('[data-testid="quote"]');
    expect(quotes.length).toBe(1);
    expect(quotes[0]?.querySelector('textarea')?.value).toBe('We <b>met</b>  face to face.');
    expect(host.querySelector('b')).toBeNull();
    await settle();
    await key(field(host, 'Label'), 'Enter');
    const c = p.submitted[0];
    if (c?.type !== 'addRelation') throw new Error('expected an add');
    expect(c.relation.quotes).toEqual([
      { text: 'We <b>met</b>  face to face.', source: 'seed-article' },
    ]);
    expect(c.relation.participants.map((q) => q.actor)).toEqual(['witkoff', 'kushner']);
  });

  it('asks for an actor where none is chosen, and focuses the first', async () => {
    const p = props();
    const host = await render(<RelationForm {...p} />);
    await key(field(host, 'Label'), 'Enter');
    expect(p.onSubmit).not.toHaveBeenCalled();
    const actorSelects = [...host.querySelectorAll('[data-testid="participant"] select')].filter(
      (s) => s.getAttribute('aria-invalid') === 'true',
    );
    expect(actorSelects.length).toBe(2);
    expect(host.querySelector('.form-problems')?.textContent).toContain(
      'Participant 1: actor: choose an actor',
    );
    expect(document.activeElement).toBe(actorSelects[0]);
  });
});

describe('SourceForm and MetaForm', () => {
  it('refuses a non-http URL at the URL field, and says what cites the source', async () => {
    const p = props();
    const host = await render(<SourceForm {...p} id="seed-article" />);
    expect(host.querySelector('[data-testid="source-cited-by"]')?.textContent).toContain(
      'actor Jared Kushner',
    );
    const url = field(host, 'URL');
    await change(url, 'javascript:alert(1)');
    await settle();
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(host.textContent).toContain(
      "'javascript:alert(1)' must be an absolute http: or https: URL",
    );
  });

  it('sets the dataset’s as-of date with a qualifier', async () => {
    const p = props();
    const host = await render(<MetaForm {...p} />);
    await change(field(host, 'As of'), '2025-10');
    await change(field(host, 'As of: how sure'), '~');
    await key(field(host, 'Title'), 'Enter');
    const c = p.submitted[0];
    if (c?.type !== 'setMeta') throw new Error('expected setMeta');
    expect(c.meta.asOf).toBe('2025-10~');
    expect(c.meta.title).toBe(gaza.title);
  });
});

describe('a long actor list', () => {
  it('gets a find box that narrows the select, and Enter in it does not submit', async () => {
    const big = generateDataset({ actors: 1000, seed: 1 });
    const p = props(big);
    // A leaf actor, joined to a group at the top: no cycle.
    const parents = new Set(big.actors.map((a) => a.memberOf));
    const leaf = big.actors.find((a) => !parents.has(a.id));
    const target = big.actors.filter((a) => a.memberOf === undefined && a.id !== leaf?.id).at(-1);
    if (!target || !leaf) throw new Error('no actor');
    const host = await render(<ActorForm {...p} id={leaf.id} />);
    const select = field(host, 'Member of');
    expect(select instanceof HTMLSelectElement && select.options.length).toBeLessThanOrEqual(202);
    const find = field(host, 'Find: Member of');
    await change(find, target.name);
    const values = [...(select as HTMLSelectElement).options].map((o) => o.value);
    expect(values).toContain(target.id);
    expect(values.length).toBeLessThan(20);
    await key(find, 'Enter');
    expect(p.onSubmit).not.toHaveBeenCalled();
    await change(select, target.id);
    await key(field(host, 'Name'), 'Enter');
    const c = p.submitted[0];
    if (c?.type !== 'updateActor')
      throw new Error(`expected an update: ${host.querySelector('.form-problems')?.textContent}`);
    expect(c.actor.memberOf).toBe(target.id);
  });
});
