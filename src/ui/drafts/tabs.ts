/**
 * Tabs of one browser editing drafts: each tells the others when it wrote a draft, so that a tab
 * showing that draft can say so at once (the revision lock in `DraftStore.put` catches the conflict
 * anyway, at the next write). Where BroadcastChannel is missing, the channel does nothing.
 */
import { randomId } from './ids.ts';

export const DRAFTS_CHANNEL = 'backchannel-drafts';

export interface DraftChange {
  id: string;
  revision: number;
  writerId: string;
}

export interface DraftChannel {
  /** Tells the other tabs that this tab wrote draft `id` at `revision`. */
  announce(id: string, revision: number): void;
  close(): void;
}

/** An id for this tab, stored as `writerId` in what it writes. */
export function newWriterId(): string {
  return `tab-${randomId()}`;
}

function asChange(data: unknown): DraftChange | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id, revision, writerId } = data as Record<string, unknown>;
  if (type !== 'draft-changed') return undefined;
  if (typeof id !== 'string' || typeof writerId !== 'string') return undefined;
  if (typeof revision !== 'number' || !Number.isInteger(revision)) return undefined;
  return { id, revision, writerId };
}

/**
 * Tells other tabs that a draft changed (BroadcastChannel 'backchannel-drafts'), and listens:
 * `onChange` hears of changes made by other tabs only (another `writerId`).
 */
export function createDraftChannel(
  writerId: string,
  onChange: (e: DraftChange) => void,
): DraftChannel {
  if (typeof BroadcastChannel !== 'function') return { announce: () => {}, close: () => {} };
  let channel: BroadcastChannel | undefined = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const change = asChange(event.data);
    if (change !== undefined && change.writerId !== writerId) onChange(change);
  };
  return {
    announce(id, revision) {
      channel?.postMessage({ type: 'draft-changed', id, revision, writerId });
    },
    close() {
      channel?.close();
      channel = undefined;
    },
  };
}
