import { Hono } from 'hono';
import { z } from 'zod';
import type { SnapEngageLogsConfig } from '../config';
import { errorBody, jsonResponse } from '../proxy/upstream-error';
import { validQuery } from '../proxy/validate';
import { notConfigured, vendorProxy, type ProxyDeps } from '../proxy/vendor-proxy';
import { day, timeZone } from './query-fields';
import { checkAnswerLink, checkNextLink } from './snapengage-next-link';
import { upstreamUrl } from './upstream';

/**
 * The SnapEngage Logs API (pull), docs/vendor-api/NOTES.md: `GET {base}/api/v2/{orgId}/logs?widgetId=
 * &start=&end=&timezone=` with the token in `Authorization` (no "Bearer"). A later page is asked for with
 * the chain's own query plus `next`, the link SnapEngage sent (checked in ./snapengage-next-link.ts).
 */
const logsQuery = z.strictObject({
  start: day,
  end: day,
  timezone: timeZone.optional(),
  next: z.string().min(1).max(4096).optional(),
});

export function snapEngageLogsRoutes(config: SnapEngageLogsConfig | null, deps: ProxyDeps): Hono {
  const send = vendorProxy('snapengage', config, (c) => [c.apiToken], deps);
  return new Hono().get('/logs', validQuery('snapengage', logsQuery), (c) => {
    const { next, ...chain } = c.req.valid('query');
    if (config === null) return notConfigured('snapengage');
    const firstPage = upstreamUrl(config.baseUrl, `api/v2/${encodeURIComponent(config.orgId)}/logs`);
    firstPage.searchParams.set('widgetId', config.widgetId);
    firstPage.searchParams.set('start', chain.start);
    firstPage.searchParams.set('end', chain.end);
    if (chain.timezone !== undefined) firstPage.searchParams.set('timezone', chain.timezone);
    let url = firstPage;
    if (next !== undefined) {
      const checked = checkNextLink(next, firstPage);
      if (!checked.ok) {
        return jsonResponse(
          400,
          errorBody({
            vendor: 'snapengage',
            code: 'bad_request',
            message: `SnapEngage: ${checked.message}.`,
            retryable: false,
          }),
        );
      }
      url = checked.url;
    }
    return send(
      c,
      (logs) => ({ url, headers: { authorization: logs.apiToken, accept: 'application/json' } }),
      (answer) => checkAnswerLink(answer, url, firstPage),
    );
  });
}
