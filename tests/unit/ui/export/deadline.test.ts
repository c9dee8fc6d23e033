import { describe, expect, it } from 'vitest';
import {
  ExportTimeoutError,
  timeoutText,
  withDeadline,
} from '../../../../src/ui/export/deadline.ts';
import { imageFailureText } from '../../../../src/ui/export/export-plan.ts';

describe('withDeadline', () => {
  it('answers with the work’s result when it finishes in time', async () => {
    await expect(withDeadline(async () => 42, 1000, 'image')).resolves.toBe(42);
  });

  it('passes the work’s own error through', async () => {
    await expect(
      withDeadline(
        async () => {
          throw new Error('no canvas');
        },
        1000,
        'image',
      ),
    ).rejects.toThrow('no canvas');
  });

  it('gives up at the limit with a message, even if the work never settles', async () => {
    const started = Date.now();
    const never = withDeadline(() => new Promise<number>(() => {}), 50, 'image');
    const error = await never.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(imageFailureText(error)).toBe(timeoutText('image', 50));
    expect(imageFailureText(error)).toMatch(
      /^The export took too long: the image was not ready after 0\.1 s/,
    );
  });

  it('aborts the work’s signal at the limit, with the timeout as its reason', async () => {
    let seen: AbortSignal | undefined;
    const slow = withDeadline(
      async (signal) => {
        seen = signal;
        await new Promise((r) => setTimeout(r, 200));
        signal.throwIfAborted();
        return 'drawn';
      },
      20,
      'image',
    );
    await expect(slow).rejects.toBeInstanceOf(ExportTimeoutError);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(ExportTimeoutError);
  });
});
