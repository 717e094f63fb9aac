import { request as httpRequest } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyRows, openRowAtEdge } from './list-helpers';

/** Waits for the app's report of one action to reach the server. */
function reported(page: Page, action: string) {
  return page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/audit') &&
      response.request().method() === 'POST' &&
      (response.request().postData() ?? '').includes(`"action":"${action}"`),
  );
}

test.describe('the activity page', () => {
  test('shows the transcript a lead opened and the export they ran, newest first', async ({ page }) => {
    // Three pages' worth of steps on a shared 2-core machine.
    test.setTimeout(90_000);
    await page.goto('/?vendor=snapengage&status=answered');
    // Every vendor loaded (as list-helpers' loadedCount, with room for a busy machine).
    await expect(page.getByRole('status').filter({ hasText: /conversations?/ })).toHaveText(
      /^[\d,]+ conversations?$/,
      { timeout: 45_000 },
    );
    const viewed = reported(page, 'transcript_view');
    await openRowAtEdge(bodyRows(page).first());
    await expect(page).toHaveURL(/\/conversations\/snapengage\/[^/?]+/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
    expect((await viewed).status()).toBe(204);

    const exported = reported(page, 'export');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const fileName = (await downloading).suggestedFilename();
    expect((await exported).status()).toBe(204);

    // Without sign-in (this server) the one user may see the trail, so the header offers it.
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page).toHaveURL(/\/activity$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Activity, newest first' });
    const viewRow = table.getByRole('row').filter({ hasText: `SnapEngage conversation ${id}` });
    const exportRow = table.getByRole('row').filter({ hasText: fileName });
    await expect(viewRow.first()).toBeVisible();
    await expect(viewRow.first().getByRole('cell').nth(2)).toHaveText('Opened a transcript');
    await expect(exportRow.first().getByRole('cell').nth(2)).toHaveText('Exported');
    await expect(exportRow.first()).toContainText('vendor=snapengage, status=answered');
    await expect(exportRow.first().getByRole('cell').nth(1)).toHaveText('No sign-in');

    // Filters live in the URL: only exports now.
    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Exported' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/activity\?action=export$/);
    await expect(exportRow.first()).toBeVisible();
    await expect(table.getByRole('cell', { name: 'Opened a transcript' })).toHaveCount(0);
  });
});

/** A raw request with a chosen Host header, which browsers and Playwright's client will not send. */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const base = new URL(test.info().project.use.baseURL ?? '');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname: base.hostname, port: base.port, path, headers: { host } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('the production server answers a foreign Host with 421 on every path, static files included', async () => {
  for (const path of [
    '/',
    '/activity',
    '/favicon.svg',
    '/api/health',
    '/api/inbox/snapengage/cases',
    '/api/inbox/snapengage/cases',
  ]) {
    const foreign = await getWithHost(path, 'evil.example');
    expect(foreign.status, path).toBe(421);
    expect(foreign.body).toMatch(/does not answer for that host name/);
  }
  const own = await getWithHost('/api/health', 'localhost');
  expect(own.status).toBe(200);
});
