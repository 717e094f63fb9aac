import './index.css';
import { yieldToEventLoop } from './lib/yield-to-event-loop';

/**
 * The app's code starts in stages, each evaluated in a task of its own: a dynamic import runs the
 * top-level code of the modules it brings that have not run yet, and the next one is only asked for once
 * that is done. In one task, a first visit's start took 140–265 ms on a slow machine (zod building the
 * model's schemas, react-aria reading the browser's locale, React, the router, the history's database and
 * worker), long enough to hold a click or a keystroke (docs/benchmark-log.md, "The start and the long
 * tasks").
 */
const stages: ReadonlyArray<() => Promise<unknown>> = [
  // zod and the shared model's schemas.
  () => import('./model/conversation'),
  // The browser's first use of Intl loads its list of locales (react-aria asks it next): 50–77 ms alone on
  // a slow machine. A language tag Intl refuses only means react-aria falls back to en-US, as it does.
  async () => {
    await yieldToEventLoop();
    try {
      Intl.DateTimeFormat.supportedLocalesOf([navigator.language]);
    } catch {
      // RangeError for a malformed tag: nothing to warm, nothing wrong.
    }
  },
  // react-aria's components.
  () => import('./components/multi-select-popover'),
  // The local history: its database opened and its worker started (Dexie, Comlink, the vendors' reading).
  () => import('./vendors/history/history-list-query'),
];

async function start(root: HTMLElement): Promise<void> {
  for (const stage of stages) await stage();
  const { mountApp } = await import('./app/mount-app');
  mountApp(root);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
start(root).catch((error: unknown) => {
  // A stage that cannot load (the server restarted with a new build, the network dropped) leaves a sentence
  // rather than a blank page.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'm-6 text-sm text-slate-700';
  message.textContent = 'Backscroll could not start. Reload the page to try again.';
  root.replaceChildren(message);
  console.error('Backscroll could not start:', error);
});
