import { queryOptions } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  auditAccessSchema,
  auditPageSchema,
  auditReportSchema,
  type AuditAction,
  type AuditPage,
  type AuditReport,
} from '../model/audit';
import { proxyErrorBodySchema } from './vendor-error';

/**
 * The browser's side of the audit trail: reporting what a lead did (`POST /api/audit`) and reading the
 * trail back for the activity page (`GET /api/audit`). The server decides who and when.
 */

const RETRY_DELAY_MS = 2_000;

/**
 * Reports a transcript view or a finished export. Fire and forget: the lead's work never waits on it or
 * fails with it. A report that fails for a reason a retry can help (the network, a server error) is sent
 * once more, then given up without noise; one the server refused (4xx) is not repeated.
 */
export function reportAudit(report: AuditReport): void {
  const body = auditReportSchema.safeParse(report);
  if (!body.success) return;
  void sendWithOneRetry(JSON.stringify(body.data));
}

async function sendWithOneRetry(body: string): Promise<void> {
  if ((await send(body)) !== 'retry') return;
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  await send(body);
}

async function send(body: string): Promise<'done' | 'retry'> {
  try {
    const response = await fetch('/api/audit', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // Survives the page being closed right after an export.
      keepalive: true,
    });
    return response.ok || (response.status >= 400 && response.status < 500) ? 'done' : 'retry';
  } catch {
    return 'retry';
  }
}

/** Reports `report` once per distinct report while the calling component is mounted (null: nothing yet). */
export function useAuditReport(report: AuditReport | null): void {
  const key = report === null ? null : JSON.stringify(report);
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || sent.current === key) return;
    sent.current = key;
    const parsed = auditReportSchema.safeParse(JSON.parse(key));
    if (parsed.success) reportAudit(parsed.data);
  }, [key]);
}

const MAX_FILTERS = 200;
const MAX_FILTER_VALUE = 2_000;

/** The list's URL parameters as an export's filters (bounded like the server's schema). */
export function filtersFromSearch(search: string): Array<[string, string]> {
  return [...new URLSearchParams(search)]
    .slice(0, MAX_FILTERS)
    .map(([name, value]): [string, string] => [name.slice(0, 100), value.slice(0, MAX_FILTER_VALUE)]);
}

export type ActivityQuery = {
  user: string;
  action: AuditAction | null;
  /** Epoch ms, inclusive; null for no bound. */
  from: number | null;
  to: number | null;
};

async function auditError(response: Response): Promise<Error> {
  const parsed = proxyErrorBodySchema.safeParse(await response.json().catch(() => null));
  return new Error(
    parsed.success ? parsed.data.error.message : `Backscroll's server answered ${response.status}.`,
  );
}

/** One page of the trail, newest first, after `cursor`. */
export async function fetchAuditPage(
  query: ActivityQuery,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const params = new URLSearchParams();
  if (query.user.trim() !== '') params.set('user', query.user.trim());
  if (query.action) params.set('action', query.action);
  if (query.from !== null) params.set('from', String(query.from));
  if (query.to !== null) params.set('to', String(query.to));
  if (cursor) params.set('cursor', cursor);
  const search = params.toString();
  const response = await fetch(`/api/audit${search ? `?${search}` : ''}`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw await auditError(response);
  return auditPageSchema.parse(await response.json());
}

/** Whether this user may see the activity page (`GET /api/audit/access`). */
export const auditAccessQuery = queryOptions({
  queryKey: ['audit', 'access'],
  queryFn: async ({ signal }): Promise<boolean> => {
    const response = await fetch('/api/audit/access', { signal });
    if (!response.ok) throw await auditError(response);
    return auditAccessSchema.parse(await response.json()).allowed;
  },
  staleTime: 5 * 60_000,
});
