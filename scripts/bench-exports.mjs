// Issue 11's figures: Messages (CSV) and Conversations with messages (JSON Lines) of the loaded view,
// each with and without redaction: wall time from the menu click to the download, the longest
// main-thread task, and the JS heap's peak over its level before the export. Called by bench.mjs with a
// page already showing the loaded view. It prints and asserts nothing.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Lines in a file, read as a stream (the file can be hundreds of megabytes). */
async function countLines(file) {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (let index = 0; index < chunk.length; index += 1) if (chunk[index] === 10) lines += 1;
  }
  return lines;
}

async function setRedaction(page, on) {
  await page.getByRole('button', { name: 'Export options' }).click();
  await page.getByRole('checkbox', { name: 'Redact e-mails, phones and card numbers' }).setChecked(on);
  await page.keyboard.press('Escape');
}

async function measure(page, item, file) {
  // The forced collection runs in a task of its own, before the observer starts: otherwise the
  // observer reports that task (the bench's own GC) as the export's longest.
  await page.evaluate(() => window.gc?.());
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await page.evaluate(() => {
    const state = { longest: 0, peak: performance.memory?.usedJSHeapSize ?? 0 };
    state.baseline = state.peak;
    state.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
    });
    state.observer.observe({ type: 'longtask' });
    state.timer = setInterval(() => {
      state.peak = Math.max(state.peak, performance.memory?.usedJSHeapSize ?? 0);
    }, 10);
    window.__formatBench = state;
  });
  await page.getByRole('button', { name: 'More export formats' }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await menuItem.waitFor();
  const started = await page.evaluate(() => performance.now());
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    menuItem.click(),
  ]);
  const result = await page.evaluate((start) => {
    const state = window.__formatBench;
    clearInterval(state.timer);
    state.observer.disconnect();
    return {
      ms: performance.now() - start,
      longest: state.longest,
      peak: state.peak,
      baseline: state.baseline,
    };
  }, started);
  await download.saveAs(file);
  return { ...result, bytes: (await stat(file)).size, lines: await countLines(file) };
}

/**
 * The view's ImBox rows are left out: ImBox lists no messages, so an export of it first fetches every
 * transcript one request at a time (that wait is the vendor's, and its progress and Cancel are tested in
 * e2e); the three vendors whose lists carry the messages show the writers' own cost.
 */
export async function benchExports({ page, rangeQuery, log, work }) {
  // Headless Chromium has no save picker to answer: the streamed download is what is measured.
  await page.evaluate(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
  const query = `${rangeQuery}&vendor=socialintents&vendor=livechat&vendor=snapengage`;
  await page.evaluate((arg) => {
    window.history.pushState({}, '', `/?${arg}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  const status = page.getByRole('status').filter({ hasText: /conversations?/ });
  await status.filter({ hasText: /^[\d,]+ conversations?$/ }).waitFor({ timeout: 600_000 });
  const conversations = (await status.innerText()).trim();
  await page.waitForTimeout(500);

  log('');
  log(`export formats of the loaded view without ImBox (${conversations})`);
  log('figure                                  time          longest task  heap growth   file');
  const formats = [
    { item: 'Messages (CSV)', name: 'messages CSV', file: 'messages.csv', header: 1 },
    {
      item: 'Conversations with messages (JSON Lines)',
      name: 'JSON Lines',
      file: 'conversations.jsonl',
      header: 0,
    },
  ];
  for (const format of formats) {
    const plain = await measure(page, format.item, path.join(work, format.file));
    await setRedaction(page, true);
    const redacted = await measure(page, format.item, path.join(work, `redacted-${format.file}`));
    await setRedaction(page, false);
    for (const [label, run] of [
      [format.name, plain],
      [`${format.name}, redacted`, redacted],
    ]) {
      log(
        `${label.padEnd(40)}${ms(run.ms).padEnd(14)}${ms(run.longest).padEnd(14)}${mb(Math.max(0, run.peak - run.baseline)).padEnd(14)}${(run.lines - format.header).toLocaleString('en')} records, ${mb(run.bytes)}`,
      );
    }
    log(
      `  redaction adds ${(((redacted.ms - plain.ms) / plain.ms) * 100).toFixed(0)} % to the time (target <= 50 %)`,
    );
  }
  log('targets: time <= 5,000 ms, longest task <= 100 ms, heap growth <= 200 MB');

  await page.evaluate((arg) => {
    window.history.pushState({}, '', `/?${arg}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, rangeQuery);
}
