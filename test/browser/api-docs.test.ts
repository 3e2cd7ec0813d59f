import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, serverAndBrowser } from './harness';

const env = serverAndBrowser();

/** What the browser refused under the policy (its event and its console), and any other script error. */
async function watchProblems(context: BrowserContext, page: Page): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeFunction('reportPolicyViolation', (text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${event.violatedDirective} refused ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    // The app's own GET /api/auth/me answers 401 to a visitor who is not logged in: not a problem.
    const expected = message.text().includes('status of 401');
    if ((message.type() === 'error' && !expected) || message.text().includes('Refused to')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

describe('the API docs', () => {
  it('open from the About page and list the operations under the app’s Content-Security-Policy, refusing nothing', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    const problems = await watchProblems(context, page);
    await page.goto('/tentang');
    await page.getByRole('heading', { name: 'API untuk sistem lain' }).waitFor();
    await page.getByRole('link', { name: 'Dokumentasi API (OpenAPI)' }).click();

    await page.waitForURL('**/api/docs');
    await page.getByRole('heading', { name: /SIM TPBIS API/ }).waitFor();
    const ranking = page.locator('.opblock-get').filter({ has: page.locator('[data-path="/api/kpi/partners"]') });
    await ranking.getByText('Rank partner libraries by KPI score, paged').waitFor();
    // Opened, it shows the parameters and the error answers the document derives.
    await ranking.locator('.opblock-summary-control').click();
    await ranking.getByRole('cell', { name: 'pageSize' }).waitFor();
    await ranking.locator('.response[data-code="403"]').waitFor();
    // The bearer token and the session are offered in the Authorize dialog.
    await page.getByRole('button', { name: 'Authorize' }).click();
    await page.getByText('bearer (http, Bearer)').waitFor();

    const response = await page.goto('/api/docs');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    await page.locator('[data-path="/api/partners/export"]').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are linked in English too', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/tentang');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'API for other systems' }).waitFor();
    expect(await page.getByRole('link', { name: 'API documentation (OpenAPI)' }).getAttribute('href')).toBe('/api/docs');
    await context.close();
  });
});
