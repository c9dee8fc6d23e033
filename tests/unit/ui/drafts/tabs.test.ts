import { afterEach, describe, expect, it } from 'vitest';
import {
  createDraftChannel,
  DRAFTS_CHANNEL,
  newWriterId,
  type DraftChange,
} from '../../../../src/ui/drafts/tabs.ts';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function channel(writerId: string) {
  const heard: DraftChange[] = [];
  const c = createDraftChannel(writerId, (e) => heard.push(e));
  closers.push(() => c.close());
  return { c, heard };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
}

describe('draft channel between tabs', () => {
  it('gives each tab its own writer id', () => {
    const a = newWriterId();
    expect(a).toMatch(/^tab-[0-9a-f-]{32,36}$/);
    expect(newWriterId()).not.toBe(a);
  });

  it('tells the other tabs, not the one that wrote', async () => {
    const one = channel('tab-1');
    const two = channel('tab-2');
    const three = channel('tab-3');
    one.c.announce('draft-a', 4);
    await until(() => two.heard.length > 0 && three.heard.length > 0);
    expect(two.heard).toEqual([{ id: 'draft-a', revision: 4, writerId: 'tab-1' }]);
    expect(three.heard).toEqual([{ id: 'draft-a', revision: 4, writerId: 'tab-1' }]);
    two.c.announce('draft-a', 5);
    await until(() => one.heard.length > 0 && three.heard.length > 1);
    expect(one.heard).toEqual([{ id: 'draft-a', revision: 5, writerId: 'tab-2' }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(two.heard).toHaveLength(1); // its own announcement is not heard back
  });

  it('ignores messages of another shape, and nothing is heard after close', async () => {
    const one = channel('tab-1');
    const raw = new BroadcastChannel(DRAFTS_CHANNEL);
    closers.push(() => raw.close());
    raw.postMessage('hello');
    raw.postMessage({ type: 'draft-changed', id: 3, revision: 1, writerId: 'x' });
    raw.postMessage({ type: 'other', id: 'a', revision: 1, writerId: 'x' });
    raw.postMessage({ type: 'draft-changed', id: 'a', revision: 1.5, writerId: 'x' });
    raw.postMessage({ type: 'draft-changed', id: 'ok', revision: 2, writerId: 'x' });
    await until(() => one.heard.length > 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(one.heard).toEqual([{ id: 'ok', revision: 2, writerId: 'x' }]);
    one.c.close();
    raw.postMessage({ type: 'draft-changed', id: 'late', revision: 3, writerId: 'x' });
    await new Promise((r) => setTimeout(r, 30));
    expect(one.heard).toHaveLength(1);
    one.c.announce('after-close', 1); // does not throw
  });

  it('does nothing where BroadcastChannel is missing', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'BroadcastChannel');
    Object.defineProperty(globalThis, 'BroadcastChannel', { value: undefined, configurable: true });
    try {
      const heard: DraftChange[] = [];
      const c = createDraftChannel('tab-1', (e) => heard.push(e));
      expect(() => c.announce('a', 1)).not.toThrow();
      c.close();
      expect(heard).toEqual([]);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'BroadcastChannel', saved);
    }
  });
});
