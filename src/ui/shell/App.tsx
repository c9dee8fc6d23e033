/** The page: header, canvas with legend and controls, sidebar; drop zone and dialogs. */
import { store, useAppState } from '../state/store.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { DropZone } from '../datasets/DropZone.tsx';
import { ProblemsDialog } from '../datasets/ProblemsDialog.tsx';
import { dismissRefused } from '../state/actions/data.ts';
import { setTab } from '../state/actions/selection.ts';
import { Header } from './Header.tsx';
import { Sidebar } from './Sidebar.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { EditLayer } from '../edit/EditLayer.tsx';
import { ReaderPane } from '../edit/ReaderPane.tsx';
import { shorten } from '../../model/shorten.ts';

function Status() {
  const loading = useAppState((s) => s.data.loading);
  const warnings = useAppState((s) => s.data.warnings);
  const title = useAppState((s) => s.data.dataset?.title);
  const notice = useAppState((s) => s.ui.notice);
  return (
    <div className="status-line" role="status" aria-live="polite">
      {loading ? 'Loading…' : title ? `Showing “${shorten(title, 200)}”` : 'No dataset'}
      {notice !== undefined && (
        <span className="notice" data-testid="notice">
          {' '}
          · {notice}{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              store.update('ui', (u) => {
                const { notice: _n, ...rest } = u;
                return rest;
              })
            }
          >
            dismiss
          </button>
        </span>
      )}
      {warnings.length > 0 && (
        <span className="warnings">
          {' '}
          · {warnings.length} import {warnings.length === 1 ? 'note' : 'notes'}:{' '}
          {warnings.slice(0, 3).join('; ')}
          <button type="button" className="link" onClick={() => dismissRefused()}>
            dismiss
          </button>
        </span>
      )}
    </div>
  );
}

export function App() {
  const theme = useAppState((s) => s.view.theme);
  const dataset = useAppState((s) => s.data.dataset);
  return (
    <div className={`app theme-${theme}`} data-theme={theme}>
      <button
        type="button"
        className="skip-link"
        onClick={() => {
          setTab('list');
          requestAnimationFrame(() => document.getElementById('panel-list')?.focus());
        }}
      >
        Skip to the text view
      </button>
      <Header />
      <Status />
      <EditLayer />
      <main className="app-main">
        <ErrorBoundary region="the graph" resetKey={dataset}>
          <GraphCanvas />
        </ErrorBoundary>
        <ErrorBoundary region="the source reader">
          <ReaderPane />
        </ErrorBoundary>
        <Sidebar />
      </main>
      <DropZone />
      <ErrorBoundary region="the problems dialog" resetKey={dataset}>
        <ProblemsDialog />
      </ErrorBoundary>
    </div>
  );
}
