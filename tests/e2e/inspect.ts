/// <reference types="chrome" />
/**
 * What e2e specs check beside the UI: the stored prospects and axe's
 * verdict on a page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import type { Prospect } from '../../utils/model/prospect';
import { expect } from './fixtures';
import { allProspectsInPage } from './flows/expect';

/**
 * Every prospect in IndexedDB, read from the service worker or any extension page (they share
 * the extension's origin) — straight from the database, not through the UI under test.
 */
export function storedProspects(where: Page | Worker): Promise<Prospect[]> {
  // Page and Worker evaluate alike; TypeScript cannot call a union of their overloads.
  return (where as Page).evaluate(allProspectsInPage);
}

/** No WCAG 2 A/AA violation on the page, as axe-core sees it. */
export async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
