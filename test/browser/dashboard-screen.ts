import type { Locator, Page } from 'playwright-core';

// The dashboard as a user reads and drives it, for the journeys that pass through it.

/** Opens every folded section of the dashboard (on a phone they start folded). */
export async function openFolds(page: Page): Promise<void> {
  const closed = page.locator('details.section-fold:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** A section of the page by the name of its heading. */
export function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

export async function choosePeriod(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('radio', { name: 'Rentang lain' }).check();
  await page.getByLabel('Dari tanggal').fill(from);
  await page.getByLabel('Sampai tanggal').fill(to);
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await page.waitForURL((url) => url.searchParams.get('from') === from && url.searchParams.get('to') === to);
}

/** The big number on a strategy's card, as the screen shows it. */
export async function strategyCount(page: Page, strategy: string): Promise<string | null> {
  const card = section(page, 'Kegiatan per strategi')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: strategy, exact: true }) });
  return card.locator('.stat__value').evaluate((value) => value.firstChild?.textContent?.trim() ?? null);
}
