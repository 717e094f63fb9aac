import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dayRange, shiftDay, today } from '../../src/lib/date-range';
import { logsPageSchema } from '../../src/vendors/snapengage/snapengage-api';
import { demoCredentials, type DemoOptions } from '../demo-config';
import { createSnapEngageLogsHandlers, LOGS_BASE_URL, LOGS_PAGE_SIZE } from './handlers';
import { snapEngageDemoCases } from './snapengage-records';

const options: DemoOptions = { size: 2000, now: Date.parse('2026-05-01T12:00:00Z') };
const handlers = createSnapEngageLogsHandlers(options);
const { orgId, widgetId, apiToken } = demoCredentials.snapengage;
const lastDay = today('UTC', options.now);
const firstDay = shiftDay(lastDay, -91);

async function call(url: string, token: string = apiToken) {
  const response = await getResponse(handlers, new Request(url, { headers: { authorization: token } }));
  if (!response) throw new Error('no handler answered');
  return { status: response.status, body: (await response.json()) as unknown };
}

const logsUrl = (params: Record<string, string>, org: string = orgId) =>
  `${LOGS_BASE_URL}/api/v2/${org}/logs?${new URLSearchParams({ widgetId, ...params })}`;

describe('the SnapEngage Logs API emulation (docs/vendor-api/NOTES.md)', () => {
  it('refuses a wrong token or organization with 401, and an unknown widget with 404', async () => {
    const params = { start: firstDay, end: lastDay };
    expect((await call(logsUrl(params), 'Bearer nope')).status).toBe(401);
    expect((await call(logsUrl(params, 'other-org'))).status).toBe(401);
    expect((await call(logsUrl(params).replace(widgetId, 'other-widget'))).status).toBe(404);
  });

  it('requires start and end as days and a known timezone', async () => {
    expect((await call(logsUrl({ start: 'yesterday', end: lastDay }))).status).toBe(400);
    expect((await call(logsUrl({ start: firstDay, end: lastDay, timezone: 'Mars/Base' }))).status).toBe(400);
  });

  it('pages 100 cases at a time, the next page as a full URL, "" on the last', async () => {
    const range = dayRange(firstDay, lastDay, 'UTC');
    const expected = snapEngageDemoCases(options).filter(
      (item) => item.inLogs && item.startedAt >= range.start && item.startedAt <= range.end,
    );
    expect(expected.length).toBeGreaterThan(LOGS_PAGE_SIZE);
    const seen: unknown[] = [];
    let next = logsUrl({ start: firstDay, end: lastDay, timezone: 'UTC' });
    while (next) {
      const { status, body } = await call(next);
      expect(status).toBe(200);
      const page = logsPageSchema.parse(body);
      expect(page.cases.length).toBeLessThanOrEqual(LOGS_PAGE_SIZE);
      seen.push(...page.cases);
      next = page.linkToNextSetOfResults ?? '';
      if (next) expect(new URL(next).origin).toBe(new URL(LOGS_BASE_URL).origin);
    }
    expect(seen).toHaveLength(expected.length);
  });
});
