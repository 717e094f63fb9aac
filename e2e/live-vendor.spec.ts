import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { freePort, startAppServer, suitePort, type AppServer } from './app-server';
import { dayInStockholm, daysNamed } from './days';
import { detailsDone, storedAccounts } from './device-history';
import { exportCsv } from './export-helpers';
import { expect, test } from './fixtures';
import { startImBoxStandIn, type ImBoxStandIn } from './imbox-stand-in';
import { columnTexts, loadedCount } from './list-helpers';
import { startLiveChatStandIn, type LiveChatStandIn, type StandInAccount } from './livechat-stand-in';

/**
 * The history kept on the device, in live mode against LiveChat and ImBox stand-ins written from the
 * vendors' own API pages (not the project's emulation): every request a vendor sees is counted, as a
 * lead's vendors would see them. This spec starts the stand-ins and its own Backscroll server with their
 * credentials (the other vendors off), and restarts that server with another LiveChat key for a
 * credential change.
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
const imboxAccount = { key: 'imbox-key', user: '4711', perDay: 2, days: 120 };

const dataDir = `.e2e-data/${suitePort}/live-data`;
let standIn: LiveChatStandIn;
let imbox: ImBoxStandIn;
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
    IMBOX_API_KEY: imboxAccount.key,
    IMBOX_USER_ID: imboxAccount.user,
    IMBOX_BASE_URL: imbox.baseUrl,
  });
}

test.beforeAll(async () => {
  standIn = await startLiveChatStandIn([first, second]);
  imbox = await startImBoxStandIn(imboxAccount);
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  server = await startWith(first);
});

test.afterAll(async () => {
  await server.stop();
  await standIn.close();
  await imbox.close();
});

/** The stand-in's chats in a view of whole days (they all start at noon UTC, the same day in Stockholm). */
function chatsIn(account: { perDay: number }, fromDaysAgo: number, toDaysAgo: number): number {
  return account.perDay * (fromDaysAgo - toDaysAgo + 1);
}

function view(fromDaysAgo: number, toDaysAgo: number, vendor = 'livechat'): string {
  return `${origin}/?vendor=${vendor}&from=${dayInStockholm(fromDaysAgo)}&to=${dayInStockholm(toDaysAgo)}`;
}

/** Once the ImBox details of the view are all fetched and kept, a reload has nothing left to ask. */
async function imboxDetailsKept(page: Page, conversations: number): Promise<void> {
  const details = () => imbox.requests.filter((request) => request.startsWith('grabConversation/')).length;
  await expect.poll(details, { timeout: 60_000 }).toBe(conversations);
  await detailsDone(page);
}

async function visitors(page: Page): Promise<Set<string>> {
  return new Set((await columnTexts(page, 'Visitor')).map((name) => name.replace(/ \d+$/, '')));
}

test.beforeEach(() => {
  standIn.requests.length = 0;
  imbox.requests.length = 0;
  standIn.answerAfterMs = 0;
  imbox.answerAfterMs = 0;
});

/** The requests asked more than once, each as it was asked. */
function askedTwice(requests: ReadonlyArray<unknown>): string[] {
  const seen = new Set<string>();
  const again: string[] = [];
  for (const request of requests.map((each) => JSON.stringify(each))) {
    if (seen.has(request)) again.push(request);
    seen.add(request);
  }
  return again;
}

test('a reload asks the vendors nothing for closed days, and widening asks only for the new days', async ({
  page,
}) => {
  await page.goto(view(39, 10));
  expect(await loadedCount(page)).toBe(chatsIn(first, 39, 10));
  expect(standIn.requests.length).toBeGreaterThan(0);
  await storedAccounts(page, 2);
  await imboxDetailsKept(page, chatsIn(imboxAccount, 39, 10));

  standIn.requests.length = 0;
  imbox.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(chatsIn(first, 39, 10));
  expect(standIn.requests).toEqual([]);
  expect(imbox.requests).toEqual([]);

  await page.goto(view(99, 10));
  expect(await loadedCount(page)).toBe(chatsIn(first, 99, 10));
  expect(standIn.requests.length).toBeGreaterThan(0);
  for (const request of standIn.requests) {
    // Day 99 to day 40 are new; LiveChat's timezone is unknown, so its day filter is widened by a day.
    expect(request.dateFrom !== null && request.dateFrom <= dayInStockholm(99)).toBe(true);
    expect(request.dateTo !== null && request.dateTo <= dayInStockholm(39)).toBe(true);
  }
  // ImBox is asked for the new days' lists, and for the details of the new days' conversations only.
  await imboxDetailsKept(page, chatsIn(imboxAccount, 99, 40));
  const lists = imbox.requests.filter((request) => !request.startsWith('grab'));
  expect(lists.length).toBeGreaterThan(0);
  for (const request of lists) {
    for (const day of daysNamed(request)) expect(day <= dayInStockholm(39)).toBe(true);
  }
});

test('after a credential change the first account’s rows are not shown, and come back with it', async ({
  page,
}) => {
  await page.goto(view(12, 5));
  expect(await loadedCount(page)).toBe(chatsIn(first, 12, 5));
  expect(await visitors(page)).toEqual(new Set(['Avery']));
  await storedAccounts(page, 2);
  await imboxDetailsKept(page, chatsIn(imboxAccount, 12, 5));

  await server.stop();
  server = await startWith(second);
  standIn.requests.length = 0;
  imbox.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(chatsIn(second, 12, 5));
  expect(await visitors(page)).toEqual(new Set(['Blake']));
  // The new account is asked for the whole view, with its own key; ImBox, unchanged, is asked nothing.
  expect(standIn.requests.length).toBeGreaterThan(0);
  expect(new Set(standIn.requests.map((request) => request.key))).toEqual(new Set([second.key]));
  expect(standIn.requests.some((request) => (request.dateFrom ?? '') <= dayInStockholm(12))).toBe(true);
  expect(imbox.requests).toEqual([]);
  await storedAccounts(page, 3);

  await server.stop();
  server = await startWith(first);
  standIn.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(chatsIn(first, 12, 5));
  expect(await visitors(page)).toEqual(new Set(['Avery']));
  expect(standIn.requests).toEqual([]);
  expect(imbox.requests).toEqual([]);
});

test('"Forget data on this device" makes the next load ask the vendors for the whole view', async ({
  page,
}) => {
  await page.goto(view(12, 5));
  const total = await loadedCount(page);
  await storedAccounts(page, 2);
  await imboxDetailsKept(page, chatsIn(imboxAccount, 12, 5));

  standIn.requests.length = 0;
  imbox.requests.length = 0;
  await page.getByRole('button', { name: 'Stored data' }).click();
  await page
    .getByRole('dialog', { name: 'Stored data' })
    .getByRole('button', { name: 'Forget data on this device' })
    .click();
  await expect.poll(() => standIn.requests.length).toBeGreaterThan(0);
  expect(await loadedCount(page)).toBe(total);
  expect(standIn.requests.some((request) => (request.dateFrom ?? '') <= dayInStockholm(12))).toBe(true);
  // ImBox's list and every detail again: nothing of it was kept.
  await imboxDetailsKept(page, chatsIn(imboxAccount, 12, 5));

  await storedAccounts(page, 2);
  standIn.requests.length = 0;
  imbox.requests.length = 0;
  await page.reload();
  expect(await loadedCount(page)).toBe(total);
  expect(standIn.requests).toEqual([]);
  expect(imbox.requests).toEqual([]);
});

test('an ImBox export at once carries every visitor’s name and e-mail, from the details it fetches first', async ({
  page,
}) => {
  await page.goto(view(6, 2, 'imbox'));
  const total = await loadedCount(page);
  expect(total).toBe(chatsIn(imboxAccount, 6, 2));

  const { records } = await exportCsv(page);
  const [header = [], ...rows] = records;
  const column = (name: string) => header.indexOf(name);
  expect(rows).toHaveLength(total);
  for (const row of rows) {
    const name = row[column('visitor_name')] ?? '';
    expect(name).toMatch(/^Casey \d+$/);
    expect(row[column('visitor_email')]).toBe(`casey${name.slice('Casey '.length)}@example.org`);
  }
});

test('two tabs opening the same view at once ask the vendors for it once, and both show every visitor', async ({
  page,
}) => {
  // Each call takes a moment, so that the two tabs' loads and background details overlap.
  standIn.answerAfterMs = 300;
  imbox.answerAfterMs = 30;
  const both = `${origin}/?from=${dayInStockholm(19)}&to=${dayInStockholm(10)}`;
  const imboxRows = chatsIn(imboxAccount, 19, 10);
  const other = await page.context().newPage();
  await Promise.all([page.goto(both), other.goto(both)]);
  for (const tab of [page, other]) {
    expect(await loadedCount(tab)).toBe(chatsIn(first, 19, 10) + imboxRows);
  }
  // Every ImBox visitor is named in both tabs, whichever tab fetched the details.
  for (const tab of [page, other]) {
    await tab.getByRole('searchbox', { name: 'Search visitors' }).fill('casey');
    await expect.poll(() => loadedCount(tab), { timeout: 60_000 }).toBe(imboxRows);
  }
  await Promise.all([detailsDone(page), detailsDone(other)]);

  const details = imbox.requests.filter((request) => request.startsWith('grabConversation/'));
  expect(details).toHaveLength(imboxRows);
  expect(askedTwice(details)).toEqual([]);
  // Each tab asks once for ImBox's list of agents (its names for the transcripts), which is no span.
  expect(askedTwice(imbox.requests.filter((request) => request !== 'grabAgents'))).toEqual([]);
  expect(standIn.requests.length).toBeGreaterThan(0);
  expect(askedTwice(standIn.requests)).toEqual([]);
  await other.close();
});

/**
 * Headless Chromium keeps every page visible (minimizing its window or bringing another tab to the front
 * changes nothing), so the page is told what the browser would tell it: its visibility and the event.
 */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hide) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hide ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hide });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('the background ImBox details pause while the tab is hidden, and go on when it is seen again', async ({
  page,
}) => {
  // Each call takes a moment, so that the details are still being fetched when the tab is hidden.
  imbox.answerAfterMs = 100;
  const rows = chatsIn(imboxAccount, 30, 1);
  const details = () => imbox.requests.filter((request) => request.startsWith('grabConversation/')).length;
  await page.goto(view(30, 1, 'imbox'));
  expect(await loadedCount(page)).toBe(rows);
  await expect.poll(details).toBeGreaterThan(0);

  await setHidden(page, true);
  // The details already asked finish; then no other starts, however long the tab stays hidden.
  await page.waitForTimeout(3_000);
  const whileHidden = details();
  await page.waitForTimeout(2_000);
  expect(details()).toBe(whileHidden);
  expect(whileHidden).toBeLessThan(rows);

  await setHidden(page, false);
  await expect.poll(details, { timeout: 60_000 }).toBe(rows);
  await detailsDone(page);
});
