import { Hono } from 'hono';
import { z } from 'zod';
import { errorBody, jsonResponse } from '../proxy/upstream-error';
import { validQuery } from '../proxy/validate';
import type { InboxStore } from './inbox-store';
import { listedCase } from './listed-case';
import { decodeCursor, encodeCursor } from './page-cursor';

export const DEFAULT_PAGE_SIZE = 500;
export const MAX_PAGE_SIZE = 1000;
/**
 * Case bodies per page, past the first case. Cases can be megabytes each (up to MAX_CASE_BYTES), so a page
 * is bounded in bytes as well as in count; the cursor then gives the rest.
 */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

const epochMs = z.string().regex(/^-?\d{1,16}$/, 'must be epoch milliseconds');

const listQuerySchema = z.strictObject({
  from: epochMs.transform(Number).optional(),
  to: epochMs.transform(Number).optional(),
  limit: z
    .string()
    .regex(/^\d{1,5}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`))
    .optional(),
  cursor: z.string().optional(),
  /** One visitor's cases (the visitor page asks by e-mail over all time); compared lowercased. */
  email: z.string().trim().min(3).max(256).toLowerCase().optional(),
});

export const CASES_PATH = '/api/inbox/snapengage/cases';

function badRequest(message: string): Response {
  return jsonResponse(
    400,
    errorBody({ vendor: 'snapengage', code: 'bad_request', message, retryable: false }),
  );
}

/**
 * The browser's way to the stored cases: `GET /api/inbox/snapengage/cases` (a range, newest first, keyset
 * paged) and `GET /api/inbox/snapengage/cases/:id`. Cases are sent back as the raw bodies SnapEngage
 * posted (./listed-case.ts), spliced into the envelope without a parse/serialize round trip: they were
 * validated as JSON when they arrived.
 */
export function createCaseRoutes(store: InboxStore | null, maxPageBytes: number = MAX_PAGE_BYTES): Hono {
  const routes = new Hono();

  routes.get(CASES_PATH, validQuery('snapengage', listQuerySchema, 'SnapEngage cases'), (c) => {
    const {
      from = Number.MIN_SAFE_INTEGER,
      to = Number.MAX_SAFE_INTEGER,
      limit = DEFAULT_PAGE_SIZE,
      cursor,
      email,
    } = c.req.valid('query');
    const after = cursor === undefined ? null : decodeCursor(cursor);
    if (cursor !== undefined && after === null)
      return badRequest('SnapEngage cases: the cursor is not one this server gave out.');
    if (from > to) return badRequest('SnapEngage cases: `from` is after `to`.');

    // No store yet means the webhook never ran here: an empty inbox, not an error.
    const page = store
      ? store.page({ from, to, limit, maxBytes: maxPageBytes, after, email: email ?? null })
      : { cases: [], next: null, total: 0 };
    const next = page.next ? JSON.stringify(encodeCursor(page.next)) : 'null';
    const cases = page.cases.map(listedCase).join(',');
    return new Response(`{"cases":[${cases}],"next":${next},"total":${page.total}}`, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  });

  routes.get(`${CASES_PATH}/:id`, (c) => {
    const stored = store?.get(c.req.param('id')) ?? null;
    if (stored === null) {
      return jsonResponse(
        404,
        errorBody({
          vendor: 'snapengage',
          code: 'not_found',
          message: 'No SnapEngage case with that id in the inbox.',
          retryable: false,
        }),
      );
    }
    return new Response(`{"case":${listedCase(stored)}}`, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  });

  return routes;
}
