import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../log';
import { errorBody, jsonResponse } from '../proxy/upstream-error';
import { exactIdOf } from './exact-id';
import { incomingCaseSchema, startedAtOf, visitorEmailOf } from './incoming-case';
import type { InboxStore } from './inbox-store';
import { tokenMatches } from './webhook-token';

/** Far above any real case (a long chat is tens of kilobytes) and small enough to never hurt the server. */
export const MAX_CASE_BYTES = 5 * 1024 * 1024;

export const WEBHOOK_PATH = '/hooks/snapengage';

type WebhookDeps = {
  token: string | null;
  store: InboxStore | null;
  logger: Logger;
  /** Demo seeding delivers thousands of cases; one line each would bury the log. */
  logDeliveries: boolean;
  now?: () => number;
};

function fail(status: number, code: string, message: string): Response {
  return jsonResponse(status, errorBody({ vendor: 'snapengage', code, message, retryable: status >= 500 }));
}

/** SnapEngage sends application/json; a missing type is tolerated, another one (legacy XML) is named. */
function acceptableContentType(header: string | undefined): boolean {
  if (!header) return true;
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'application/json' || type.endsWith('+json') || type === 'text/plain';
}

/**
 * `POST /hooks/snapengage`: the Integration API's push. A case is answered 200 only once its row is
 * committed, because SnapEngage stops retrying at the first 200; a redelivered id replaces the stored body
 * of the same case.
 */
export function createWebhookRoutes({
  token,
  store,
  logger,
  logDeliveries,
  now = Date.now,
}: WebhookDeps): Hono {
  const routes = new Hono();

  if (token === null || store === null) {
    routes.post(WEBHOOK_PATH, () =>
      fail(
        503,
        'not_configured',
        'The SnapEngage webhook is off: set SNAPENGAGE_WEBHOOK_TOKEN on the server (and the same Authentication Token in SnapEngage) to turn it on.',
      ),
    );
  } else {
    routes.post(
      WEBHOOK_PATH,
      // The token is checked before the body is read, so a stranger cannot make the server read megabytes.
      async (c, next) => {
        if (!tokenMatches(c.req.raw.headers, token)) {
          return fail(
            401,
            'unauthorized',
            'The Authentication token is missing or does not match SNAPENGAGE_WEBHOOK_TOKEN.',
          );
        }
        if (!acceptableContentType(c.req.header('content-type'))) {
          return fail(
            415,
            'unsupported_media_type',
            'Send the case as JSON (Content-Type: application/json). The legacy XML format of the Integration API is not supported.',
          );
        }
        await next();
        return undefined;
      },
      bodyLimit({
        maxSize: MAX_CASE_BYTES,
        onError: () =>
          fail(413, 'too_large', `The case is larger than ${MAX_CASE_BYTES / (1024 * 1024)} MiB.`),
      }),
      (c) => receive(c, { store, logger, logDeliveries, now }),
    );
  }

  routes.on(['GET', 'PUT', 'PATCH', 'DELETE'], WEBHOOK_PATH, () => {
    const response = fail(405, 'method_not_allowed', 'SnapEngage delivers cases here with POST.');
    response.headers.set('allow', 'POST');
    return response;
  });

  return routes;
}

async function receive(
  c: Context,
  deps: { store: InboxStore; logger: Logger; logDeliveries: boolean; now: () => number },
): Promise<Response> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(400, 'bad_request', 'Body is not valid UTF-8 text.');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    return fail(
      400,
      'bad_request',
      `Body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const fields = incomingCaseSchema.safeParse(body);
  if (!fields.success) {
    return fail(400, 'bad_request', fields.error.issues[0]?.message ?? 'The body is not a SnapEngage case.');
  }
  const exact = exactIdOf(raw);
  if (!exact.ok) return fail(400, 'bad_request', exact.message);
  const { id, fromNumber } = exact.value;
  const outcome = deps.store.save({
    id,
    idIsNumber: fromNumber,
    createdAt: startedAtOf(body),
    type: fields.data.type ?? null,
    visitorEmail: visitorEmailOf(fields.data),
    raw,
    receivedAt: deps.now(),
  });
  // The id is vendor text: quoted, so a crafted one cannot forge a second log line.
  if (deps.logDeliveries)
    deps.logger.info(`[inbox] SnapEngage case ${JSON.stringify(id)} ${outcome} (${bytes.byteLength} bytes)`);
  return c.json({ ok: true, id, outcome });
}
