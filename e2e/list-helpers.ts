import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The conversations table and its body rows (the header row has no cells). */
export function conversationsTable(page: Page): Locator {
  // Exact: the overview's tables ("Conversations per day by vendor", ...) may still be on screen.
  return page.getByRole('table', { name: 'Conversations', exact: true });
}

export function bodyRows(page: Page): Locator {
  return conversationsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

/** The reading pane of an open transcript (the region that holds its close button). */
export function transcriptPane(page: Page): Locator {
  return page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Close transcript' }) });
}

/** One vendor's item in the header's strip of vendors: its mode, count or state, details progress. */
export function vendorChip(page: Page, label: string): Locator {
  return page.getByRole('list', { name: 'Vendors' }).getByRole('listitem').filter({ hasText: label });
}

/**
 * Answers every request to one vendor through the proxy as the proxy does when the vendor failed: a 502
 * with the proxy's error body. `page.unroute` with the same pattern lets the vendor answer again.
 */
export async function failVendor(page: Page, vendor: string, error: Record<string, unknown>): Promise<void> {
  await page.route(`**/api/proxy/${vendor}/**`, (route) =>
    route.fulfill({
      status: 502,
      contentType: 'application/json',
      body: JSON.stringify({ error: { vendor, ...error } }),
    }),
  );
}

/** A filter's button ("Status", "Rating", ...), not the table's column header of the same name. */
export function filterButton(page: Page, name: string): Locator {
  return page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

/**
 * The count in role=status once every vendor has loaded: "1,234 conversations", or with a failed vendor
 * named after it ("1,234 conversations · LiveChat failed, not included"); never while one still loads.
 */
export async function loadedCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /conversations?/ });
  // A minute: the e2e machine's two cores are often shared with other jobs.
  await expect(status).toHaveText(/^[\d,]+ conversations?(?: · [^·]+ failed, not included)?$/, {
    timeout: 60_000,
  });
  // Read again until it still matches: the count may move on between the check above and this read.
  let text = '';
  await expect
    .poll(async () => {
      text = await status.innerText();
      return /^[\d,]+ conversations?(?: · [^·]+ failed, not included)?$/.test(text);
    })
    .toBe(true);
  return Number(/^[\d,]+/.exec(text)?.[0].replace(/,/g, ''));
}

/** The texts of one column's cells in the rendered rows, by the column's header name. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await conversationsTable(page).getByRole('columnheader').allInnerTexts();
  // A header may add a note after " · " (the Started column's timezone).
  const index = headers.findIndex((text) => text.split(' · ')[0]?.trim() === header);
  if (index === -1) throw new Error(`No column "${header}" among ${headers.join(', ')}`);
  const rows = bodyRows(page);
  // Callers read a list whose count is settled above zero; the table may still be swapping its rows for
  // the same answer (a folded batch, a re-search), so wait until some are rendered.
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  const texts: string[] = [];
  for (let i = 0; i < count; i++)
    texts.push((await rows.nth(i).getByRole('cell').nth(index).innerText()).trim());
  return texts;
}

/** Lowercased without accents: how the list compares visitor names. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Opens a row the way a lead does: a click at its left edge, in the first cell's padding (a row's middle
 * may be a visitor's name or e-mail, which are links to the visitor's page).
 *
 * The click targets the first cell, not the row: Playwright scrolls its target into view first, and a row
 * is wider than the list once "Matched text" shows. A CI trace showed Chromium centring such a row
 * sideways (the list's scrollLeft 432) while the list re-rendered, which put the click point outside the
 * list ("<html> intercepts pointer events") until the test timed out. A cell fits in the list, so nothing
 * scrolls sideways.
 */
export function openRowAtEdge(row: Locator): Promise<void> {
  return row
    .getByRole('cell')
    .first()
    .click({ position: { x: 4, y: 8 } });
}

/**
 * Holds a vendor's requests through the proxy (those `held` picks, every one by default) until the
 * returned release is called, so its list stays "still loading" meanwhile.
 */
export async function holdVendorRequests(
  page: Page,
  vendor: string,
  held: (url: URL) => boolean = () => true,
): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/proxy/${vendor}/**`, async (route) => {
    if (held(new URL(route.request().url()))) await released;
    await route.continue();
  });
  return release;
}

/** Holds LiveChat's later pages: the first page of each part is answered at once, its first rows shown. */
export function holdLiveChatAfterFirstPages(page: Page): Promise<() => void> {
  return holdVendorRequests(page, 'livechat', (url) => url.searchParams.get('page') !== '1');
}
