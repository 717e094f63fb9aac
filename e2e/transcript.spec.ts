import type { APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { expect, test } from './fixtures';
import { bodyRows, loadedCount, openRowAtEdge, transcriptPane } from './list-helpers';
import { agents, supervisor } from '../mocks/generator/vocabulary';
import { dayInStockholm } from './days';

const last90Days = `from=${dayInStockholm(89)}&to=${dayInStockholm(0)}`;

/** A vendor payload (as the demo vendors send it) found through the proxy, to deep-link to it. */
async function findSocialIntentsChat(request: APIRequestContext, text: string): Promise<string> {
  const response = await request.get('/api/proxy/socialintents/chats');
  expect(response.ok()).toBe(true);
  const body = z
    .object({
      chats: z.array(
        z.object({ id: z.string(), messages: z.array(z.object({ body: z.string() })).nullish() }),
      ),
    })
    .parse(await response.json());
  const chat = body.chats.find((candidate) =>
    candidate.messages?.some((message) => message.body.includes(text)),
  );
  if (!chat) throw new Error(`no Social Intents demo chat says ${text}`);
  return chat.id;
}

test.describe('the transcript pane', () => {
  test('opens from a row with the messages in order, each with its author and time', async ({ page }) => {
    await page.goto('/?vendor=snapengage&status=answered');
    await loadedCount(page);
    const row = bodyRows(page).first();
    const visitor = (await row.getByRole('cell').nth(2).innerText()).trim();
    // On its start time: the row's centre can be the visitor's e-mail, a link to the visitor's history.
    await row.getByRole('cell').first().click();

    await expect(page).toHaveURL(/\/conversations\/snapengage\/[^/?]+\?vendor=snapengage&status=answered$/);
    const reading = transcriptPane(page);
    await expect(reading.getByRole('heading', { level: 2 })).toBeFocused();
    const messages = reading.getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await expect(messages.first()).toBeVisible();
    const count = await messages.count();
    expect(count).toBeGreaterThanOrEqual(3);

    const authors = [visitor, 'Visitor', ...agents.map((agent) => agent.name), supervisor.name].filter(
      (name) => name !== 'Anonymous',
    );
    const times: number[] = [];
    for (let index = 0; index < count; index++) {
      const item = messages.nth(index);
      const time = item.locator('time');
      await expect(time).toHaveText(/^\d{2}:\d{2}$/);
      times.push(Date.parse((await time.getAttribute('datetime')) ?? ''));
      // Every message names its author, shown or (inside a group) for screen readers.
      const text = ((await item.textContent()) ?? '').trim();
      expect(
        authors.some((author) => text.includes(author)),
        `"${text}" names no participant`,
      ).toBe(true);
    }
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    if (visitor !== 'Anonymous') await expect(messages.first()).toContainText(visitor);
    await expect(reading.getByRole('term').filter({ hasText: 'Conversation ID' })).toBeVisible();
  });

  test('opens directly from a link and shows HTML written by a visitor as plain text', async ({ page }) => {
    const hostile = 'Is <b>this</b> a bug? <img src=x onerror=alert(1)>';
    const id = await findSocialIntentsChat(page.request, hostile);
    page.on('dialog', (dialog) => {
      throw new Error(`a script from vendor text ran: ${dialog.message()}`);
    });

    test.setTimeout(60_000);
    await page.goto(`/conversations/socialintents/${id}?${last90Days}`);
    const reading = transcriptPane(page);
    // The pane shows the row once Social Intents' 90 days (13 weeks, asked a week at a time) have loaded.
    await expect(reading.getByText(hostile, { exact: true })).toBeVisible({ timeout: 40_000 });
    await expect(reading.locator('img')).toHaveCount(0);
    await expect(reading.locator('b')).toHaveCount(0);
    await expect(reading.getByRole('heading', { level: 2 })).not.toHaveText(/Loading|not found/);

    // The vendor's payload is not in the page's rows: it is read back from the device history when asked.
    await reading.getByText('View raw', { exact: true }).click();
    await expect(reading.locator('pre').first()).toContainText(`"id": "${id}"`);
    await expect(reading.locator('pre').first()).toContainText('<img src=x onerror=alert(1)>');
  });

  test('Escape and the close button return to the list with the same filters', async ({ page }) => {
    await page.goto('/?vendor=livechat&status=answered');
    const count = await loadedCount(page);
    await openRowAtEdge(bodyRows(page).first());
    await expect(transcriptPane(page)).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/\?vendor=livechat&status=answered$/);
    await expect(transcriptPane(page)).toHaveCount(0);
    expect(await loadedCount(page)).toBe(count);

    await openRowAtEdge(bodyRows(page).nth(1));
    await transcriptPane(page).getByRole('button', { name: 'Close transcript' }).click();
    await expect(page).toHaveURL(/\/\?vendor=livechat&status=answered$/);
    await expect(transcriptPane(page)).toHaveCount(0);
  });

  test('says when a linked conversation is not in the loaded range', async ({ page }) => {
    await page.goto(`/conversations/livechat/NO-SUCH-CHAT?vendor=livechat`);
    const reading = transcriptPane(page);
    await expect(reading).toContainText('not in the loaded range');
    await reading.getByRole('button', { name: 'Back to the list' }).click();
    await expect(page).toHaveURL(/\/\?vendor=livechat$/);
  });

  test('an ImBox transcript, fetched when opened, shows the visitor joining in words', async ({ page }) => {
    await page.goto('/?vendor=imbox&status=answered');
    await loadedCount(page);
    await openRowAtEdge(bodyRows(page).first());
    const reading = transcriptPane(page);
    await expect(reading.getByRole('list', { name: 'Messages' })).toContainText(
      /Visitor joined on https?:\/\/\S+/,
    );
    await expect(reading.getByRole('list', { name: 'Messages' })).not.toContainText('{"type"');
    await expect(reading.getByText('ImBox details')).toBeVisible();
  });

  test('SnapEngage messages show their translations beside the original', async ({ page }) => {
    const now = Date.now();
    const response = await page.request.get(
      `/api/inbox/snapengage/cases?from=${now - 89 * 86_400_000}&to=${now}&limit=1000`,
    );
    const cases = z
      .object({
        cases: z.array(
          z.object({
            id: z.string(),
            transcripts: z
              .array(
                z.object({ message: z.string(), translations: z.record(z.string(), z.string()).nullish() }),
              )
              .nullish(),
          }),
        ),
      })
      .parse(await response.json()).cases;
    const translated = cases.find((item) =>
      item.transcripts?.some((line) => Object.keys(line.translations ?? {}).length > 0),
    );
    if (!translated) throw new Error('no translated SnapEngage demo case');
    const line = translated.transcripts?.find((entry) => Object.keys(entry.translations ?? {}).length > 0);
    const [language, translation] = Object.entries(line?.translations ?? {})[0] ?? ['', ''];

    await page.goto(`/conversations/snapengage/${encodeURIComponent(translated.id)}?${last90Days}`);
    const messages = transcriptPane(page).getByRole('list', { name: 'Messages' });
    await expect(messages.getByText(line?.message.trim() ?? '', { exact: true }).first()).toBeVisible();
    await expect(messages.getByText(`${language.toUpperCase()}: ${translation}`).first()).toBeVisible();
  });
});
