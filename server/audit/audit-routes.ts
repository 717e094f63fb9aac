import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { auditActionSchema, auditReportSchema, type AuditPage } from '../../src/model/audit';
import { errorBody, jsonResponse } from '../proxy/upstream-error';
import { mayReadAudit, type SignedInUser } from './audit-access';
import type { AuditConfig } from './audit-config';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import type { AuditTrail } from './audit-trail';

/** The sign-in middleware (server/auth) sets `user`; without sign-in nothing does, and it reads undefined. */
export type AuditEnv = { Variables: { user?: SignedInUser } };

export const DEFAULT_AUDIT_PAGE = 50;
export const MAX_AUDIT_PAGE = 200;
/** A report is a few hundred bytes; the filters of a long link fit many times over. */
const MAX_REPORT_BYTES = 16 * 1024;

const epochMs = z
  .string()
  .regex(/^\d{1,15}$/, 'must be epoch milliseconds')
  .transform(Number);

const listQuerySchema = z.strictObject({
  user: z.string().trim().max(320).optional(),
  action: auditActionSchema.optional(),
  from: epochMs.optional(),
  to: epochMs.optional(),
  cursor: z.string().max(200).optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `must be a whole number from 1 to ${MAX_AUDIT_PAGE}`)
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_AUDIT_PAGE, `must be at most ${MAX_AUDIT_PAGE}`))
    .optional(),
});

function failure(status: number, code: string, message: string): Response {
  return jsonResponse(status, errorBody({ vendor: null, code, message, retryable: false }));
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is invalid';
  const where = issue.path.join('.') || 'body';
  return `${where}: ${issue.message}`;
}

/**
 * `POST /api/audit` (the app reports a transcript view or a finished export), `GET /api/audit` (the
 * activity page, newest first, keyset paged) and `GET /api/audit/access` (whether to offer that page).
 * Who and when always come from the server: the signed-in user from the context, the time from its clock.
 */
export function createAuditRoutes({
  trail,
  config,
  now = Date.now,
}: {
  trail: AuditTrail;
  config: AuditConfig;
  now?: () => number;
}): Hono<AuditEnv> {
  const routes = new Hono<AuditEnv>();

  routes.post(
    '/api/audit',
    bodyLimit({
      maxSize: MAX_REPORT_BYTES,
      onError: () => failure(413, 'too_large', 'Audit report: the body is larger than 16 KiB.'),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return failure(400, 'bad_request', 'Audit report: the body is not JSON.');
      }
      const report = auditReportSchema.safeParse(body);
      if (!report.success)
        return failure(400, 'bad_request', `Audit report: ${describeIssue(report.error)}.`);
      const user = c.get('user')?.email ?? null;
      trail.record({ ...report.data, at: now(), user });
      return c.body(null, 204);
    },
  );

  routes.get('/api/audit/access', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ allowed: mayReadAudit(c.get('user'), config) });
  });

  routes.get('/api/audit', (c) => {
    if (!mayReadAudit(c.get('user'), config)) {
      return failure(
        403,
        'forbidden',
        'Only the administrators in BACKSCROLL_ADMIN_EMAILS see the activity.',
      );
    }
    const query = listQuerySchema.safeParse(c.req.query());
    if (!query.success) return failure(400, 'bad_request', `Activity: ${describeIssue(query.error)}.`);
    const { user, action, from, to, cursor, limit = DEFAULT_AUDIT_PAGE } = query.data;
    const after = cursor === undefined ? null : decodeAuditCursor(cursor);
    if (cursor !== undefined && after === null)
      return failure(400, 'bad_request', 'Activity: the cursor is not one this server gave out.');
    if (from !== undefined && to !== undefined && from > to)
      return failure(400, 'bad_request', 'Activity: `from` is after `to`.');
    const page = trail.list({ user: user || undefined, action, from, to, limit, after });
    const body: AuditPage = {
      entries: page.entries,
      next: page.next ? encodeAuditCursor(page.next) : null,
    };
    c.header('cache-control', 'no-store');
    return c.json(body);
  });

  return routes;
}
