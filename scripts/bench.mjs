// `npm run bench`: measures Backscroll at scale in a real browser and prints the figures.
//
// It starts the production server on demo data of BENCH_SIZE conversations (default 100,000), loads the
// last 90 days, and measures, through the real UI: applying a filter, a search and a sort (from the
// input to the updated count or first row on screen), rows in the DOM, and exporting every row to CSV
// (wall time, longest main-thread task, peak JS heap). For comparison it times a plain loop doing the
// same filtering over the same array in the same page: the floor. It asserts nothing; it prints.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const port = Number(process.env.BENCH_PORT ?? 4499);
const root = process.cwd();
const work = path.join(root, 'bench-results');
const base = `http://127.0.0.1:${port}`;
const runs = 5;

function log(line) {
  process.stdout.write(`${line}\n`);
}

async function waitForHealth(deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start in time');
}

function startServer() {
  rmSync(path.join(work, 'data'), { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      BACKSCROLL_DEMO: '1',
      BACKSCROLL_DEMO_SIZE: String(size),
      BACKSCROLL_DATA_DIR: path.join(work, 'data'),
      BACKSCROLL_DIST_DIR: path.join(work, 'dist'),
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr.on('data', (chunk) => process.stderr.write(chunk));
  return server;
}

function launchOptions() {
  const args = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];
  if (!existsSync('/usr/bin/chromium')) return { args };
  return {
    executablePath: '/usr/bin/chromium',
    args: [
      ...args,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}

function day(offsetDays) {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

/** In the page: run `action`, resolve with the time until `selector`'s text changes and a frame is painted. */
async function timeUntilChange(page, selector, action) {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel);
    window.__bench = { before: target?.textContent ?? '', done: null };
    const observer = new MutationObserver(() => {
      const now = document.querySelector(sel)?.textContent ?? '';
      if (now !== window.__bench.before && window.__bench.done === null) {
        requestAnimationFrame(() => {
          window.__bench.done = performance.now();
        });
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, selector);
  const started = await page.evaluate(() => performance.now());
  await action();
  await page.waitForFunction(() => window.__bench.done !== null, null, { timeout: 60_000 });
  const done = await page.evaluate(() => window.__bench.done);
  return done - started;
}

/** Client-side navigation, as the app's own links do: react-router re-reads the URL on popstate. */
async function navigate(page, search) {
  await page.evaluate((query) => {
    window.history.pushState({}, '', `/?${query}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}

async function main() {
  log(`Backscroll bench: ${size.toLocaleString('en')} demo conversations`);
  const server = startServer();
  const browser = await chromium.launch(launchOptions());
  try {
    await waitForHealth(Date.now() + 300_000);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      window.__backscrollBench = {};
    });
    const rangeQuery = `from=${day(-92)}&to=${day(0)}`;
    const loadStarted = Date.now();
    await page.goto(`${base}/?${rangeQuery}`);
    const status = page
      .getByRole('status')
      .filter({ hasText: /conversation/ })
      .first();
    await status.filter({ hasText: /^[\d,.\s\u202f]+ conversations?$/ }).waitFor({ timeout: 600_000 });
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    const loaded = await page.evaluate(() => window.__backscrollBench.conversations?.length ?? 0);
    log(
      `loaded ${loaded.toLocaleString('en')} conversations in ${loadSeconds.toFixed(1)} s (all four vendors through the proxy)`,
    );

    const statusSelector = '[role="status"]';
    const filterTimes = [];
    const searchTimes = [];
    const sortTimes = [];
    for (let i = 0; i < runs; i++) {
      filterTimes.push(
        await timeUntilChange(page, statusSelector, () => navigate(page, `${rangeQuery}&status=missed`)),
      );
      await timeUntilChange(page, statusSelector, () => navigate(page, rangeQuery));
      const box = page
        .getByRole('searchbox')
        .or(page.getByRole('textbox', { name: /search/i }))
        .first();
      searchTimes.push(await timeUntilChange(page, statusSelector, () => box.fill('gmail')));
      await timeUntilChange(page, statusSelector, () => box.fill(''));
      const header = page.getByRole('columnheader', { name: /visitor/i }).getByRole('button');
      sortTimes.push(await timeUntilChange(page, 'tbody tr:nth-child(2)', () => header.click()));
    }
    const rowsInDom = await page.evaluate(() => document.querySelectorAll('tbody tr').length);

    const floor = await page.evaluate((repeat) => {
      const data = window.__backscrollBench.conversations ?? [];
      const times = { filter: [], search: [] };
      for (let r = 0; r < repeat; r++) {
        let t = performance.now();
        const missed = [];
        for (const c of data) if (c.status === 'missed') missed.push(c);
        times.filter.push(performance.now() - t);
        t = performance.now();
        const found = [];
        for (const c of data) {
          if (
            (c.visitor.email ?? '').toLowerCase().includes('gmail') ||
            (c.visitor.name ?? '').toLowerCase().includes('gmail') ||
            c.id.toLowerCase().includes('gmail')
          )
            found.push(c);
        }
        times.search.push(performance.now() - t);
      }
      return times;
    }, runs);

    // Export every row: one click, wall time to the download, longest main-thread task, peak heap.
    await navigate(page, rangeQuery);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.gc?.();
      const state = { longest: 0, peak: performance.memory?.usedJSHeapSize ?? 0 };
      state.baseline = state.peak;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
      }).observe({ type: 'longtask' });
      state.timer = setInterval(() => {
        state.peak = Math.max(state.peak, performance.memory?.usedJSHeapSize ?? 0);
      }, 10);
      window.__exportBench = state;
    });
    const exportStarted = await page.evaluate(() => performance.now());
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: /export csv/i }).click(),
    ]);
    const exportResult = await page.evaluate((started) => {
      const state = window.__exportBench;
      clearInterval(state.timer);
      return {
        ms: performance.now() - started,
        longest: state.longest,
        peak: state.peak,
        baseline: state.baseline,
      };
    }, exportStarted);
    const file = path.join(work, 'export.csv');
    await download.saveAs(file);
    const { readFileSync } = await import('node:fs');
    const csvLines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean).length - 1;

    const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    const filterMs = median(filterTimes);
    const searchMs = median(searchTimes);
    const floorFilter = median(floor.filter);
    const floorSearch = median(floor.search);
    log('');
    log('figure                          median      target');
    log(
      `filter (status=missed)          ${ms(filterMs).padEnd(12)}< 50 ms, <= 3x floor (${(filterMs / Math.max(floorFilter, 0.1)).toFixed(1)}x)`,
    );
    log(
      `search ("gmail")                ${ms(searchMs).padEnd(12)}< 50 ms, <= 3x floor (${(searchMs / Math.max(floorSearch, 0.1)).toFixed(1)}x)`,
    );
    log(`sort (visitor column)           ${ms(median(sortTimes)).padEnd(12)}`);
    log(`floor: plain loop filter        ${ms(floorFilter)}`);
    log(`floor: plain loop search        ${ms(floorSearch)}`);
    log(`rows in the DOM                 ${rowsInDom} of ${loaded.toLocaleString('en')}`);
    log(
      `export CSV (${csvLines.toLocaleString('en')} rows)       ${ms(exportResult.ms).padEnd(12)}< 2000 ms`,
    );
    log(`  longest main-thread task      ${ms(exportResult.longest).padEnd(12)}< 100 ms`);
    log(`  peak JS heap during export    ${mb(exportResult.peak)} (before: ${mb(exportResult.baseline)})`);
    log(
      `  runs: filter ${filterTimes.map((t) => t.toFixed(0)).join('/')} ms; search ${searchTimes.map((t) => t.toFixed(0)).join('/')} ms; sort ${sortTimes.map((t) => t.toFixed(0)).join('/')} ms`,
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
