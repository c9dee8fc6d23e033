/**
 * The header, one row whatever it holds: dataset, open file, view, links, layout, theme and actions
 * (Export…, the analysis chips) scroll sideways in their strip when the window is narrow; the search
 * and, on narrow screens, the Panels button stay in view.
 */
import { DatasetPicker } from '../datasets/DatasetPicker.tsx';
import { OpenFile } from '../datasets/OpenFile.tsx';
import { EdgeModeSelect, LayoutSelect, ThemeToggle, ViewSwitch } from '../header/ViewControls.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { HEADER_ACTIONS } from './panels.ts';
import { SheetToggle } from './Sidebar.tsx';

export function Header() {
  return (
    <header className="app-header">
      <h1 className="brand">Backchannel</h1>
      <div className="header-controls" data-testid="header-controls">
        <DatasetPicker />
        <OpenFile />
        <ViewSwitch />
        <EdgeModeSelect />
        <LayoutSelect />
        <ThemeToggle />
        {HEADER_ACTIONS.map(({ id, component: Action }) => (
          <Action key={id} />
        ))}
      </div>
      <SearchBox />
      <SheetToggle />
    </header>
  );
}
