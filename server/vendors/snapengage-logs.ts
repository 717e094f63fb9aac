import type { SnapEngageLogsConfig } from '../config';
import { allowParams, notFound, upstreamUrl, type UpstreamVendor } from './upstream';

/**
 * SnapEngage Logs API (pull), `GET {base}/api/v2/{orgId}/logs?widgetId=&start=&end=&timezone=` with the
 * token in `Authorization` (no "Bearer"; see NOTES.md). The next page arrives as a full URL; the browser
 * hands it back as `next`, and it is followed only when its origin and path are exactly the configured
 * logs endpoint, so a crafted link cannot make the proxy call anywhere else with the token.
 */
const PARAMS = ['start', 'end', 'timezone'];

export function snapEngageLogsUpstream(config: SnapEngageLogsConfig): UpstreamVendor {
  const label = 'SnapEngage';
  const logsUrl = upstreamUrl(config.baseUrl, `api/v2/${encodeURIComponent(config.orgId)}/logs`);
  const headers = { authorization: config.apiToken, accept: 'application/json' };
  return {
    id: 'snapengage',
    label,
    credentialHint: 'SNAPENGAGE_ORG_ID, SNAPENGAGE_API_TOKEN and SNAPENGAGE_WIDGET_ID',
    resolve(path, query) {
      if (path !== 'logs') return notFound(label, path);
      const next = query.get('next');
      if (next !== null) {
        let url: URL;
        try {
          url = new URL(next);
        } catch {
          return { ok: false, status: 400, message: `${label}: the next-page link is not a URL.` };
        }
        if (
          url.origin !== logsUrl.origin ||
          url.pathname !== logsUrl.pathname ||
          url.username ||
          url.password
        ) {
          return {
            ok: false,
            status: 400,
            message: `${label}: the next-page link does not point at the Logs API.`,
          };
        }
        return { ok: true, request: { url, headers } };
      }
      const allowed = allowParams(label, query, PARAMS);
      if (!allowed.ok) return allowed;
      allowed.params.set('widgetId', config.widgetId);
      const url = new URL(logsUrl);
      url.search = allowed.params.toString();
      return { ok: true, request: { url, headers } };
    },
  };
}
