// The full-text search figures of `npm run bench` (issue 10): keystroke to updated rows for a one-word, a
// two-word and a phrase query (median of 5), beside a plain loop doing a lowercase substring scan over the
// same messages in the same page (the floor); the search worker's build time, the longest main-thread
// task while the whole list is indexed, the JS heap and the index size. It asserts nothing; it prints.

const SETTLED = /^[\d,]+ conversations?$/;
const queries = [
  { label: 'one word (refund)', q: 'refund', words: ['refund'] },
  { label: 'two words (double charge)', q: 'double charge', words: ['double', 'charge'] },
  { label: 'phrase ("double charge")', q: '"double charge"', words: ['double charge'] },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;

/**
 * In the page: sets the search box to `text` the way a keystroke does and resolves with the time until
 * the count is settled on the new answer (not "Searching…") and the rows are committed.
 */
function typeAndWait(page, text) {
  return page.evaluate(
    ([value, settledSource]) =>
      new Promise((resolve, reject) => {
        const settled = new RegExp(settledSource);
        const status = () =>
          [...document.querySelectorAll('[role="status"]')].find((el) =>
            /conversations?/.test(el.textContent ?? ''),
          );
        const before = status()?.textContent ?? '';
        const box = document.querySelector('input[type=search]');
        const started = performance.now();
        let sawChange = false;
        const timer = setTimeout(() => reject(new Error(`no answer for ${value}`)), 120_000);
        const check = () => {
          const now = status()?.textContent?.trim() ?? '';
          if (now !== before.trim()) sawChange = true;
          if (!sawChange || !settled.test(now)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, value);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [text, SETTLED.source],
  );
}

export async function benchSearch({ page, log }) {
  log('');
  log('full-text search (issue 10)');

  // Keystroke to updated rows: from an empty box to each query's settled count, five times each. Each
  // time is a search the worker answers, as for a query typed the first time: before it, another search
  // replaces the list's last answer and the page's client forgets what it was answered (it would
  // otherwise show the same query's rows again at once, without asking the worker). A reload gives the
  // page list rows, whose whole rows the worker reads from the device itself: the figures start once it has.
  await page.evaluate(() => window.__backscrollBench.searchSettled());
  const times = [];
  for (const query of queries) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      await typeAndWait(page, `zq${i}`);
      await typeAndWait(page, '');
      await page.evaluate(() => window.__backscrollBench.forgetSearches());
      runs.push(await typeAndWait(page, query.q));
    }
    times.push(runs);
  }
  await typeAndWait(page, '');

  // The floor: a plain loop lowercasing and scanning every message (text and translations) for the words.
  const floors = await page.evaluate(async (qs) => {
    // A reload's list rows carry no messages: the floor scans the whole rows behind them.
    const data = await window.__backscrollBench.wholeConversations();
    return qs.map(({ words }) => {
      const runs = [];
      for (let r = 0; r < 5; r++) {
        const t = performance.now();
        let found = 0;
        for (const c of data) {
          const texts = [];
          for (const m of c.messages ?? []) {
            texts.push(m.text.toLowerCase());
            for (const language in m.translations) texts.push(m.translations[language].toLowerCase());
          }
          if (words.every((w) => texts.some((text) => text.includes(w)))) found++;
        }
        runs.push({ ms: performance.now() - t, found });
      }
      return runs;
    });
  }, queries);

  // The whole list into a fresh worker, as after a reload, with the longest main-thread task meanwhile.
  // The forced collection in a task of its own, before the observer starts (it would count that task).
  await page.evaluate(() => window.gc?.());
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const build = await page.evaluate(async () => {
    // The ImBox background details wait until the observer is done: their folds are not indexing (a
    // fold landing in this window was measured as a 711 ms task at 100,000 rows).
    const release = window.__backscrollBench.holdBackgroundWork();
    const heapBefore = performance.memory?.usedJSHeapSize ?? 0;
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const result = await window.__backscrollBench.rebuildSearchIndex();
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    release();
    window.gc?.();
    return { ...result, longest, heapBefore, heapAfter: performance.memory?.usedJSHeapSize ?? 0 };
  });

  log(
    'figure (median of 5)             keystroke → rows   floor (plain loop)   target: ≤ 50 ms and below the floor',
  );
  queries.forEach((query, i) => {
    const took = median(times[i]);
    const floor = median(floors[i].map((run) => run.ms));
    log(
      `${query.label.padEnd(33)}${ms(took).padEnd(19)}${ms(floor).padEnd(21)}${took <= 50 && took < floor ? 'met' : 'NOT met'}` +
        ` (runs ${times[i].map((t) => t.toFixed(0)).join('/')} ms; floor found ${floors[i][0].found.toLocaleString('en')})`,
    );
  });
  log(
    `index build (fresh worker)       ${ms(build.readyMs)} until searchable (${ms(build.postedMs)} gathering text on the page, ${ms(build.stats.buildMs)} folding in the worker)`,
  );
  log(
    `  longest main-thread task       ${ms(build.longest).padEnd(19)}target: none over 50 ms caused by indexing (${build.longest <= 50 ? 'met' : 'NOT met'})`,
  );
  log(
    `  index size                     ${build.stats.documents.toLocaleString('en')} documents, ${build.stats.characters.toLocaleString('en')} characters of folded text (~${mb(build.stats.characters)} in the worker)`,
  );
  log(
    `  page JS heap                   ${mb(build.heapAfter)} (before the rebuild: ${mb(build.heapBefore)})`,
  );
}
