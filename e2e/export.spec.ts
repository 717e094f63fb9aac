import { expect, test } from './fixtures';
import { exportCsv, exportStatus, setOption } from './export-helpers';
import { loadedCount, vendorChip } from './list-helpers';
import { dayInStockholm } from './days';

const HEADER = [
  'vendor',
  'id',
  'started_at',
  'duration_seconds',
  'status',
  'visitor_name',
  'visitor_email',
  'agents',
  'tags',
  'rating',
  'message_count',
  'page_url',
];

test.describe('CSV export', () => {
  test('downloads exactly the filtered conversations under the documented header', async ({ page }) => {
    const from = dayInStockholm(29);
    const to = dayInStockholm(0);
    await page.goto(`/?vendor=livechat&status=answered&from=${from}&to=${to}`);
    const count = await loadedCount(page);
    expect(count).toBeGreaterThan(0);

    const { fileName, text, records } = await exportCsv(page);
    expect(fileName).toBe(`backscroll_livechat_${from}_to_${to}.csv`);
    expect(text.startsWith(`${HEADER.join(',')}\r\n`)).toBe(true);
    expect(records[0]).toEqual(HEADER);
    const rows = records.slice(1);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['livechat']));
    expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['answered']));
    for (const row of rows) expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    await expect(exportStatus(page)).toContainText(`Downloaded ${count.toLocaleString('en-GB')}`);
    // The count stays the page's only status element, so `getByRole('status')` always finds it.
    await expect(page.getByRole('status')).toHaveCount(1);
    await expect(page.getByRole('status')).toHaveText(`${count.toLocaleString('en-GB')} conversations`);
  });

  test('Excel option adds the BOM and is remembered', async ({ page }) => {
    await page.goto('/?vendor=snapengage&status=missed');
    await loadedCount(page);
    await setOption(page, 'Excel (BOM)', true);
    const first = await exportCsv(page);
    expect(first.text.charCodeAt(0)).toBe(0xfeff);

    await page.reload();
    await loadedCount(page);
    await page.getByRole('button', { name: 'Export options' }).click();
    await expect(page.getByRole('checkbox', { name: 'Excel (BOM)' })).toBeChecked();
  });

  test('with transcripts, fetches the ImBox transcripts first and writes them into a column', async ({
    page,
  }) => {
    await page.goto(`/?vendor=imbox&status=answered&from=${dayInStockholm(4)}&to=${dayInStockholm(0)}`);
    const count = await loadedCount(page);
    expect(count).toBeGreaterThan(0);
    await setOption(page, 'Include transcripts', true);

    const { records } = await exportCsv(page);
    expect(records[0]).toEqual([...HEADER, 'transcript']);
    expect(records.slice(1)).toHaveLength(count);
    for (const row of records.slice(1)) {
      // Date, time and offset of the display timezone (issue 12), then who and what.
      expect(row[12]).toMatch(
        /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}\] System: Visitor joined on https?:\/\//,
      );
      expect(row[10]).toMatch(/^\d+$/);
    }
  });

  test('an ImBox row carries the visitor’s name and e-mail even before its details arrived in the background', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Each detail a little slower than the demo's, so that the background is surely not done on a fast
    // machine when the export starts.
    await page.route('**/api/proxy/imbox/grabVisitorCards/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.continue();
    });
    await page.goto(`/?vendor=imbox&from=${dayInStockholm(13)}&to=${dayInStockholm(0)}`);
    const count = await loadedCount(page);
    // The background is still fetching details: the export must fetch the ones it lacks itself.
    const imbox = vendorChip(page, 'ImBox');
    await expect(imbox).toContainText(/details \d/);
    const visitors = (records: string[][]) => records.slice(1).map((row) => `${row[1]}|${row[5]}|${row[6]}`);
    const early = await exportCsv(page);
    expect(early.records.slice(1)).toHaveLength(count);
    expect(early.records.slice(1).filter((row) => row[6] !== '').length).toBeGreaterThan(0);

    // Once every detail is in, the same export names the same visitors: none was left out earlier.
    await expect(imbox).not.toContainText(/details \d/, { timeout: 90_000 });
    const late = await exportCsv(page);
    expect(visitors(early.records).sort()).toEqual(visitors(late.records).sort());
  });

  test('with transcripts, shows progress and can be cancelled without downloading', async ({ page }) => {
    await page.goto(`/?vendor=imbox&from=${dayInStockholm(89)}&to=${dayInStockholm(0)}`);
    await loadedCount(page);
    await setOption(page, 'Include transcripts', true);
    let downloads = 0;
    page.on('download', () => (downloads += 1));

    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(exportStatus(page)).toContainText(/Fetching transcripts [\d,]+\/[\d,]+…/);
    await expect(page.getByRole('progressbar', { name: 'Fetching transcripts' })).toBeVisible();
    await exportStatus(page).getByRole('button', { name: 'Cancel' }).click();

    await expect(exportStatus(page)).toHaveText(/Export cancelled\. Nothing was downloaded\./);
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  test('is disabled, saying why, when nothing matches', async ({ page }) => {
    await page.goto('/?q=no-such-visitor-anywhere');
    await expect(page.getByRole('status').filter({ hasText: /conversations?/ })).toHaveText(
      /^0 conversations$/,
      {
        timeout: 20_000,
      },
    );
    const button = page.getByRole('button', { name: 'Export CSV' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(/Nothing to export/);
  });
});
