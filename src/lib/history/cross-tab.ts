import type { HistoryAccount } from './history-store';

/**
 * Several tabs share one history. Loading spans of one account is done under a Web Lock named after it,
 * so two tabs never ask a vendor for the same span at once (the second re-reads what the first stored).
 * Tabs tell each other on a BroadcastChannel when spans landed or the history was forgotten.
 */
export function withAccountLock<Result>(
  account: HistoryAccount,
  task: () => Promise<Result>,
): Promise<Result> {
  return withLock(`backscroll-history:${account}`, task);
}

/**
 * One conversation's details (ImBox) are fetched under a Web Lock of their own: two tabs' background
 * loaders walk the same rows in the same order, and without it both would ask the vendor for each one.
 * The second waits and then finds the detail held. Per conversation, not per account, so a tab that is
 * hidden mid-walk holds up nobody; `signal` stops the wait when the query is cancelled.
 */
export function withConversationLock<Result>(
  account: HistoryAccount,
  id: string,
  task: () => Promise<Result>,
  signal?: AbortSignal,
): Promise<Result> {
  return withLock(`backscroll-detail:${account}:${id}`, task, signal);
}

function withLock<Result>(name: string, task: () => Promise<Result>, signal?: AbortSignal): Promise<Result> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return task();
  return signal ? locks.request(name, { signal }, task) : locks.request(name, task);
}

export type HistoryMessage =
  | { type: 'spans-landed'; account: HistoryAccount }
  | { type: 'forgotten' }
  /** Someone signed out in that tab: the others stop showing conversations and clear what they hold. */
  | { type: 'signed-out' };

/**
 * Which tab a message comes from. The history worker posts on the channel too, and a tab must not re-read
 * spans its own worker just stored: the page gives the worker its id (`adoptTabId`).
 */
let tabId: string =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

export function currentTabId(): string {
  return tabId;
}

export function adoptTabId(id: string): void {
  tabId = id;
}

const CHANNEL = 'backscroll-history';
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return channel;
}

export function tellOtherTabs(message: HistoryMessage): void {
  openChannel()?.postMessage({ ...message, from: tabId });
}

function isHistoryMessage(value: unknown): value is HistoryMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'forgotten' || value.type === 'signed-out') return true;
  return value.type === 'spans-landed' && 'account' in value && typeof value.account === 'string';
}

/** Calls `listener` for each message another tab sends; returns the unsubscribe. */
export function listenToOtherTabs(listener: (message: HistoryMessage) => void): () => void {
  const open = openChannel();
  if (!open) return () => {};
  const onMessage = (event: MessageEvent<unknown>) => {
    const from =
      typeof event.data === 'object' && event.data !== null && 'from' in event.data ? event.data.from : null;
    if (from === tabId) return;
    if (isHistoryMessage(event.data)) listener(event.data);
  };
  open.addEventListener('message', onMessage);
  return () => open.removeEventListener('message', onMessage);
}
