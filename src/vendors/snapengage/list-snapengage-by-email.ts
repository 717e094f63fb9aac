import { fetchVendorJson } from '../../lib/proxy-client';
import { ALL_TIME } from '../all-time';
import { readConversations } from '../read-conversations';
import type { VendorList } from '../types';
import { INBOX_PAGE_SIZE } from './list-snapengage-conversations';
import { normalizeSnapEngageCase } from './normalize-snapengage';
import { inboxPageSchema } from './snapengage-api';

/**
 * One page of a visitor's cases in Backscroll's own webhook inbox: by `email` (the address the case was
 * stored under, `requested_by` or the requester's first e-mail), with no `from`/`to`, so over all time.
 */
export function snapEngageInboxEmailParams(email: string, cursor: string | undefined) {
  return { email, limit: INBOX_PAGE_SIZE, cursor };
}

/**
 * Every SnapEngage case of one visitor e-mail the webhook delivered, over all time, following the cursor.
 * The Logs API has no e-mail filter: its cases count only as far as they are held on this device.
 */
export async function listSnapEngageByEmail(email: string, signal?: AbortSignal): Promise<VendorList> {
  const cases: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchVendorJson(
      'snapengage',
      '/api/inbox/snapengage/cases',
      snapEngageInboxEmailParams(email, cursor),
      inboxPageSchema,
      signal,
    );
    cases.push(...page.cases);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  const read = readConversations(cases, normalizeSnapEngageCase, ALL_TIME);
  return { ...read, conversations: read.conversations.filter((row) => row.visitor.email === email) };
}
