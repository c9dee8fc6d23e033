// @vitest-environment jsdom
/** The error boundary: a region that throws while rendering shows what failed; its siblings stay. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../src/ui/shell/ErrorBoundary.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Boom({ when }: { when: boolean }) {
  if (when) throw new Error("Can not create edge 'tie-1#0' with nonexistent source 'witkoff'");
  return <p>drawn</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the failure and a way back in its region, and leaves the rest of the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <>
          <ErrorBoundary region="the graph" resetKey="a">
            <Boom when />
          </ErrorBoundary>
          <p id="sibling">the sidebar</p>
        </>,
      );
    });
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something went wrong in the graph.');
    expect(alert?.textContent).toContain('nonexistent source');
    expect(host.querySelector('#sibling')?.textContent).toBe('the sidebar');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Try again',
      'Reload the last good dataset',
    ]);
    // A new dataset (reset key) renders the region again.
    await act(async () => {
      root.render(
        <ErrorBoundary region="the graph" resetKey="b">
          <Boom when={false} />
        </ErrorBoundary>,
      );
    });
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.textContent).toBe('drawn');
    await act(async () => root.unmount());
  });
});
