/** The header: dataset, open file, view, links, layout, theme, actions (Export…), search. */
import { DatasetPicker } from '../datasets/DatasetPicker.tsx';
import { OpenFile } from '../datasets/OpenFile.tsx';
import { EdgeModeSelect, LayoutSelect, ThemeToggle, ViewSwitch } from '../header/ViewControls.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { HEADER_ACTIONS } from './panels.ts';

export function Header() {
  return (
    <header className="app-header">
      <h1 className="brand">Backchannel</h1>
      <DatasetPicker />
      <OpenFile />
      <ViewSwitch />
      <EdgeModeSelect />
      <LayoutSelect />
      <ThemeToggle />
      {HEADER_ACTIONS.map(({ id, component: Action }) => (
        <Action key={id} />
      ))}
      <SearchBox />
    </header>
  );
}
