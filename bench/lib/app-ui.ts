/**
 * Where the bench finds the explorer's controls (the selectors its own e2e tests use), kept in one
 * place so that a UI change is a one-line change here.
 */
import type { Locator, Page } from 'playwright-core';

export const APP_UI = {
  /** Shows the filters panel. */
  openFilters: async (page: Page): Promise<void> => {
    await page.getByRole('tab', { name: 'Filters' }).click();
  },
  /** The checkbox that shows or hides one relation kind. */
  relationKindFilter: (page: Page, kind: string): Locator =>
    page.locator(`[data-filter="relation:${kind}"]`),
  /** The search box (a combobox: type, then Enter selects the first match). */
  searchBox: (page: Page): Locator => page.getByTestId('search'),
  /** The class the explorer gives the selected node (src/cy/stylesheet.ts CLASSES.selected). */
  selectedClass: 'bc-selected',
  /** Clears the selection as a person would: Escape twice (empties the box, leaves it). */
  clearSelection: async (page: Page): Promise<void> => {
    await page.getByTestId('search').fill('');
    await page.keyboard.press('Escape');
  },
};
