/**
 * An error boundary around one region of the page (the graph, a sidebar panel, a dialog): a throw
 * while rendering it shows what failed and a way back, and the rest of the app keeps working. It
 * resets itself when `resetKey` changes (a new dataset, another tab).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { store } from '../state/store.ts';
import { lastFile, loadBundled, loadFile } from '../state/actions/data.ts';
import { DEFAULT_DATASET } from '../state/bundled.ts';

interface Props {
  /** What the region is, for the message: "the graph", "the Details panel". */
  region: string;
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error?: Error;
}

/** Opens the dataset shown last (or the default one) again, as it was loaded. */
export async function reloadLastGood(): Promise<void> {
  const key = store.get().data.key;
  if (key.startsWith('file:')) {
    const file = lastFile(key.slice('file:'.length));
    if (file && (await loadFile(file, false)).ok) return;
  }
  const name = key.startsWith('bundled:') ? key.slice('bundled:'.length) : DEFAULT_DATASET;
  await loadBundled(name, false);
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Backchannel: ${this.props.region} failed`, error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey)
      this.setState({ error: undefined });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="region-error" role="alert" data-testid="region-error">
        <p>
          <strong>Something went wrong in {this.props.region}.</strong> {error.message}
        </p>
        <p>The rest of the page still works.</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>{' '}
        <button
          type="button"
          onClick={() => void reloadLastGood().then(() => this.setState({ error: undefined }))}
        >
          Reload the last good dataset
        </button>
      </div>
    );
  }
}
