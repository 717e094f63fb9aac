import type { Page } from '@playwright/test';
import { startTestProvider, type TestProvider } from '../mocks/testing/oidc-test-provider';
import { freePort, startAppServer, suitePort, type AppServer } from './app-server';
import { storedCount } from './device-history';
import { expect, test } from './fixtures';
import { bodyRows, loadedCount, vendorChip } from './list-helpers';

/**
 * Signing in with OpenID Connect in a real browser: this spec starts its own OpenID provider
 * (oidc-provider, programmatic login) and its own production Backscroll server, each on a free loopback
 * port, beside the suite's open demo server (which keeps running without sign-in).
 */
// Two servers and a provider beside the suite's own on a shared machine: allow the redirects more time.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let provider: TestProvider;
let server: AppServer;
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({
    redirectUri: `${origin}/auth/callback`,
    accounts: {
      lead: { email: 'lead@example.com', email_verified: true },
      outsider: { email: 'outsider@elsewhere.example', email_verified: true },
    },
  });
  server = await startAppServer(port, {
    BACKSCROLL_DEMO: '1',
    BACKSCROLL_DEMO_SIZE: '400',
    BACKSCROLL_DATA_DIR: `.e2e-data/${suitePort}/sign-in-data`,
    BACKSCROLL_OIDC_ISSUER: provider.issuer,
    BACKSCROLL_OIDC_CLIENT_ID: provider.clientId,
    BACKSCROLL_OIDC_CLIENT_SECRET: provider.clientSecret,
    BACKSCROLL_PUBLIC_URL: origin,
    BACKSCROLL_SESSION_SECRET: 'an-e2e-session-secret-of-at-least-32-characters',
    BACKSCROLL_ALLOWED_EMAILS: 'lead@example.com',
  });
});

test.afterAll(async () => {
  await server.stop();
  await provider.close();
});

test('an allowed user signs in, sees their account in the header, and signs out', async ({ page }) => {
  provider.signInAs('lead');
  await page.goto(`${origin}/?status=missed`);
  // Through the provider and back to the page asked for, with its filters.
  await expect(page).toHaveURL(`${origin}/?status=missed`);
  expect(await loadedCount(page)).toBeGreaterThan(0);
  const header = page.getByRole('banner');
  await expect(header).toContainText('lead@example.com');

  // The history kept rows on this device while signed in; signing out leaves none behind.
  await expect.poll(() => storedCount(page, 'buckets')).toBeGreaterThan(0);
  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  expect((await page.request.get(`${origin}/api/vendors`)).status()).toBe(401);
  expect(await storedCount(page, 'buckets')).toBe(0);
});

test('signing out completes even when the page updates while the device is being cleared', async ({
  page,
}) => {
  provider.signInAs('lead');
  await page.goto(`${origin}/`);
  expect(await loadedCount(page)).toBeGreaterThan(0);
  await expect.poll(() => storedCount(page, 'buckets')).toBeGreaterThan(0);
  // Another connection keeps the history busy for a moment, so clearing it waits, as it does on a slow
  // device; meanwhile the page re-renders (here from a search, in use from rows arriving).
  const held = holdHistoryBusy(page, 1_500);
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('searchbox', { name: 'Search visitors' }).fill('refund');
  await held;
  await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  expect(await storedCount(page, 'buckets')).toBe(0);
});

test('signing out in one tab signs the others out too, and none of them keeps a conversation', async ({
  page,
}) => {
  provider.signInAs('lead');
  await page.goto(`${origin}/`);
  const total = await loadedCount(page);
  expect(total).toBeGreaterThan(0);
  const other = await page.context().newPage();
  await other.goto(`${origin}/?status=missed`);
  expect(await loadedCount(other)).toBeGreaterThan(0);
  await expect.poll(() => storedCount(page, 'buckets')).toBeGreaterThan(0);

  // The sign-out reaches the server a moment late, as on a slow network: meanwhile the server still
  // answers the other tab as signed in, and it must not load (and store) the conversations again.
  await page.route('**/auth/logout', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  // The other tab says so in place of its view: no row, no vendor error, and a way back to the same view.
  await expect(other.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  await expect(bodyRows(other)).toHaveCount(0);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await expect(other.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/?status=missed');
  // Nothing it was loading or storing lands after the clear.
  await other.waitForTimeout(2_000);
  expect(await storedCount(other, 'buckets')).toBe(0);

  provider.signInAs('lead');
  await other.getByRole('link', { name: 'Sign in again' }).click();
  await expect(other).toHaveURL(`${origin}/?status=missed`);
  expect(await loadedCount(other)).toBeGreaterThan(0);
});

test.describe('a session that ends while the page is open', () => {
  // The browser logs the refused requests itself.
  test.use({ expectedConsoleErrors: [/status of 401/] });

  test('is said in place of the view when a refresh is refused, and the page stops asking', async ({
    page,
  }) => {
    provider.signInAs('lead');
    await page.goto(`${origin}/`);
    expect(await loadedCount(page)).toBeGreaterThan(0);
    await expect(page.getByRole('banner')).toContainText('lead@example.com');

    // The background ImBox details are done, so that the page's next request is the refresh below.
    const imbox = vendorChip(page, 'ImBox');
    await expect(imbox).toContainText(/details \d/);
    await expect(imbox).not.toContainText(/details/, { timeout: 60_000 });
    // The session cookie goes, as when it expires: the next load the page makes is refused.
    await page.context().clearCookies();
    const refused = recordRefused(page);
    await page.getByRole('button', { name: 'Stored data' }).click();
    await page
      .getByRole('dialog', { name: 'Stored data' })
      .getByRole('button', { name: 'Refresh all' })
      .click();
    await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Nothing goes on asking (the background details included) once the page says so.
    await expectAskingStopped(page, refused, 1_000);
  });

  test('is said while the page only fetches ImBox details in the background, which then stop', async ({
    page,
  }) => {
    // Each ImBox detail takes a moment, so that they are still being fetched when the session ends.
    await page.route('**/api/proxy/imbox/grab*/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    provider.signInAs('lead');
    await page.goto(`${origin}/`);
    expect(await loadedCount(page)).toBeGreaterThan(0);
    const imbox = vendorChip(page, 'ImBox');
    await expect(imbox).toContainText(/details \d/);

    const refused = recordRefused(page);
    await page.context().clearCookies();
    await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(0);
    // The details stop at their first refusals: a few calls for the details under way, not one per row.
    const asked = await expectAskingStopped(page, refused, 2_000);
    expect(asked).toBeLessThanOrEqual(30);
  });
});

/** Every request the page (and its workers) has refused for want of a session (401), from now on. */
function recordRefused(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 401) refused.push(response.url());
  });
  return refused;
}

/**
 * After `settleMs` for the requests already under way, no refused request comes for 2 s more; returns how
 * many were refused by then.
 */
async function expectAskingStopped(
  page: Page,
  refused: ReadonlyArray<string>,
  settleMs: number,
): Promise<number> {
  await page.waitForTimeout(settleMs);
  const asked = refused.length;
  await page.waitForTimeout(2_000);
  expect(refused.length).toBe(asked);
  return asked;
}

/** Keeps a read-write transaction on the history's conversations open for `ms`, from the page itself. */
function holdHistoryBusy(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (forMs) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backscroll-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const until = Date.now() + forMs;
          const transaction = db.transaction('buckets', 'readwrite');
          const store = transaction.objectStore('buckets');
          const keepBusy = () => {
            if (Date.now() < until) store.count().onsuccess = keepBusy;
          };
          keepBusy();
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
    ms,
  );
}

test.describe('an account that is not allowed', () => {
  test.use({ expectedConsoleErrors: [/status of 403/] });

  test('gets a page naming the account, with a sign-out', async ({ page }) => {
    provider.signInAs('outsider');
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { name: 'This account may not use Backscroll' })).toBeVisible();
    await expect(page.getByText('outsider@elsewhere.example')).toBeVisible();
    expect((await page.request.get(`${origin}/api/vendors`)).status()).toBe(401);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  });
});
