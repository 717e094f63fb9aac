import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { mapWithConcurrency } from '../../lib/concurrency';
import { dayChunks, type DayRange } from '../../lib/date-range';
import { reportProgress } from '../../lib/progress-store';
import { fetchVendorJson } from '../../lib/proxy-client';
import { VendorError } from '../../lib/vendor-error';
import { vendorStatusQuery } from '../../lib/vendor-status';
import { vendorLabel } from '../../model/vendor-descriptors';
import { hearPages, normalizingOnce, readConversations } from '../read-conversations';
import type { Conversation } from '../../model/conversation';
import type { VendorList } from '../types';
import { mergeCases } from './merge-snapengage-cases';
import { normalizeSnapEngageCase } from './normalize-snapengage';
import { inboxPageSchema, logsPageSchema } from './snapengage-api';

export const INBOX_PAGE_SIZE = 1000;
/** The Logs API is asked a week at a time, a few weeks at once, so a long range loads in parallel. */
export const LOGS_CHUNK_DAYS = 7;
const LOGS_CONCURRENCY = 3;
/** 100 cases a page: a week at one chat a second, far past any real widget, is 6,048 pages. */
export const LOGS_MAX_PAGES_PER_CHUNK = Math.ceil((LOGS_CHUNK_DAYS * 86_400) / 100);

function logsLoopError(): VendorError {
  return new VendorError({
    vendor: 'snapengage',
    code: 'paging_loop',
    message: 'SnapEngage kept sending links to pages already read, so Backscroll stopped paging.',
    upstreamStatus: null,
    retryable: false,
  });
}

type Progress = { inboxPages: number; done: number; logsChunks: number };

function report(progress: Progress): void {
  reportProgress('snapengage', { done: progress.done, total: progress.inboxPages + progress.logsChunks });
}

async function hasLogsApi(client: QueryClient): Promise<boolean> {
  let status;
  try {
    status = await client.ensureQueryData(vendorStatusQuery);
  } catch (cause) {
    // A sentence of its own ("Backscroll's server answered 502."): in brackets, without its full stop.
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\.$/, '');
    throw new VendorError({
      vendor: 'snapengage',
      code: 'network',
      message: `Backscroll could not ask its server which ${vendorLabel('snapengage')} sources it has (${reason}).`,
      upstreamStatus: null,
      retryable: true,
    });
  }
  return status.vendors.some((vendor) => vendor.id === 'snapengage' && vendor.capabilities.includes('logs'));
}

/** Every case the webhook delivered to this server for the range (server/inbox), following the cursor. */
async function fetchInboxCases(
  range: DayRange,
  progress: Progress,
  signal: AbortSignal,
  onPage: (cases: ReadonlyArray<unknown>) => void,
): Promise<unknown[]> {
  const cases: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page: z.infer<typeof inboxPageSchema> = await fetchVendorJson(
      'snapengage',
      '/api/inbox/snapengage/cases',
      { from: range.start, to: range.end, limit: INBOX_PAGE_SIZE, cursor },
      inboxPageSchema,
      signal,
    );
    cases.push(...page.cases);
    onPage(page.cases);
    progress.inboxPages = Math.max(1, Math.ceil(page.total / INBOX_PAGE_SIZE));
    progress.done++;
    report(progress);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return cases;
}

/**
 * The Logs API's cases for the range's days in the viewer's timezone, following `linkToNextSetOfResults`
 * through the proxy (which checks the link points at the Logs API before sending the token along).
 */
async function fetchLogsCases(range: DayRange, progress: Progress, signal: AbortSignal): Promise<unknown[]> {
  const chunks = dayChunks(range.from, range.to, LOGS_CHUNK_DAYS);
  progress.logsChunks = chunks.length;
  report(progress);
  const perChunk = await mapWithConcurrency(chunks, LOGS_CONCURRENCY, async (chunk) => {
    const cases: unknown[] = [];
    let page = await fetchVendorJson(
      'snapengage',
      'logs',
      { ...chunk, timezone: range.timeZone },
      logsPageSchema,
      signal,
    );
    cases.push(...page.cases);
    // The proxy follows a link only with the chain's own query (server/vendors/snapengage-next-link.ts);
    // a link seen before, or more pages than the chunk can hold, is a vendor loop and stops the list.
    const followed = new Set<string>();
    while (page.linkToNextSetOfResults) {
      const next = page.linkToNextSetOfResults;
      if (followed.has(next) || followed.size >= LOGS_MAX_PAGES_PER_CHUNK) throw logsLoopError();
      followed.add(next);
      page = await fetchVendorJson(
        'snapengage',
        'logs',
        { ...chunk, timezone: range.timeZone, next },
        logsPageSchema,
        signal,
      );
      cases.push(...page.cases);
    }
    progress.done++;
    report(progress);
    return cases;
  });
  return perChunk.flat();
}

/**
 * The range's SnapEngage cases from the inbox and, when the server has Logs API credentials, the Logs
 * API, merged by id. If either source fails the whole list fails with that error: showing half the
 * cases as if they were all would mislead.
 */
export async function listSnapEngageCases(
  range: DayRange,
  client: QueryClient,
  signal: AbortSignal,
  /**
   * Hears each inbox page's cases in the range as it arrives. Only the inbox's: its copy of a case is the
   * one the list keeps (merge-snapengage-cases.ts), so a case is seldom sent to the page twice.
   */
  onRows?: (rows: ReadonlyArray<Conversation>) => void,
): Promise<VendorList> {
  const progress: Progress = { inboxPages: 1, done: 0, logsChunks: 0 };
  // Each case is normalized once; the list is made of those rows (but for a case that takes its score
  // from the Logs API's copy: a new row).
  const normalize = normalizingOnce(normalizeSnapEngageCase);
  try {
    const withLogs = await hasLogsApi(client);
    const [inbox, logs] = await Promise.all([
      fetchInboxCases(range, progress, signal, hearPages(onRows, normalize, range)),
      withLogs ? fetchLogsCases(range, progress, signal) : Promise.resolve([]),
    ]);
    const fromInbox = readConversations(inbox, normalize, range);
    const fromLogs = readConversations(logs, normalize, range);
    return {
      conversations: mergeCases(fromInbox.conversations, fromLogs.conversations),
      unreadable: fromInbox.unreadable + fromLogs.unreadable,
    };
  } finally {
    reportProgress('snapengage', null);
  }
}
