/** Selection, neighbourhood focus, collapsed groups, the open tab. */
import { store, type SelectionState } from '../store.ts';

export function select(selection: SelectionState['selection']): void {
  store.update('selection', (s) => {
    const { selection: _old, ...rest } = s;
    return selection ? { ...rest, selection } : rest;
  });
  if (selection) store.update('ui', (u) => (u.tab === 'details' ? u : { ...u, tab: 'details' }));
}

export function clearSelection(): void {
  select(undefined);
}

export function setFocus(focus: SelectionState['focus']): void {
  store.update('selection', (s) => {
    const { focus: _old, ...rest } = s;
    return focus ? { ...rest, focus } : rest;
  });
}

export function toggleCollapsed(id: string): void {
  store.update('selection', (s) => ({
    ...s,
    collapsed: s.collapsed.includes(id)
      ? s.collapsed.filter((c) => c !== id)
      : [...s.collapsed, id],
  }));
}

export function setCollapsed(ids: string[]): void {
  store.update('selection', (s) => ({ ...s, collapsed: ids }));
}

export function setTab(tab: string): void {
  store.update('ui', (u) => (u.tab === tab ? u : { ...u, tab }));
}
