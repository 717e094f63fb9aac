import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { expect, test } from './fixtures';
import { exportCsv, exportFormat, setOption } from './export-helpers';
import { dayInStockholm, daysNamed } from './days';
import { detailsDone, recordVendorRequests, storedAccounts, storedCount } from './device-history';
import {
  bodyRows,
  columnTexts,
  failVendor,
  fold,
  holdLiveChatAfterFirstPages,
  holdVendorRequests,
  loadedCount,
  transcriptPane,
  vendorChip,
} from './list-helpers';

test.describe('the history kept on this device', () => {
  // Each test loads the view, then waits for the background details and the stores before reloading.
  test.beforeEach(() => test.setTimeout(120_000));

  test('reloading the same view of closed days asks the vendors nothing', async ({ page }) => {
    const requests = recordVendorRequests(page);
    await page.goto(`/?from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`);
    const total = await loadedCount(page);
    expect(requests.length).toBeGreaterThan(0);
    await storedAccounts(page, 4);
    await detailsDone(page);

    requests.length = 0;
    await page.reload();
    expect(await loadedCount(page)).toBe(total);
    expect(requests).toEqual([]);
  });

  test('after a reload the transcripts kept on this device are searched, read and exported, asking no vendor', async ({
    page,
  }) => {
    const requests = recordVendorRequests(page);
    await page.goto(`/?vendor=livechat&from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`);
    const total = await loadedCount(page);
    await storedAccounts(page, 4);
    await detailsDone(page);
    const status = page.getByRole('status').filter({ hasText: /conversations?/ });
    // A word the demo transcripts say (mocks/generator/vocabulary.ts), in no visitor's name or e-mail.
    await page.getByRole('searchbox', { name: 'Search visitors and messages' }).fill('invoice');
    await expect(status).not.toHaveText(`${total.toLocaleString('en-GB')} conversations`);
    const found = await loadedCount(page);
    expect(found).toBeGreaterThan(0);
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'invoice');

    requests.length = 0;
    await page.reload();
    // From the device alone: the search looks inside the same messages and finds the same conversations.
    await expect(status).toHaveText(`${found.toLocaleString('en-GB')} conversations`, { timeout: 60_000 });
    for (const text of await columnTexts(page, 'Matched text')) expect(fold(text)).toContain('invoice');

    await bodyRows(page).first().getByRole('cell').first().click();
    const pane = transcriptPane(page);
    await expect(pane.getByRole('list', { name: 'Messages' })).toContainText(/invoice/i);

    await setOption(page, 'Include transcripts', true);
    const { records } = await exportCsv(page);
    expect(records.slice(1)).toHaveLength(found);
    for (const record of records.slice(1)) expect(fold(record[12] ?? '')).toContain('invoice');
    expect(requests).toEqual([]);
  });

  test('a reload, which reads only what the list shows of each row, shows, exports and sums up the same as the first load', async ({
    page,
  }) => {
    // Every export a download, as in a browser without the File System Access API.
    await page.addInitScript(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
    const requests = recordVendorRequests(page);
    const range = `from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`;
    const seen = async () => {
      await loadedCount(page);
      // The reading pane: the whole row (every visitor field, the messages), read back from the device.
      await bodyRows(page).first().getByRole('cell').first().click();
      const pane = transcriptPane(page);
      await expect(pane.getByRole('list', { name: 'Messages' })).toBeVisible();
      const paneText = await pane.innerText();
      await page.keyboard.press('Escape');
      const csv = (await exportCsv(page)).text;
      // Every field and message of every row: after the reload, read back whole by the export's worker.
      const jsonLines = (await exportFormat(page, 'Conversations with messages (JSON Lines)')).text;
      // The overview's response times and ratings, and the cards' first lines on a phone.
      await page.getByRole('link', { name: 'Overview' }).click();
      await expect(page.getByRole('table', { name: /per agent/ })).toBeVisible();
      const overview = await page.getByRole('main').innerText();
      await page.getByRole('link', { name: 'Conversations', exact: true }).click();
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(bodyRows(page).first()).toBeVisible();
      const cards = await bodyRows(page).allInnerTexts();
      await page.setViewportSize({ width: 1280, height: 800 });
      return { paneText, csv, jsonLines, overview, cards };
    };
    await page.goto(`/?${range}`);
    await storedAccounts(page, 4);
    await detailsDone(page);
    const first = await seen();
    requests.length = 0;
    await page.reload();
    const again = await seen();
    expect(again.paneText).toBe(first.paneText);
    expect(again.csv).toBe(first.csv);
    expect(again.jsonLines).toBe(first.jsonLines);
    expect(again.overview).toBe(first.overview);
    expect(again.cards).toEqual(first.cards);
    expect(requests).toEqual([]);
  });

  test('opening a wider range shows the days held on the device while the days not held still load', async ({
    page,
  }) => {
    await page.goto(`/?vendor=livechat&from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`);
    const held = await loadedCount(page);
    expect(held).toBeGreaterThan(0);
    await storedAccounts(page, 4);

    const release = await holdVendorRequests(page, 'livechat');
    // A new document: no list of the narrower range to show meanwhile, only what the device holds.
    await page.goto(`/?vendor=livechat&from=${dayInStockholm(19)}&to=${dayInStockholm(5)}`);
    await expect(page.getByRole('status').filter({ hasText: /conversations?/ })).toHaveText(
      `${held.toLocaleString('en-GB')} conversations · LiveChat still loading`,
      { timeout: 30_000 },
    );
    await expect(bodyRows(page).first()).toBeVisible();
    release();
    expect(await loadedCount(page)).toBeGreaterThan(held);
  });

  test('a vendor’s first pages show while its later pages are still coming', async ({ page }) => {
    const release = await holdLiveChatAfterFirstPages(page);
    await page.goto(`/?vendor=livechat&from=${dayInStockholm(29)}&to=${dayInStockholm(0)}`);
    const status = page.getByRole('status').filter({ hasText: /conversations?/ });
    await expect(status).toHaveText(/^[1-9][\d,]* conversations? · LiveChat still loading$/, {
      timeout: 30_000,
    });
    await expect(bodyRows(page).first()).toBeVisible();
    const early = Number((await status.innerText()).replace(/\D.*$/s, '').replace(/,/g, ''));
    expect(early).toBeLessThanOrEqual(25);
    release();
    expect(await loadedCount(page)).toBeGreaterThan(early);
  });

  test('while a vendor still loads, before anything is stored, a conversation opens whole and an export has every message', async ({
    page,
  }) => {
    // Every export a download, as in a browser without the File System Access API.
    await page.addInitScript(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
    // Nothing is stored while a vendor is still being asked: the rows on screen are list rows whose whole
    // rows are still in the history worker.
    const release = await holdVendorRequests(page, 'livechat');
    const vendors = 'vendor=socialintents&vendor=snapengage&vendor=livechat';
    await page.goto(`/?${vendors}&from=${dayInStockholm(6)}&to=${dayInStockholm(0)}`);
    await expect(page.getByRole('status').filter({ hasText: /conversations?/ })).toHaveText(
      /^[1-9][\d,]* conversations? · LiveChat still loading$/,
      { timeout: 30_000 },
    );
    expect(await storedCount(page, 'buckets')).toBe(0);
    await bodyRows(page).first().getByRole('cell').first().click();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
    const reading = transcriptPane(page);
    const messages = reading.getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await expect(messages.first()).toBeVisible();
    // Every message the conversation has, as its details count them.
    const counted = Number(await reading.locator('dt:text-is("Messages") + dd').innerText());
    expect(counted).toBeGreaterThan(0);
    await expect(messages).toHaveCount(counted);
    await reading.getByText('View raw', { exact: true }).click();
    await expect(reading.locator('pre').first()).toContainText(`"${id}"`);
    await page.keyboard.press('Escape');

    // Exported anyway, without waiting for LiveChat: the rows not stored yet are read from the worker.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'More export formats' }).click();
    await page.getByRole('menuitem', { name: 'Conversations with messages (JSON Lines)' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Export anyway' }).click();
    const text = await readFile(await (await downloading).path(), 'utf8');
    const lines = z.array(z.object({ id: z.string(), messages: z.array(z.unknown()).nullable() })).parse(
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    );
    expect(lines.find((line) => line.id === id)?.messages).toHaveLength(counted);
    expect(lines.every((line) => line.messages !== null)).toBe(true);
    expect(await storedCount(page, 'buckets')).toBe(0);
    release();
    await storedAccounts(page, 4);
  });

  test('widening 30 to 90 days asks only for the 60 new days', async ({ page }) => {
    const requests = recordVendorRequests(page);
    await page.goto(`/?from=${dayInStockholm(39)}&to=${dayInStockholm(10)}`);
    const narrow = await loadedCount(page);
    await storedAccounts(page, 4);

    requests.length = 0;
    await page.goto(`/?from=${dayInStockholm(99)}&to=${dayInStockholm(10)}`);
    expect(await loadedCount(page)).toBeGreaterThan(narrow);
    expect(requests.length).toBeGreaterThan(0);
    // The new span is day -99 to day -40; vendors with an unknown timezone widen it by one day.
    const newest = requests.flatMap(daysNamed).sort().at(-1) ?? '';
    expect(newest <= dayInStockholm(39)).toBe(true);
  });

  test('"Forget data on this device" makes the next load ask the vendors again', async ({ page }) => {
    const requests = recordVendorRequests(page);
    await page.goto(`/?from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`);
    const total = await loadedCount(page);
    await storedAccounts(page, 4);
    await detailsDone(page);

    requests.length = 0;
    await page.getByRole('button', { name: 'Stored data' }).click();
    const panel = page.getByRole('dialog', { name: 'Stored data' });
    await expect(panel.getByText(/Social Intents\s+Loaded just now/)).toBeVisible();
    await panel.getByRole('button', { name: 'Forget data on this device' }).click();
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    expect(await loadedCount(page)).toBe(total);

    await storedAccounts(page, 4);
    await detailsDone(page);
    requests.length = 0;
    await page.reload();
    expect(await loadedCount(page)).toBe(total);
    expect(requests).toEqual([]);
  });

  test('after a credential change the old account’s rows stay hidden, and come back with it', async ({
    page,
  }) => {
    const requests = recordVendorRequests(page);
    const view = `/?vendor=livechat&from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`;
    await page.goto(view);
    const held = await loadedCount(page);
    expect(held).toBeGreaterThan(0);
    await storedAccounts(page, 4);
    await detailsDone(page);

    // Another LiveChat account, as the server names it once its credentials change: one with no chats.
    await page.route('**/api/vendors', async (route) => {
      const answer = await route.fetch();
      const body = (await answer.json()) as { vendors: Array<{ id: string; account: string }> };
      for (const vendor of body.vendors) if (vendor.id === 'livechat') vendor.account = 'another-account';
      await route.fulfill({ response: answer, json: body });
    });
    await page.route('**/api/proxy/livechat/**', (route) =>
      route.fulfill({ json: { chats: [], total: 0, pages: 0 } }),
    );
    requests.length = 0;
    await page.reload();
    expect(await loadedCount(page)).toBe(0);
    await expect(bodyRows(page)).toHaveCount(0);
    // The new account is asked for the whole range; the other vendors' accounts are unchanged.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((url) => url.includes('/livechat/'))).toBe(true);
    await storedAccounts(page, 5);

    // Back to the first account: its rows are still held, and shown without asking the vendor.
    await page.unrouteAll({ behavior: 'wait' });
    requests.length = 0;
    await page.reload();
    expect(await loadedCount(page)).toBe(held);
    expect(requests).toEqual([]);
  });

  test('Refresh asks one vendor for the whole range again', async ({ page }) => {
    const requests = recordVendorRequests(page);
    await page.goto(`/?from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`);
    await loadedCount(page);
    await storedAccounts(page, 4);
    await detailsDone(page);

    requests.length = 0;
    await page.getByRole('button', { name: 'Stored data' }).click();
    await page.getByRole('button', { name: 'Refresh LiveChat' }).click();
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    await loadedCount(page);
    expect(requests.every((url) => url.includes('/livechat/'))).toBe(true);
  });

  test.describe('a Refresh the vendor refuses', () => {
    // The browser logs the refused requests itself.
    test.use({ expectedConsoleErrors: [/502/] });

    test('says so with a Retry instead of showing the held rows as refreshed', async ({ page }) => {
      await page.goto(`/?from=${dayInStockholm(12)}&to=${dayInStockholm(5)}`);
      const total = await loadedCount(page);
      await storedAccounts(page, 4);
      await detailsDone(page);

      const requests = recordVendorRequests(page);
      await failVendor(page, 'livechat', {
        code: 'upstream_5xx',
        message: 'LiveChat answered 503 (Service Unavailable).',
        upstreamStatus: 503,
        retryable: false,
      });
      await page.getByRole('button', { name: 'Stored data' }).click();
      await page.getByRole('button', { name: 'Refresh LiveChat' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'LiveChat could not be refreshed' });
      await expect(alert).toContainText(
        'LiveChat answered 503 (Service Unavailable). Its conversations are shown as they were loaded before.',
      );
      // Its rows stay, counted, and the count says they were not refreshed.
      await page.keyboard.press('Escape');
      const status = page.getByRole('status').filter({ hasText: /conversations?/ });
      await expect(status).toHaveText(
        `${total.toLocaleString('en-GB')} conversations · LiveChat not refreshed`,
      );
      await expect(vendorChip(page, 'LiveChat')).toContainText('not refreshed');
      expect(await columnTexts(page, 'Vendor')).toContain('LiveChat');

      // The vendor is back: Retry asks it for the whole range again, as the Refresh meant to.
      await page.unroute('**/api/proxy/livechat/**');
      requests.length = 0;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(alert).toHaveCount(0);
      expect(await loadedCount(page)).toBe(total);
      expect(requests.some((url) => url.includes(`date_from=${dayInStockholm(13)}`))).toBe(true);
    });
  });

  test('ImBox rows gain their visitors as details arrive in the background, and search finds them', async ({
    page,
  }) => {
    await page.goto(`/?vendor=imbox&from=${dayInStockholm(3)}&to=${dayInStockholm(1)}`);
    await loadedCount(page);
    let name = '';
    await expect
      .poll(
        async () => {
          const names = await columnTexts(page, 'Visitor');
          name = names.find((text) => text !== '' && text !== 'See transcript' && text !== 'Anonymous') ?? '';
          return name;
        },
        { timeout: 25_000 },
      )
      .not.toBe('');
    await page.getByRole('searchbox', { name: 'Search visitors' }).fill(name);
    // The search worker re-reads the rows as more details arrive: allow it a moment on a busy machine.
    // Rows re-render as more details fold in: a locator that retries, not a read of each cell.
    await expect(bodyRows(page).filter({ hasText: name }).first()).toBeVisible({ timeout: 30_000 });
    for (const vendor of await columnTexts(page, 'Vendor')) expect(vendor).toBe('ImBox');
  });

  test('a phone number a site put in an ImBox visitor card finds that conversation', async ({ page }) => {
    // The numbers as the vendor answered them, read off the visitor cards the details fetched.
    const phones = new Map<string, string>();
    page.on('response', async (response) => {
      const match = /\/api\/proxy\/imbox\/grabVisitorCards\/([^/?]+)/.exec(response.url());
      if (!match?.[1]) return;
      const body = (await response.json()) as { json: Array<{ data: string }> };
      for (const card of body.json) {
        const phone = /^Phone: (.+)$/.exec(card.data)?.[1];
        if (phone) phones.set(decodeURIComponent(match[1]), phone);
      }
    });
    await page.goto(`/?vendor=imbox&from=${dayInStockholm(3)}&to=${dayInStockholm(1)}`);
    await loadedCount(page);
    await detailsDone(page);
    const phone = [...phones.values()][0];
    expect(phone, 'a demo ImBox visitor with a phone card').toBeDefined();

    await page.getByRole('searchbox', { name: 'Search visitors' }).fill(`"${phone ?? ''}"`);
    // Every conversation whose card holds that number (a returning visitor may have several), no other.
    const holding = [...phones.values()].filter((number) => number === phone).length;
    await expect(bodyRows(page)).toHaveCount(holding, { timeout: 30_000 });
  });
});
