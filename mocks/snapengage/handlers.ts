import { http, HttpResponse, type RequestHandler } from 'msw';
import { dayBound } from '../day-bounds';
import { demoCredentials, type DemoOptions } from '../demo-config';
import { snapEngageDemoCases, type DemoCase } from './snapengage-records';
import { vendorDescriptors } from '../../src/model/vendor-descriptors';

/**
 * SnapEngage's Logs API as docs/vendor-api/NOTES.md describes it: `GET
 * https://www.snapengage.com/api/v2/{orgId}/logs ?widgetId=&start=&end=&timezone=` with the token in
 * `Authorization` (no "Bearer"), 100 cases a page oldest first, and the next page as a full URL in
 * `linkToNextSetOfResults` ("" on the last page). The error body is not documented; this emulation answers `{
 * status, message }`.
 */
export const LOGS_BASE_URL = vendorDescriptors.snapengage.defaultBaseUrl;
export const LOGS_PAGE_SIZE = 100;

const credentials = demoCredentials.snapengage;

function error(status: number, message: string) {
  return HttpResponse.json({ status, message }, { status });
}

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** First index whose case started at or after `instant` (the list is sorted oldest first). */
function lowerBound(cases: ReadonlyArray<DemoCase>, instant: number): number {
  let low = 0;
  let high = cases.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cases[middle] as DemoCase).startedAt < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createSnapEngageLogsHandlers(options: DemoOptions): RequestHandler[] {
  let logged: DemoCase[] | null = null;
  const loggedCases = () => (logged ??= snapEngageDemoCases(options).filter((item) => item.inLogs));

  return [
    http.get(`${LOGS_BASE_URL}/api/v2/:orgId/logs`, ({ request, params }) => {
      if (
        request.headers.get('authorization') !== credentials.apiToken ||
        params.orgId !== credentials.orgId
      ) {
        return error(401, 'Unauthorized: invalid API token for this organization.');
      }
      const url = new URL(request.url);
      const query = url.searchParams;
      if (query.get('widgetId') !== credentials.widgetId) return error(404, 'Widget not found.');
      const start = query.get('start');
      const end = query.get('end');
      const timeZone = query.get('timezone') || 'UTC';
      if (!validTimeZone(timeZone)) return error(400, `Unknown timezone: ${timeZone}`);
      const rangeStart = dayBound(start, timeZone, 'start');
      const rangeEnd = dayBound(end, timeZone, 'end');
      if (typeof rangeStart !== 'number' || typeof rangeEnd !== 'number')
        return error(400, 'start and end must be dates in the format YYYY-MM-DD.');
      const offsetText = query.get('offset') ?? '0';
      if (!/^\d+$/.test(offsetText)) return error(400, 'Invalid offset.');
      const offset = Number(offsetText);

      const cases = loggedCases();
      const first = lowerBound(cases, rangeStart);
      const afterLast = lowerBound(cases, rangeEnd + 1);
      const pageStart = first + offset;
      const pageEnd = Math.min(afterLast, pageStart + LOGS_PAGE_SIZE);
      const page = cases.slice(pageStart, Math.max(pageStart, pageEnd)).map((item) => item.logs);

      let linkToNextSetOfResults = '';
      if (pageEnd < afterLast) {
        const next = new URL(url);
        next.searchParams.set('offset', String(offset + LOGS_PAGE_SIZE));
        linkToNextSetOfResults = next.toString();
      }
      return HttpResponse.json({ cases: page, linkToNextSetOfResults });
    }),
  ];
}
