/**
 * The header, one row whatever it holds: dataset, open file, view, links, layout, theme and actions
 * (Export…, the analysis chips) scroll sideways in their strip when the window is narrow; the search
 * and, on narrow screens, the Panels button stay in view.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { DatasetPicker } from '../datasets/DatasetPicker.tsx';
import { OpenFile } from '../datasets/OpenFile.tsx';
import {
  AppearanceSelect,
  EdgeModeSelect,
  LayoutSelect,
  ThemeToggle,
  ViewSwitch,
} from '../header/ViewControls.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { HEADER_ACTIONS } from './panels.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { SheetToggle } from './Sidebar.tsx';
import { EditControls } from '../edit/EditControls.tsx';

/** Which ends of the controls' strip have more controls beyond them (drawn as a fade). */
type Overflow = 'none' | 'right' | 'both' | 'left';

function useOverflow(ref: RefObject<HTMLDivElement | null>): Overflow {
  const [overflow, setOverflow] = useState<Overflow>('none');
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const more = el.scrollWidth - el.clientWidth;
      if (more <= 1) return setOverflow('none');
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft < more - 1;
      setOverflow(left && right ? 'both' : left ? 'left' : 'right');
    };
    // Reading scrollWidth lays the page out: once per frame at most, not on every change of the
    // strip (an edit changes it several times in one task, and the page can be large).
    let frame: number | undefined;
    const later = () => {
      frame ??= requestAnimationFrame(() => {
        frame = undefined;
        measure();
      });
    };
    measure();
    el.addEventListener('scroll', later, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(later);
    observer?.observe(el);
    for (const child of el.children) observer?.observe(child);
    const mutations = new MutationObserver(later);
    mutations.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      el.removeEventListener('scroll', later);
      observer?.disconnect();
      mutations.disconnect();
    };
  }, [ref]);
  return overflow;
}

export function Header() {
  const strip = useRef<HTMLDivElement>(null);
  const overflow = useOverflow(strip);
  return (
    <header className="app-header">
      <h1 className="brand">Backchannel</h1>
      <div
        ref={strip}
        className="header-controls"
        data-testid="header-controls"
        data-overflow={overflow}
      >
        <DatasetPicker />
        <OpenFile />
        <ViewSwitch />
        <EdgeModeSelect />
        <LayoutSelect />
        <AppearanceSelect />
        <ThemeToggle />
        {HEADER_ACTIONS.map(({ id, component: Action }) => (
          <ErrorBoundary key={id} region={`the ${id} action`}>
            <Action />
          </ErrorBoundary>
        ))}
      </div>
      <EditControls />
      <SearchBox />
      <SheetToggle />
    </header>
  );
}
