/** View switch, edge mode, layout, colours (by kind or as in the file) and theme. */
import { LAYOUT_LABELS, LAYOUT_NAMES, isLayoutName } from '../../cy/layouts.ts';
import { useAppState } from '../state/store.ts';
import { setAppearance, setEdgeMode, setLayout, setTheme, setView } from '../state/actions/view.ts';
import { useAppearance, useCommunityLookOffered, useFileLookOffered } from '../graph/appearance.ts';
import type { Appearance } from '../../cy/file-style.ts';

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

/** "Colours and sizes": by kind, as in the file (when it carries its own), by community (actor view). */
export function AppearanceSelect() {
  const offered = useFileLookOffered();
  const communities = useCommunityLookOffered();
  const appearance = useAppearance();
  if (!offered && !communities) return null;
  return (
    <label
      className="field"
      title="Colours and sizes: by kind, as in the imported file, or by community (Louvain)"
    >
      <span className="field-label">Colours</span>
      <select
        aria-label="Colours and sizes"
        value={appearance}
        onChange={(e) => setAppearance(appearanceOf(e.target.value))}
        data-testid="appearance-select"
      >
        <option value="kind">by kind</option>
        {offered && <option value="file">as in the file</option>}
        {communities && <option value="community">by community</option>}
      </select>
    </label>
  );
}

function appearanceOf(v: string): Appearance {
  return v === 'file' || v === 'community' ? v : 'kind';
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
