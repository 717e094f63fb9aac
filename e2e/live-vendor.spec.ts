import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { freePort, startAppServer, suitePort, type AppServer } from './app-server';
import { dayInStockholm } from './days';
import { storedAccounts } from './device-history';
import { expect, test } from './fixtures';
import { columnTexts, loadedCount } from './list-helpers';
import { startLiveChatStandIn, type LiveChatStandIn, type StandInAccount } from './livechat-stand-in';

/**
 * The history kept on the device, in live mode against a LiveChat stand-in written from LiveChat's own API
 * page (not the project's emulation): every request the vendor sees is counted, as a lead's vendor would
 * see them. This spec starts the stand-in and its own Backscroll server with LiveChat's credentials, and
 * restarts that server with other credentials for a credential change.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const first: StandInAccount = {
  login: 'lead@example.com',
  key: 'key-a',
  perDay: 3,
  days: 120,
  visitor: 'Avery',
};
const second: StandInAccount = { ...first, key: 'key-b', perDay: 1, visitor: 'Blake' };

const dataDir = `.e2e-data/${suitePort}/live-data`;
let standIn: LiveChatStandIn;
let port: number;
let server: AppServer;
let origin: string;

function startWith(account: StandInAccount): Promise<AppServer> {
  return startAppServer(port, {
    BACKSCROLL_DEMO: '0',
    BACKSCROLL_DATA_DIR: dataDir,
    LIVECHAT_LOGIN: account.login,
    LIVECHAT_API_KEY: account.key,
    LIVECHAT_BASE_URL: standIn.baseUrl,
  });
}

test.beforeAll(async () => {
  standIn = await startLiveChatStandIn([first, second]);
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  server = await startWith(first);
});

test.afterAll(async () => {
  await server.stop();
  await standIn.close();
});

/** The stand-in's chats in a view of whole days (they all start at noon UTC, the same day in Stockholm). */
function chatsIn(account: StandInAccount, fromDaysAgo: number, toDaysAgo: number): number {
  return account.perDay * (fromDaysAgo - toDaysAgo + 1);
}

function view(fromDaysAgo: number, toDaysAgo: number): string {
  return `${origin}/?from=${dayInStockholm(fromDaysAgo)}&to=${dayInStockholm(toDaysAgo)}`;
}

async function visitors(page: Page): Promise<Set<string>> {
  return new Set((await columnTexts(page, 'Visitor')).map((name) => name.replace(/ \d+$/, '')));
}

test('a reload asks the vendor nothing for closed days, and widening asks only for the new days', async ({
  page,
}) => {
  await page.goto(view(39, 10));
  expect(await loadedCount(page)).toBe(chatsIn(first, 39, 10));
  expect(standIn.requests.length).toBeGreaterThan(0);
  await storedAccounts(page, 1);

  standIn.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(chatsIn(first, 39, 10));
  expect(standIn.requests).toEqual([]);

  await page.goto(view(99, 10));
  expect(await loadedCount(page)).toBe(chatsIn(first, 99, 10));
  expect(standIn.requests.length).toBeGreaterThan(0);
  for (const request of standIn.requests) {
    // Day 99 to day 40 are new; LiveChat's timezone is unknown, so its day filter is widened by a day.
    expect(request.dateFrom !== null && request.dateFrom <= dayInStockholm(99)).toBe(true);
    expect(request.dateTo !== null && request.dateTo <= dayInStockholm(39)).toBe(true);
  }
});

test('after a credential change the first account’s rows are not shown, and come back with it', async ({
  page,
}) => {
  await page.goto(view(12, 5));
  expect(await loadedCount(page)).toBe(chatsIn(first, 12, 5));
  expect(await visitors(page)).toEqual(new Set(['Avery']));
  await storedAccounts(page, 1);

  await server.stop();
  server = await startWith(second);
  standIn.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(chatsIn(second, 12, 5));
  expect(await visitors(page)).toEqual(new Set(['Blake']));
  // The new account is asked for the whole view, with its own key.
  expect(standIn.requests.length).toBeGreaterThan(0);
  expect(new Set(standIn.requests.map((request) => request.key))).toEqual(new Set([second.key]));
  expect(standIn.requests.some((request) => (request.dateFrom ?? '') <= dayInStockholm(12))).toBe(true);
  await storedAccounts(page, 2);

  await server.stop();
  server = await startWith(first);
  standIn.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(chatsIn(first, 12, 5));
  expect(await visitors(page)).toEqual(new Set(['Avery']));
  expect(standIn.requests).toEqual([]);
});

test('"Forget data on this device" makes the next load ask the vendor for the whole view', async ({
  page,
}) => {
  await page.goto(view(12, 5));
  const total = await loadedCount(page);
  await storedAccounts(page, 1);

  standIn.requests.length = 0;
  await page.getByRole('button', { name: 'Stored data' }).click();
  await page
    .getByRole('dialog', { name: 'Stored data' })
    .getByRole('button', { name: 'Forget data on this device' })
    .click();
  await expect.poll(() => standIn.requests.length).toBeGreaterThan(0);
  expect(await loadedCount(page)).toBe(total);
  expect(standIn.requests.some((request) => (request.dateFrom ?? '') <= dayInStockholm(12))).toBe(true);

  await storedAccounts(page, 1);
  standIn.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(total);
  expect(standIn.requests).toEqual([]);
});
