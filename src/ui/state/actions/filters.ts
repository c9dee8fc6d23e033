/** Filters: toggles by kind and certainty, the date range, the undated and isolated switches. */
import { NO_FILTERS, type Filters } from '../../../graph/filters.ts';
import { store } from '../store.ts';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

type ListKey = 'hiddenRelationKinds' | 'hiddenActorKinds' | 'hiddenCertainties';

export function toggleHidden<K extends ListKey>(key: K, value: Filters[K][number]): void {
  store.update('filters', (f) => ({ ...f, [key]: toggle(f[key] as Filters[K][number][], value) }));
}

export function setDateRange(from: string | undefined, to: string | undefined): void {
  store.update('filters', (f) => {
    const { from: _f, to: _t, ...rest } = f;
    const next: Filters = { ...rest };
    if (from !== undefined) next.from = from;
    if (to !== undefined) next.to = to;
    return next;
  });
}

export function setShowUndated(showUndated: boolean): void {
  store.update('filters', (f) => ({ ...f, showUndated }));
}

export function setHideIsolated(hideIsolated: boolean): void {
  store.update('filters', (f) => ({ ...f, hideIsolated }));
}

export function resetFilters(): void {
  store.update('filters', () => NO_FILTERS);
}
