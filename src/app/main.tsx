/** The explorer's entry: one graph handle, the test hook, the React tree, then start-up. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ControllerContext } from '../ui/graph/controller-context.ts';
import { GraphHandle } from '../ui/graph/graph-handle.ts';
import { App } from '../ui/shell/App.tsx';
import { clearSelection, select, toggleCollapsed } from '../ui/state/actions/selection.ts';
import { editor } from '../ui/edit/editor.ts';
import { store } from '../ui/state/store.ts';
import { installTestHook } from './test-hook.ts';
import { followArrangement, keepArrangement } from '../ui/graph/arrangement.ts';
import { boot } from './boot.ts';
import { installOverview, showGroupCard, toggleGroup } from '../ui/overview/actions.ts';
import '../ui/shell/app.css';

const graph = new GraphHandle({
  onTapActor: (id, how) => editor.tapActor(id, how),
  onDrawEdge: (from, to) => editor.newRelation([from, to]),
  onTapRelation: (id) => select({ type: 'relation', id }),
  onTapBackground: () => clearSelection(),
  onToggleGroup: (id) => {
    // An overview group (`group:<id>`), or an opened bloc's box: open or close it; else collapse.
    const group = id.startsWith('group:') ? id.slice('group:'.length) : undefined;
    if (group !== undefined) toggleGroup(group);
    else if (store.get().overview.expanded.includes(id)) toggleGroup(id);
    else toggleCollapsed(id);
  },
  onTapGroup: (group) => showGroupCard(group),
  onLayoutProgress: (fraction) =>
    store.update('ui', (u) => ({ ...u, layoutProgress: fraction >= 1 ? undefined : fraction })),
  onDrawn: (drawnScene) => store.update('ui', (u) => ({ ...u, drawnScene })),
  onHover: (target) =>
    store.update('ui', (u) => {
      if (target) return { ...u, card: { ...target, via: 'pointer' } };
      if (!u.card) return u;
      const { card: _card, ...rest } = u;
      return rest;
    }),
  onArranged: (positions, moved) => {
    keepArrangement(store.get().ui.drawnScene, positions);
    editor.arranged(positions, moved);
  },
  onViewport: (viewport) => store.update('ui', (u) => ({ ...u, viewport })),
});
installTestHook(graph);
installOverview();
followArrangement(graph);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ControllerContext.Provider value={graph}>
        <App />
      </ControllerContext.Provider>
    </StrictMode>,
  );
}
void boot(graph);
