import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { bodyRows, openRowAtEdge, transcriptPane } from './list-helpers';
import { dayInStockholm } from './days';
import { exportFormat } from './export-helpers';

const MESSAGES_HEADER =
  'vendor,conversation_id,conversation_started_at,message_at,role,author,text,translations';
/** A line of the demo data, and what a visitor might have written there instead. */
const DEMO_LINE = 'The team plan, for 12 people.';
const PERSONAL_LINE = 'Write to anna.berg+shop@mail.example.se or call +46 70 123 45 67, order #4411.';

/**
 * LiveChat's answers carry a visitor's e-mail and phone in one demo line, and the save picker is taken
 * away, as in a browser without the File System Access API, so every export is a download.
 */
async function prepare(page: Page): Promise<void> {
  await page.addInitScript(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
  await page.route('**/api/proxy/livechat/**', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll(DEMO_LINE, PERSONAL_LINE);
    await route.fulfill({ response, body });
  });
}

/** The settled count ("92 conversations"), given the time a machine shared with other jobs needs. */
async function loadedCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /conversations?/ });
  await expect(status).toHaveText(/^[\d,]+ conversations?$/, { timeout: 120_000 });
  return Number((await status.innerText()).replace(/[^\d]/g, ''));
}

async function setRedaction(page: Page, checked: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Export options' }).click();
  await page.getByRole('checkbox', { name: 'Redact e-mails, phones and card numbers' }).setChecked(checked);
  await page.keyboard.press('Escape');
}

const from = dayInStockholm(6);
const to = dayInStockholm(0);
const filtered = `/?vendor=livechat&status=answered&from=${from}&to=${to}`;

// Each test loads a view and exports it twice: on a two-core machine shared with other jobs that can
// take minutes.
test.describe.configure({ timeout: 240_000 });

test.describe('export formats', () => {
  test.beforeEach(async ({ page }) => prepare(page));

  test('Messages (CSV): one row per message of the filtered view, under the documented header', async ({
    page,
  }) => {
    await page.goto(filtered);
    const count = await loadedCount(page);
    expect(count).toBeGreaterThan(0);

    const { fileName, text } = await exportFormat(page, 'Messages (CSV)');
    expect(fileName).toBe(`backscroll_messages_livechat_${from}_to_${to}.csv`);
    expect(text.startsWith(`${MESSAGES_HEADER}\r\n`)).toBe(true);
    const records = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const rows = records.slice(1);
    expect(rows.length).toBeGreaterThan(count);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['livechat']));
    expect(new Set(rows.map((row) => row[1])).size).toBe(count);
    for (const row of rows) {
      expect(row).toHaveLength(8);
      expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
      expect(['visitor', 'agent', 'supervisor', 'system', 'bot']).toContain(row[4]);
    }
    const personal = rows.find((row) => row[6] === PERSONAL_LINE);
    expect(personal?.[4]).toBe('visitor');
    await expect(page.getByRole('region', { name: 'Export' })).toContainText(
      `Downloaded ${rows.length.toLocaleString('en-GB')} rows`,
    );

    await setRedaction(page, true);
    const redacted = await exportFormat(page, 'Messages (CSV)');
    expect(redacted.fileName).toBe(`backscroll_messages_livechat_${from}_to_${to}_redacted.csv`);
    expect(redacted.text).not.toContain('anna.berg');
    expect(redacted.text).not.toContain('123 45 67');
    expect(redacted.text).toContain('"Write to [email] or call [phone], order #4411."');
    expect(Papa.parse<string[]>(redacted.text, { skipEmptyLines: true }).data).toHaveLength(records.length);
  });

  test('JSON Lines: one parseable conversation per line with its messages; redaction removes e-mails', async ({
    page,
  }) => {
    await page.goto(filtered);
    const count = await loadedCount(page);

    const { fileName, text } = await exportFormat(page, 'Conversations with messages (JSON Lines)');
    expect(fileName).toBe(`backscroll_conversations-with-messages_livechat_${from}_to_${to}.jsonl`);
    const lines = text.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(count);
    const conversations = lines.map((line): unknown => JSON.parse(line));
    for (const conversation of conversations) {
      expect(conversation).toMatchObject({
        vendor: 'livechat',
        status: 'answered',
        startedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/),
        messages: expect.arrayContaining([expect.objectContaining({ role: expect.any(String) })]),
      });
      expect(conversation).not.toHaveProperty('raw');
    }
    expect(text).toContain('anna.berg+shop@mail.example.se');

    await setRedaction(page, true);
    const redacted = await exportFormat(page, 'Conversations with messages (JSON Lines)');
    expect(redacted.text).not.toContain('anna.berg');
    expect(redacted.text).toContain('Write to [email] or call [phone], order #4411.');
    expect(redacted.text.split('\n').filter((line) => line !== '')).toHaveLength(count);
  });

  test('the formats menu is a menu that keyboard users can work', async ({ page }) => {
    await page.goto(filtered);
    await loadedCount(page);
    await page.getByRole('button', { name: 'More export formats' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu', { name: 'Export formats' })).toBeVisible();
    await expect(page.getByRole('menuitem')).toHaveText([
      /^Messages \(CSV\)/,
      /^Conversations with messages \(JSON Lines\)/,
    ]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(page.getByRole('button', { name: 'More export formats' })).toBeFocused();
  });
});

test.describe('one transcript', () => {
  test.beforeEach(async ({ page }) => prepare(page));

  test('downloads as text: header facts, then a line per message with date, time, offset and author', async ({
    page,
  }) => {
    await page.goto(filtered);
    await loadedCount(page);
    await openRowAtEdge(bodyRows(page).first());
    const messages = transcriptPane(page).getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await expect(messages.first()).toBeVisible();
    const shown = await messages.count();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');

    const downloading = page.waitForEvent('download');
    await transcriptPane(page).getByRole('button', { name: 'Save or print transcript' }).click();
    await page.getByRole('menuitem', { name: 'Download as text' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`backscroll_livechat_${id}_transcript.txt`);
    const text = await readFile(await download.path(), 'utf8');
    const [header, body] = text.split('\n\n');
    expect(header).toContain(`LiveChat conversation ${id} with `);
    expect(header).toContain(`Conversation: ${id}`);
    expect(header).toContain('Timezone: Europe/Stockholm');
    const lines = (body ?? '').trimEnd().split('\n');
    expect(lines).toHaveLength(shown);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0[12]:00 [^:]+: /);
  });

  test('prints every message and the header facts without the app around them, redacted when asked', async ({
    page,
  }) => {
    await page.goto(filtered);
    await loadedCount(page);
    await openRowAtEdge(bodyRows(page).first());
    const messages = transcriptPane(page).getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await expect(messages.first()).toBeVisible();
    const shown = await messages.count();
    const visitor = (await transcriptPane(page).getByRole('heading', { level: 2 }).innerText()).trim();

    await transcriptPane(page).getByRole('button', { name: 'Save or print transcript' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Redact e-mails, phones and card numbers' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Blank visitor details' }).click();
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      window.print = () =>
        Reflect.set(window, 'printCalls', Number(Reflect.get(window, 'printCalls') ?? 0) + 1);
    });
    const audited = page.waitForRequest(
      (request) =>
        request.url().endsWith('/api/audit') && (request.postData() ?? '').includes('transcript-print'),
    );
    await transcriptPane(page).getByRole('button', { name: 'Save or print transcript' }).click();
    await page.getByRole('menuitem', { name: 'Print' }).click();
    expect(await page.evaluate(() => Reflect.get(window, 'printCalls'))).toBe(1);
    expect(JSON.parse((await audited).postData() ?? '{}')).toMatchObject({
      action: 'export',
      detail: { format: 'transcript-print', rows: 1, redaction: true },
    });

    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('article', { name: 'Printable transcript' });
    await expect(printed).toBeVisible();
    await expect(printed.getByRole('heading', { level: 1 })).toContainText('LiveChat conversation');
    await expect(printed.getByRole('term').filter({ hasText: 'Started' })).toBeVisible();
    await expect(printed.getByRole('listitem')).toHaveCount(shown);
    await expect(page.getByRole('table', { name: 'Conversations' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Close transcript' })).toBeHidden();
    await expect(printed.getByRole('definition').filter({ hasText: 'visitor details removed' })).toHaveText(
      'e-mails, phones, card numbers and visitor details removed',
    );
    if (visitor !== 'Anonymous visitor') await expect(printed).not.toContainText(visitor);

    await page.emulateMedia({ media: 'screen' });
    await expect(printed).toBeHidden();
    await expect(page.getByRole('table', { name: 'Conversations' })).toBeVisible();
  });
});
