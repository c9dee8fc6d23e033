/** View switch, edge mode, layout, colours (by kind or as in the file) and theme. */
import { LAYOUT_LABELS, LAYOUT_NAMES, isLayoutName } from '../../cy/layouts.ts';
import { useAppState } from '../state/store.ts';
import { setAppearance, setEdgeMode, setLayout, setTheme, setView } from '../state/actions/view.ts';
import { useAppearance, useFileLookOffered } from '../graph/appearance.ts';

export function ViewSwitch() {
  const view = useAppState((s) => s.view.view);
  return (
    <div className="segmented" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'actors'} onClick={() => setView('actors')}>
        Actors
      </button>
      <button type="button" aria-pressed={view === 'events'} onClick={() => setView('events')}>
        Events
      </button>
    </div>
  );
}

export function EdgeModeSelect() {
  const view = useAppState((s) => s.view.view);
  const edgeMode = useAppState((s) => s.view.edgeMode);
  if (view !== 'actors') return null;
  return (
    <label className="field">
      <span className="field-label">Links</span>
      <select
        value={edgeMode}
        onChange={(e) => setEdgeMode(e.target.value === 'counted' ? 'counted' : 'each')}
        data-testid="edge-mode"
      >
        <option value="each">each relation</option>
        <option value="counted">counted</option>
      </select>
    </label>
  );
}

export function LayoutSelect() {
  const layout = useAppState((s) => s.view.layout);
  return (
    <label className="field">
      <span className="field-label">Layout</span>
      <select
        value={layout}
        onChange={(e) => {
          if (isLayoutName(e.target.value)) setLayout(e.target.value);
        }}
        data-testid="layout-select"
      >
        {LAYOUT_NAMES.map((n) => (
          <option key={n} value={n}>
            {LAYOUT_LABELS[n]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Colours and sizes": offered only when the dataset carries the file's own (issue 14). */
export function AppearanceSelect() {
  const offered = useFileLookOffered();
  const appearance = useAppearance();
  if (!offered) return null;
  return (
    <label className="field" title="Colours and sizes: by kind, or as in the imported file">
      <span className="field-label">Colours</span>
      <select
        aria-label="Colours and sizes"
        value={appearance}
        onChange={(e) => setAppearance(e.target.value === 'file' ? 'file' : 'kind')}
        data-testid="appearance-select"
      >
        <option value="kind">by kind</option>
        <option value="file">as in the file</option>
      </select>
    </label>
  );
}

export function ThemeToggle() {
  const theme = useAppState((s) => s.view.theme);
  return (
    <button
      type="button"
      aria-pressed={theme === 'dark'}
      aria-label="Dark theme"
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      data-testid="theme-toggle"
    >
      {theme === 'dark' ? '☀ Light' : '☾ Dark'}
    </button>
  );
}
