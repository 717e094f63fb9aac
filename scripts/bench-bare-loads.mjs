// The bench's load figures as a lead's browser sees them: no DevTools client attached during the loads.
//
// Playwright enables the DevTools Runtime domain on every page it drives. With it on, V8 keeps what a
// debugger needs (source positions, reparsing the whole script for them), and the page's start task
// measured about twice as long: 338–361 ms against 139–191 ms for the same build with no domain or only
// the Page domain enabled (see docs/benchmark-log.md). So these loads are driven over Chromium's
// own DevTools pipe with the Page domain alone: navigation, a script added before the app's own (the
// same marks as the Playwright pass), and `Runtime.evaluate` to read them, which enables nothing.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { spansStoredFor } from './bench-page-checks.mjs';
import { cpuSeconds } from './bench-cpu.mjs';

/** Chromium started with `--remote-debugging-pipe`: commands on fd 3, answers and events on fd 4. */
function launchOverPipe({ executablePath, args }, profileDir) {
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const browser = spawn(
    executablePath ?? chromium.executablePath(),
    [
      ...args,
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profileDir}`,
      '--window-size=1440,900',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = browser.stdio;
  const pending = new Map();
  let nextId = 0;
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const close = () =>
    new Promise((resolve) => {
      if (browser.exitCode !== null) return resolve();
      browser.once('exit', resolve);
      browser.kill('SIGKILL');
    });
  return { send, close, pid: browser.pid };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fresh Chromium (`launch`, profile in `profileDir`) with its one page attached over the DevTools pipe,
 * the Page domain alone enabled: `inPage` sends a page command, `evaluate` reads an expression's value
 * (awaiting a promise; undefined while a navigation replaces the document), `until` polls one until true.
 */
export async function openBarePage(launch, profileDir) {
  const { send, close, pid } = launchOverPipe(launch, profileDir);
  try {
    let page;
    for (let tries = 0; !page && tries < 100; tries++) {
      const { targetInfos } = await send('Target.getTargets');
      page = targetInfos.find((target) => target.type === 'page');
      if (!page) await sleep(100);
    }
    if (!page) throw new Error('the bare browser opened no page');
    const { sessionId } = await send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
    const inPage = (method, params) => send(method, params, sessionId);
    await inPage('Page.enable');
    const evaluate = async (expression) => {
      let answer;
      try {
        answer = await inPage('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      } catch (error) {
        // An evaluation sent while a navigation or reload replaces the document is dropped with it: the
        // new document is not there yet, which is what the caller is polling for.
        if (/navigated or closed|context was destroyed|Cannot find context/i.test(String(error)))
          return undefined;
        throw error;
      }
      return answer.exceptionDetails ? undefined : answer.result.value;
    };
    const until = async (expression, { timeoutMs = 600_000, everyMs = 250 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await evaluate(expression)) return;
        await sleep(everyMs);
      }
      throw new Error(`the bare browser never saw: ${expression}`);
    };
    return { inPage, evaluate, until, close, pid };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Cold load, warm reload and later visit of `url` in a fresh profile, each as `{ firstRows, complete,
 * longest }` read from the marks `markLoads` keeps in the page (ms since navigation), and `cpu`: the
 * seconds of CPU this browser and the server (`serverPid` and what it started) used from the navigation
 * until the load was seen complete, or null where that cannot be read (bench-cpu.mjs).
 */
export async function bareLoads({ launch, url, markLoads, profileDir, settleMs, serverPid }) {
  const { inPage, evaluate, until, close, pid } = await openBarePage(launch, profileDir);
  const cpuNow = () => cpuSeconds([pid, serverPid]);
  try {
    await inPage('Page.addScriptToEvaluateOnNewDocument', { source: `(${markLoads.toString()})()` });
    // `load` navigates; its CPU is counted until the page is seen complete, looked for often, since the
    // history's writes and the ImBox details start right after and would count too.
    const marks = async (load) => {
      const before = cpuNow();
      await load();
      await until('window.__loadMarks?.complete != null', { everyMs: 25 });
      const after = cpuNow();
      const cpu = before && after ? { browser: after[0] - before[0], server: after[1] - before[1] } : null;
      return { ...(await evaluate('({ ...window.__loadMarks })')), cpu };
    };
    const cold = await marks(() => inPage('Page.navigate', { url }));
    // As in the Playwright pass: the reloads come once every vendor's spans are on the device.
    await until(`(${spansStoredFor.toString()})(4)`);
    await sleep(settleMs);
    const reload = async () => {
      // Until the new document's marks exist, none: the old page's finished marks must not be read.
      await evaluate('window.__loadMarks = undefined');
      return marks(() => inPage('Page.reload'));
    };
    const warm = await reload();
    const later = await reload();
    return { cold, warm, later };
  } finally {
    await close();
  }
}
