import { describe, expect, it } from 'vitest';
import {
  DraftStorageError,
  NEWER_VERSION_MESSAGE,
  NO_STORAGE_MESSAGE,
  QUOTA_MESSAGE,
  storageMessage,
  toStorageError,
} from '../../../../src/ui/drafts/errors.ts';

describe('storage messages', () => {
  it('says each refusal in one sentence that tells where the work is', () => {
    expect(storageMessage(new DOMException('full', 'QuotaExceededError'))).toBe(QUOTA_MESSAGE);
    expect(storageMessage(new DOMException('no', 'SecurityError'))).toBe(NO_STORAGE_MESSAGE);
    expect(storageMessage(new DOMException('newer', 'VersionError'))).toBe(NEWER_VERSION_MESSAGE);
    const other = storageMessage(new Error('boom'));
    expect(other).not.toContain('boom');
    for (const m of [
      QUOTA_MESSAGE,
      NO_STORAGE_MESSAGE,
      NEWER_VERSION_MESSAGE,
      other,
      storageMessage('x'),
    ]) {
      expect(m).toMatch(/^[A-Z][^.]*\.$/);
      expect(m).toMatch(/your work stays in this tab until you save it to a file\.$/);
    }
  });

  it('keeps a DraftStorageError as it is and wraps anything else with its cause', () => {
    const own = new DraftStorageError('Own sentence.');
    expect(toStorageError(own)).toBe(own);
    expect(storageMessage(own)).toBe('Own sentence.');
    const cause = new DOMException('full', 'QuotaExceededError');
    const wrapped = toStorageError(cause);
    expect(wrapped).toBeInstanceOf(DraftStorageError);
    expect(wrapped.name).toBe('DraftStorageError');
    expect(wrapped.message).toBe(QUOTA_MESSAGE);
    expect(wrapped.cause).toBe(cause);
  });
});
