import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };

/** Nothing may stick out sideways: a page that scrolls horizontally on a phone is broken. */
async function fitsTheScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `360-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

describe('on a 360 px phone', () => {
  it('folds the menu behind a button that works by touch and by keyboard', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await fitsTheScreen(page, 'login');
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await fitsTheScreen(page, 'home');

    const menu = page.getByRole('button', { name: 'Menu' });
    const regions = page.getByRole('link', { name: 'Wilayah', exact: true });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await regions.isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await regions.waitFor();
    await fitsTheScreen(page, 'menu');
    await regions.click();
    await page.getByRole('heading', { name: 'Wilayah', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // Keyboard: open with Enter, walk in with Tab, close with Escape back onto the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Beranda');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');

    // The deepest and the widest pages still fit.
    await page.goto('/wilayah/19.06.04.2003');
    await page.getByRole('heading', { name: 'Cendil', level: 1 }).waitFor();
    await fitsTheScreen(page, 'village');
    await page.goto('/wilayah/19.06.04?q=cendil');
    await page.getByRole('status').filter({ hasText: '1 hasil' }).waitFor();
    await fitsTheScreen(page, 'search');
    await page.goto('/pengguna');
    await page.getByRole('table', { name: 'Pengguna dalam cakupan Anda' }).waitFor();
    await fitsTheScreen(page, 'users');
    await page.goto('/tentang');
    await page.getByRole('heading', { name: 'Sumber data' }).waitFor();
    await fitsTheScreen(page, 'about');
    await context.close();
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'runi');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke isi utama' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
