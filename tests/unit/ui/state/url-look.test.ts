/** The colours chosen (issue 14 'file', issue 15 'community') are kept in the URL as `look`. */
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState } from '../../../../src/ui/state/url.ts';
import { INITIAL_STATE, type AppState } from '../../../../src/ui/state/store.ts';
import type { Appearance } from '../../../../src/cy/file-style.ts';

const withLook = (appearance: Appearance): AppState => ({
  ...INITIAL_STATE,
  view: { ...INITIAL_STATE.view, appearance },
});

describe('look in the URL', () => {
  it('keeps "by community" and "as in the file", and writes nothing for "by kind"', () => {
    expect(encodeUrlState(withLook('community'))).toContain('look=community');
    expect(encodeUrlState(withLook('file'))).toContain('look=file');
    expect(encodeUrlState(withLook('kind'))).not.toContain('look');
    for (const look of ['community', 'file'] as const)
      expect(decodeUrlState(`#${encodeUrlState(withLook(look))}`).view.appearance).toBe(look);
    expect(decodeUrlState('#look=rainbow').view.appearance).toBeUndefined();
  });
});
