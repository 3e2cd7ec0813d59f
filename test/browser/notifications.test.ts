import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };

/** A report of the signed-in manager's library, sent for review through the API the app itself uses. */
async function submittedReport(page: Page, title: string): Promise<number> {
  const me = await page.request.get('/api/auth/me');
  const { user, csrfToken } = (await me.json()) as { user: { partnerId: number }; csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const created = await page.request.post('/api/activities', {
    headers,
    data: {
      partnerId: user.partnerId,
      strategy: 'pelibatan_masyarakat',
      title,
      date: '2024-09-20',
      participantsMale: 3,
      participantsFemale: 9,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  expect((await page.request.post(`/api/activities/${id}/submit`, { headers, data: {} })).status()).toBe(200);
  return id;
}

describe('notifications', () => {
  it('a facilitator returns a manager’s report with a comment: the manager’s bell counts it, and the list leads to the report', async () => {
    const title = `Kelas membaca lansia ${Date.now().toString(36)}`;
    const comment = 'Mohon lampirkan foto daftar hadir.';
    const manager = await openPage(env.browser, env.url, phone);
    const facilitator = await openPage(env.browser, env.url);
    const m = manager.page;
    const f = facilitator.page;

    await logIn(m, 'puput');
    await m.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    // The bell is in the header from the first screen on, with nothing unread yet.
    const bell = m.getByRole('banner').getByRole('link', { name: /^Notifikasi/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifikasi');
    const id = await submittedReport(m, title);

    await logIn(f, 'yulianti');
    await f.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await f.goto(`/kegiatan/${id}`);
    await f.getByRole('heading', { name: title, level: 1 }).waitFor();
    await f.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await f.getByLabel('Apa yang perlu diperbaiki?').fill(comment);
    await f.getByRole('button', { name: 'Kembalikan ke pelapor' }).click();
    await f.getByText('Laporan dikembalikan ke pelapor.').waitFor();

    // The manager comes back to the window: the bell asks again and counts the news.
    await m.evaluate(() => window.dispatchEvent(new Event('focus')));
    await m.getByRole('banner').getByRole('link', { name: 'Notifikasi: 1 belum dibaca' }).waitFor();
    await expect.poll(() => m.locator('.bell__count').textContent()).toBe('1');
    await m.screenshot({ path: join(screenshotDir, 'notifications-bell.png') });

    await bell.click();
    await m.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    const item = m.getByRole('list', { name: 'Daftar notifikasi' }).getByRole('link', { name: new RegExp(title) });
    await expect.poll(() => item.textContent()).toContain(`“${comment}”`);
    expect(await item.getAttribute('href')).toBe(`/kegiatan/${id}`);
    await m.getByText('1 belum dibaca').waitFor();
    await m.screenshot({ path: join(screenshotDir, 'notifications-list.png'), fullPage: true });
    expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

    // Opening it leads to the report, with the comment, and the notice is read.
    await item.click();
    await m.getByRole('heading', { name: title, level: 1 }).waitFor();
    await m.getByText(comment).first().waitFor();
    await m.getByRole('banner').getByRole('link', { name: 'Notifikasi', exact: true }).waitFor();

    await manager.context.close();
    await facilitator.context.close();
  });
});
