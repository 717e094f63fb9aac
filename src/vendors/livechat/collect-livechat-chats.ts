import { mapWithConcurrency } from '../../lib/concurrency';
import { shiftDay } from '../../lib/date-range';

/**
 * LiveChat pages 25 chats at a time and pages through at most the newest 25,000 of a query
 * (docs/vendor-api/NOTES.md). A query over more is split into two halves of days, recursively, until each
 * part fits; a single day that still does not fit keeps the 25,000 it can get and is reported in
 * `cappedDays`.
 */
export const LIVECHAT_PAGE_SIZE = 25;
export const LIVECHAT_RESULT_CAP = 25_000;
const MAX_PAGES = LIVECHAT_RESULT_CAP / LIVECHAT_PAGE_SIZE;
const CONCURRENCY = 4;

/** Whole days in the account's own calendar, both ends inclusive (YYYY-MM-DD). */
export type DaySpan = { from: string; to: string };
export type LiveChatPage = { chats: ReadonlyArray<unknown>; total: number | null; pages: number | null };
export type FetchLiveChatPage = (span: DaySpan, page: number) => Promise<LiveChatPage>;
export type CollectedChats = { chats: unknown[]; cappedDays: string[] };

export async function collectLiveChatChats(
  span: DaySpan,
  fetchPage: FetchLiveChatPage,
  onProgress: (progress: { done: number; total: number }) => void = () => {},
  /** Hears each page's chats as it arrives, in whatever order the pages come (the result keeps theirs). */
  onPage: (chats: ReadonlyArray<unknown>) => void = () => {},
): Promise<CollectedChats> {
  const chats: unknown[] = [];
  const cappedDays: string[] = [];
  const progress = { done: 0, total: 0 };
  const report = () => onProgress({ ...progress });

  async function collect(part: DaySpan): Promise<void> {
    progress.total += 1;
    const first = await fetchPage(part, 1);
    progress.done += 1;
    report();
    // A part over the cap is read again in halves: its first page is not heard, the halves' are.
    if (!isOverCap(first) || part.from === part.to) onPage(first.chats);
    if (isOverCap(first)) {
      if (part.from < part.to) {
        const [older, newer] = halve(part);
        await collect(newer);
        await collect(older);
        return;
      }
      cappedDays.push(part.from);
    }
    chats.push(...first.chats);
    const rest = Array.from({ length: Math.max(0, pageCount(first) - 1) }, (_, index) => index + 2);
    progress.total += rest.length;
    report();
    const pages = await mapWithConcurrency(rest, CONCURRENCY, async (page) => {
      const next = await fetchPage(part, page);
      progress.done += 1;
      report();
      onPage(next.chats);
      return next.chats;
    });
    for (const page of pages) chats.push(...page);
  }

  await collect(span);
  return { chats, cappedDays };
}

/** `pages` reaching 1,000 is treated as capped too: that many pages is as far as the API will go. */
export function isOverCap(page: LiveChatPage): boolean {
  return (page.total ?? 0) > LIVECHAT_RESULT_CAP || (page.pages ?? 0) >= MAX_PAGES;
}

/** Pages the API will serve for this query; without `pages`, derived from `total`; without either, just this one. */
function pageCount(page: LiveChatPage): number {
  const fromTotal =
    page.total === null ? 1 : Math.ceil(Math.min(page.total, LIVECHAT_RESULT_CAP) / LIVECHAT_PAGE_SIZE);
  const pages = page.pages !== null && Number.isFinite(page.pages) ? Math.floor(page.pages) : fromTotal;
  return Math.min(Math.max(pages, 1), MAX_PAGES);
}

/** [older half, newer half]; the older half gets the middle day when the count is odd. */
export function halve(span: DaySpan): [DaySpan, DaySpan] {
  const days = dayCount(span);
  const lastOfOlder = shiftDay(span.from, Math.ceil(days / 2) - 1);
  return [
    { from: span.from, to: lastOfOlder },
    { from: shiftDay(lastOfOlder, 1), to: span.to },
  ];
}

function dayCount(span: DaySpan): number {
  const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
  return Math.round((utc(span.to) - utc(span.from)) / 86_400_000) + 1;
}
