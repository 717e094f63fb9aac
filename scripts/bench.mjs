// `npm run bench`: measures Backscroll at scale in a real browser and prints the figures.
//
// It starts the production server on demo data of BENCH_SIZE conversations (default 100,000), loads the
// last 90 days, and measures, through the real UI: applying a filter, a search and a sort (from the
// input to the updated count or first row on screen), rows in the DOM, and exporting every row to CSV
// (wall time, longest main-thread task, peak JS heap). For comparison it times a plain loop doing the
// same filtering over the same array in the same page: the floor. The history's loads are measured twice:
// through Playwright, and in a browser with no DevTools client attached (bench-bare-loads.mjs), the
// latter with the CPU time each load used and the floor that sets on this machine (bench-cpu.mjs). It
// asserts nothing; it prints.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { benchSearch } from './bench-search.mjs';
import { benchExports } from './bench-exports.mjs';
import { bareLoads } from './bench-bare-loads.mjs';
import { fetchFloor, REQUESTS_AT_ONCE_PER_VENDOR } from './bench-fetch-floor.mjs';
import { spansStoredFor } from './bench-page-checks.mjs';
import { coreCount } from './bench-cpu.mjs';

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
  // Its own process group (detached), so that stopping the bench stops start.mjs *and* the server it runs.
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    detached: true,
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
/** "16.12 s" for a time in ms; "never" for a mark never reached. */
const s = (value) => (value === null ? 'never' : `${(value / 1000).toFixed(2)} s`);

/** "41.2 s (browser 30.1 s, demo server 11.1 s): floor 20.6 s" for `cores`, or why it was not read. */
function cpuUsed(cpu) {
  if (cpu === null) return 'not read (Linux only)';
  const total = cpu.browser + cpu.server;
  const s1 = (seconds) => `${seconds.toFixed(1)} s`;
  return `${s1(total)} (browser ${s1(cpu.browser)}, demo server ${s1(cpu.server)}): floor ${s1(total / coreCount())}`;
}

/**
 * In the page: runs `action` (a function evaluated in the page, so no driver round trip is timed) and
 * resolves with two times: until the DOM under `selector` shows the change (React has committed the
 * new view) and until the frame after that is painted. Targets are compared with the first; the second
 * adds the wait for the next frame (up to ~16 ms at 60 Hz) that no code can avoid.
 */
async function timeUntilChange(page, selector, action, arg) {
  return page.evaluate(
    ([sel, actionSource, actionArg]) =>
      new Promise((resolve, reject) => {
        const before = document.querySelector(sel)?.textContent ?? '';
        const started = performance.now();
        const timer = setTimeout(() => reject(new Error(`no change under ${sel}`)), 60_000);
        const observer = new MutationObserver(() => {
          const now = document.querySelector(sel)?.textContent ?? '';
          // "Searching…" is the search worker's interim count, not the updated view.
          if (now === before || now.includes('Searching…')) return;
          const updated = performance.now() - started;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ updated, painted: performance.now() - started }));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        new Function('arg', actionSource)(actionArg);
      }),
    [selector, action, arg],
  );
}

/** Client-side navigation, as the app's own links do: react-router re-reads the URL on popstate. */
const NAVIGATE = `window.history.pushState({}, '', '/?' + arg); window.dispatchEvent(new PopStateEvent('popstate'));`;

/** Types into the search box the way a keystroke does (React listens to the input event). */
const TYPE = `const box = document.querySelector('input[type=search]');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, arg);
  box.dispatchEvent(new Event('input', { bubbles: true }));`;

/** Clicks the sort button in the column header named `arg`. */
const SORT = `const header = [...document.querySelectorAll('thead th')].find((th) => th.textContent.trim().startsWith(arg));
  header.querySelector('button').click();`;

/** Vendor requests through the proxy (not /api/vendors or /api/health). */
const VENDOR_PATH = /\/api\/(proxy\/|inbox\/)?(socialintents|livechat|imbox|snapengage)\//;
/**
 * ImBox's list calls (its statistics and conversation ids). Every other ImBox call is the background
 * details': a call per conversation, and `grabAgents`, the account's agents, which the details ask once a
 * session to name the messages' authors (a reload asks it again when the details go on).
 */
const IMBOX_LIST_PATH = /\/api\/proxy\/imbox\/(chatStatistics|listConversations)\b/;
const isImBoxDetail = (pathname) => pathname.includes('/api/proxy/imbox/') && !IMBOX_LIST_PATH.test(pathname);

/**
 * In every page: the moments (ms since navigation) the first conversation row and the settled count
 * appeared, and the longest main-thread task since navigation. A conversation row carries its place in the
 * list (`data-index`); the grey placeholder rows shown before any has loaded do not.
 */
function markLoads() {
  const marks = { firstRows: null, complete: null, longest: 0 };
  window.__loadMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longest = Math.max(marks.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (marks.firstRows === null && document.querySelector('tbody tr[data-index] td'))
      marks.firstRows = performance.now();
    const status = [...document.querySelectorAll('[role="status"]')].find((el) =>
      /^[\d,.\s\u202f]+ conversations?$/.test(el.textContent ?? ''),
    );
    if (marks.complete === null && status) marks.complete = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

async function loadMarks(page) {
  // Polled on a timer, not on every animation frame (`waitForFunction`'s default): polling by frame makes
  // the page draw 60 frames a second for the whole load, which no lead's page does, and on this machine's
  // software rendering that drawing took seconds of the CPU the load needs. The marks are taken by the
  // page itself, so how often they are read changes no figure.
  await page.waitForFunction(() => window.__loadMarks?.complete !== null, null, {
    timeout: 600_000,
    polling: 100,
  });
  return page.evaluate(() => window.__loadMarks);
}

/**
 * Vendor requests a page makes: `count` for the lists, `details` for ImBox's per-conversation calls, and
 * `lists`, the list requests' paths by vendor in the order they were made (bench-fetch-floor.mjs).
 */
function countVendorRequests(page) {
  const seen = { count: 0, details: 0, lists: {} };
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    const vendor = VENDOR_PATH.exec(pathname)?.[2];
    if (vendor === undefined) return;
    if (isImBoxDetail(pathname)) seen.details++;
    else {
      seen.count++;
      (seen.lists[vendor] ??= []).push(pathname + search);
    }
  });
  return seen;
}

/**
 * The demo server builds each vendor's emulated data on the first request for it (seconds at 100,000
 * conversations), which a real vendor never makes anyone wait for: one short view in a throwaway browser
 * context has it built before anything is timed.
 */
async function warmDemoServer(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(markLoads);
  await page.goto(`${base}/?from=${day(0)}&to=${day(0)}`);
  await loadMarks(page);
  await context.close();
}

/** Until every configured vendor's loaded spans are stored on the device (they are stored after rows show). */
async function waitUntilStored(page, accounts = 4) {
  await page.waitForFunction(spansStoredFor, accounts, { timeout: 600_000, polling: 500 });
}

/**
 * What a reload asked the vendors for, when it asked anything: whether it was a closed day or something
 * else (the last 48 hours once they are five minutes old, ImBox's agent names for the details) says
 * whether the figure above misses its target. The paths are the proxy's, which carry no credentials.
 */
function logAsked(lists) {
  for (const [vendor, paths] of Object.entries(lists)) {
    const shown = paths.slice(0, 3).map((path) => decodeURIComponent(path));
    log(
      `  asked of ${vendor}: ${shown.join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`,
    );
  }
}

/** Background ImBox details fetched per second, from the strip's "details 340/742" over ten seconds. */
async function imboxDetailsPerSecond(page) {
  const read = async () => {
    const text = await page.locator('body').innerText();
    const match = /details ([\d,]+)\/([\d,]+)/.exec(text);
    return match ? Number(match[1].replace(/,/g, '')) : null;
  };
  const started = Date.now();
  let first = await read();
  while (first === null && Date.now() - started < 30_000) {
    await page.waitForTimeout(250);
    first = await read();
  }
  if (first === null) return null;
  const t0 = Date.now();
  await page.waitForTimeout(10_000);
  const second = await read();
  return second === null ? null : (second - first) / ((Date.now() - t0) / 1000);
}

async function main() {
  log(`Backscroll bench: ${size.toLocaleString('en')} demo conversations`);
  const server = startServer();
  const browser = await chromium.launch(launchOptions());
  try {
    await waitForHealth(Date.now() + 300_000);
    await warmDemoServer(browser);
    const rangeQuery = `from=${day(-89)}&to=${day(0)}`;
    // Widening 30 -> 90 days, in a fresh profile, first: a page left open meanwhile would go on fetching
    // its ImBox details in the background and share the CPU with the widening.
    const wideContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const widePage = await wideContext.newPage();
    await widePage.addInitScript(markLoads);
    const wideRequests = countVendorRequests(widePage);
    await widePage.goto(`${base}/?from=${day(-29)}&to=${day(0)}`);
    await loadMarks(widePage);
    await waitUntilStored(widePage);
    wideRequests.count = 0;
    const wideStarted = Date.now();
    await widePage.goto(`${base}/?${rangeQuery}`);
    await loadMarks(widePage);
    const wideMs = Date.now() - wideStarted;
    const widenedRequests = wideRequests.count;
    await wideContext.close();

    // The same loads with no DevTools client attached, before the Playwright pass's own (the two never
    // share the CPU): see bench-bare-loads.mjs.
    const bare = await bareLoads({
      launch: launchOptions(),
      url: `${base}/?${rangeQuery}`,
      markLoads,
      profileDir: path.join(work, 'bare-profile'),
      settleMs: 10_000,
      serverPid: server.pid,
    });

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__backscrollBench = {};
    });
    await page.addInitScript(markLoads);
    const requests = countVendorRequests(page);

    // Cold: nothing on the device yet.
    await page.goto(`${base}/?${rangeQuery}`);
    const cold = await loadMarks(page);
    const coldRequests = requests.count;
    const coldLists = requests.lists;
    requests.lists = {};
    const loaded = await page.evaluate(() => window.__backscrollBench.conversations?.length ?? 0);
    const heapAfterLoad = await page.evaluate(() => {
      window.gc?.();
      return performance.memory?.usedJSHeapSize ?? 0;
    });
    await waitUntilStored(page);
    const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const detailsRate = await imboxDetailsPerSecond(page);

    // Warm: the same view again, from the device.
    requests.count = 0;
    requests.details = 0;
    requests.lists = {};
    await page.reload();
    const warm = await loadMarks(page);
    const warmRequests = requests.count;
    const warmDetailRequests = requests.details;
    const warmLists = requests.lists;
    // A later visit, as a lead's daily one: the browser has the app's files in its cache since the first
    // visit (server/built-site.ts), and from this third load on it also reuses the code V8 compiled.
    requests.count = 0;
    requests.lists = {};
    await page.reload();
    const later = await loadMarks(page);
    const laterRequests = requests.count;
    const laterLists = requests.lists;

    const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    log(`loaded ${loaded.toLocaleString('en')} conversations over 90 days`);
    log('');
    log('history figure                              measured          target');
    log(`cold load, first rows                       ${s(cold.firstRows).padEnd(18)}–`);
    log(`cold load, complete                         ${s(cold.complete).padEnd(18)}<= 8 s`);
    log(`cold load, vendor requests                  ${String(coldRequests).padEnd(18)}–`);
    log(`cold load, longest main-thread task         ${ms(cold.longest).padEnd(18)}<= 100 ms`);
    log(`warm reload, first rows                     ${s(warm.firstRows).padEnd(18)}–`);
    log(`warm reload, complete                       ${s(warm.complete).padEnd(18)}<= 2 s`);
    log(`warm reload, vendor list requests           ${String(warmRequests).padEnd(18)}0 for closed days`);
    log(
      `warm reload, ImBox detail requests          ${String(warmDetailRequests).padEnd(18)}– (the background details not yet fetched go on)`,
    );
    logAsked(warmLists);
    log(`warm reload, longest main-thread task       ${ms(warm.longest).padEnd(18)}<= 100 ms`);
    log(`later visit, first rows                     ${s(later.firstRows).padEnd(18)}–`);
    log(`later visit, complete                       ${s(later.complete).padEnd(18)}<= 2 s`);
    log(`later visit, vendor list requests           ${String(laterRequests).padEnd(18)}0 for closed days`);
    logAsked(laterLists);
    log(`later visit, longest main-thread task       ${ms(later.longest).padEnd(18)}<= 100 ms`);
    log(`widen 30 -> 90 days, time                   ${s(wideMs).padEnd(18)}–`);
    log(
      `widen 30 -> 90 days, vendor requests        ${String(widenedRequests).padEnd(18)}only the 60 new days`,
    );
    log(`JS heap after load                          ${mib(heapAfterLoad).padEnd(18)}–`);
    log(`stored on the device                        ${mib(stored).padEnd(18)}–`);
    log(
      `ImBox details per second                    ${detailsRate === null ? 'not seen (no ImBox rows lacked details)' : detailsRate.toFixed(1).padEnd(18)}(4 at a time)`,
    );
    log('');
    log("the same loads with no DevTools client attached, as in a lead's browser (Playwright's, above,");
    log("make V8 keep a debugger's source positions, which about doubles the script's start task):");
    for (const [label, marks] of [
      ['cold load', bare.cold],
      ['warm reload', bare.warm],
      ['later visit', bare.later],
    ]) {
      log(`${`${label}, first rows`.padEnd(44)}${s(marks.firstRows).padEnd(18)}–`);
      log(
        `${`${label}, complete`.padEnd(44)}${s(marks.complete).padEnd(18)}${label === 'cold load' ? '<= 8 s' : '<= 2 s'}`,
      );
      log(`${`${label}, longest main-thread task`.padEnd(44)}${ms(marks.longest).padEnd(18)}<= 100 ms`);
      log(`${`${label}, CPU used`.padEnd(44)}${cpuUsed(marks.cpu)}`);
    }
    log(
      `(the floor: the CPU time the load used, the browser's and the demo server's, over this machine's ${coreCount()} cores; no schedule of the same work ends sooner)`,
    );
    log('');

    const statusSelector = '[role="status"]';
    const filterTimes = [];
    const searchTimes = [];
    const sortTimes = [];
    for (let i = 0; i < runs; i++) {
      filterTimes.push(await timeUntilChange(page, statusSelector, NAVIGATE, `${rangeQuery}&status=missed`));
      await timeUntilChange(page, statusSelector, NAVIGATE, rangeQuery);
      searchTimes.push(await timeUntilChange(page, statusSelector, TYPE, 'gmail'));
      await timeUntilChange(page, statusSelector, TYPE, '');
      sortTimes.push(await timeUntilChange(page, 'tbody tr:nth-child(2)', SORT, 'Visitor'));
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

    // Export every row: one click, wall time to the download, longest main-thread task, peak heap. ImBox
    // is left out of the view: an export first fetches every ImBox detail still missing (issue 9), which
    // at this size is tens of thousands of requests, measured above as "ImBox details per second".
    await timeUntilChange(
      page,
      statusSelector,
      NAVIGATE,
      `${rangeQuery}&vendor=socialintents&vendor=livechat&vendor=snapengage`,
    );
    await page.waitForTimeout(500);
    // The forced collection in a task of its own, before the observer starts (it would count that task).
    await page.evaluate(() => window.gc?.());
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await page.evaluate(() => {
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
    const updated = (times) => median(times.map((t) => t.updated));
    const painted = (times) => median(times.map((t) => t.painted));
    const filterMs = updated(filterTimes);
    const searchMs = updated(searchTimes);
    const floorFilter = median(floor.filter);
    const floorSearch = median(floor.search);
    const ratio = (value, floorValue) => `${(value / Math.max(floorValue, 0.1)).toFixed(1)}x the floor`;
    log('');
    log('figure (median of 5)             view updated  next frame   target: < 50 ms and <= 3x the floor');
    log(
      `filter (status=missed)           ${ms(filterMs).padEnd(14)}${ms(painted(filterTimes)).padEnd(13)}${ratio(filterMs, floorFilter)}`,
    );
    log(
      `search ("gmail")                 ${ms(searchMs).padEnd(14)}${ms(painted(searchTimes)).padEnd(13)}${ratio(searchMs, floorSearch)}`,
    );
    log(`sort (visitor column)            ${ms(updated(sortTimes)).padEnd(14)}${ms(painted(sortTimes))}`);
    log(`floor: plain loop, filter        ${ms(floorFilter)}`);
    log(`floor: plain loop, search        ${ms(floorSearch)}`);
    log(`rows in the DOM                  ${rowsInDom} of ${loaded.toLocaleString('en')}`);
    log(
      `export CSV, ${csvLines.toLocaleString('en')} rows (no ImBox) ${ms(exportResult.ms).padEnd(14)}target < 2000 ms`,
    );
    log(`  longest main-thread task       ${ms(exportResult.longest).padEnd(14)}target < 100 ms`);
    log(`  peak JS heap during export     ${mb(exportResult.peak)} (before: ${mb(exportResult.baseline)})`);
    const runsOf = (times) => times.map((t) => t.updated.toFixed(0)).join('/');
    log(
      `  runs (view updated): filter ${runsOf(filterTimes)} ms; search ${runsOf(searchTimes)} ms; sort ${runsOf(sortTimes)} ms`,
    );
    await benchSearch({ page, base, rangeQuery, log, work });
    await benchExports({ page, base, rangeQuery, log, work });
    // Last, with the page closed: its ImBox details would go on fetching in the background meanwhile.
    await context.close();
    await logFetchFloor(coldLists, coldRequests, bare.cold, server.pid);
  } finally {
    await browser.close();
    stopServer(server);
  }
}

/** The cold load's floor set by its data alone, beside the cold load itself (bench-fetch-floor.mjs). */
async function logFetchFloor(lists, count, cold, serverPid) {
  const floor = await fetchFloor({
    launch: launchOptions(),
    base,
    requests: lists,
    profileDir: path.join(work, 'fetch-floor-profile'),
    serverPid,
  });
  log('');
  log(
    `the cold load's floor set by its data: the same ${count.toLocaleString('en')} vendor requests, only fetched and`,
  );
  log(
    `parsed (${REQUESTS_AT_ONCE_PER_VENDOR} at a time per vendor, no DevTools client; nothing validated, stored or shown):`,
  );
  const failed = floor.failed ? `, ${floor.failed} answers not OK` : '';
  log(
    `${'fetched and parsed'.padEnd(44)}${s(floor.ms).padEnd(18)}${(floor.bytes / 1e6).toFixed(0)} MB of JSON${failed}`,
  );
  log(`${'fetched and parsed, CPU used'.padEnd(44)}${cpuUsed(floor.cpu)}`);
  log(`${'cold load, complete (no DevTools client)'.padEnd(44)}${s(cold.complete).padEnd(18)}<= 8 s`);
}

function stopServer(server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
