/**
 * What the browser's storage refused, said in one plain sentence for the screen. Every sentence ends by
 * saying where the work is: still in the tab, until it is saved to a file.
 */

const KEPT = 'your work stays in this tab until you save it to a file.';

export const NO_STORAGE_MESSAGE = `This browser keeps no local drafts here (a private window, or site storage turned off), so ${KEPT}`;
export const BLOCKED_MESSAGE = `Another Backchannel tab holds the drafts in an older version (close it and reload), so for now ${KEPT}`;
export const QUOTA_MESSAGE = `The browser's storage for this site is full, so the draft could not be kept: ${KEPT}`;
export const NEWER_VERSION_MESSAGE = `A newer version of Backchannel in another tab changed how drafts are kept (reload this page), so for now ${KEPT}`;
export const MISSING_DRAFT_MESSAGE =
  'That draft is no longer kept in this browser (it may have been deleted in another tab).';
const FAILED_MESSAGE = `The browser could not keep the draft locally, so ${KEPT}`;

/** Storage was refused or failed: `message` is one sentence to show as it is. */
export class DraftStorageError extends Error {
  override readonly name = 'DraftStorageError';
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const { name } = error as { name: unknown };
    return typeof name === 'string' ? name : '';
  }
  return '';
}

/** The sentence for an error thrown by IndexedDB (a DOMException, usually) or by the drafts code. */
export function storageMessage(error: unknown): string {
  if (error instanceof DraftStorageError) return error.message;
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return QUOTA_MESSAGE;
    case 'SecurityError':
    case 'InvalidAccessError':
      return NO_STORAGE_MESSAGE;
    case 'VersionError':
      return NEWER_VERSION_MESSAGE;
    default:
      return FAILED_MESSAGE;
  }
}

/** `error` as a DraftStorageError (kept as the cause). */
export function toStorageError(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  return new DraftStorageError(storageMessage(error), { cause: error });
}
