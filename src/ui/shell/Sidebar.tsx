/** The right sidebar: tabs from the panel registry (ARIA tabs: arrows move between tabs). */
import { useRef } from 'react';
import { useAppState } from '../state/store.ts';
import { setTab } from '../state/actions/selection.ts';
import { SIDEBAR_PANELS } from './panels.ts';

export function Sidebar() {
  const tab = useAppState((s) => s.ui.tab);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = SIDEBAR_PANELS.find((p) => p.id === tab) ?? SIDEBAR_PANELS[0];
  if (!current) return null;
  const Panel = current.component;
  const index = SIDEBAR_PANELS.indexOf(current);
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div role="tablist" aria-label="Panels" className="tabs">
        {SIDEBAR_PANELS.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === current.id}
            aria-controls={`panel-${p.id}`}
            tabIndex={p.id === current.id ? 0 : -1}
            onClick={() => setTab(p.id)}
            onKeyDown={(e) => {
              const n = SIDEBAR_PANELS.length;
              const next =
                e.key === 'ArrowRight'
                  ? (index + 1) % n
                  : e.key === 'ArrowLeft'
                    ? (index - 1 + n) % n
                    : undefined;
              if (next === undefined) return;
              e.preventDefault();
              const target = SIDEBAR_PANELS[next];
              if (target) setTab(target.id);
              tabs.current[next]?.focus();
            }}
          >
            {p.title}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="panel"
        tabIndex={0}
      >
        <Panel />
      </div>
    </aside>
  );
}
