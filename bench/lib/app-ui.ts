/**
 * Where the bench finds the explorer's controls, by role and accessible name as a person would
 * (kept in one place so that a UI change is a one-line change here).
 */
import type { Locator, Page } from 'playwright-core';

export const APP_UI = {
  /** The checkbox that shows or hides one relation kind (label as in the legend, e.g. 'Meeting'). */
  relationKindFilter: (page: Page, label: string): Locator =>
    page.getByRole('checkbox', { name: label, exact: true }).first(),
  /** The search box. */
  searchBox: (page: Page): Locator => page.getByRole('searchbox').first(),
};
