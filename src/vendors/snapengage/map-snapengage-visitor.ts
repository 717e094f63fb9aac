import type { Visitor } from '../../model/conversation';
import { blankToNull, isCompleteEmail, joinPresent, normalizeEmail } from '../../model/text';
import type { CaseFields } from './snapengage-api';

/**
 * The visitor from `requested_by` and `requester_details`. `requested_by` is an address when SnapEngage
 * has one and a name otherwise (and in the documented sample it differs from `requester_details.emails`:
 * it is what the visitor gave for this request, so it wins). The top-level `region` is skipped for the
 * location: the sample shows it as a numeric code ("16").
 */
export function normalizeVisitor(fields: CaseFields): Visitor {
  const details = fields.requester_details;
  const requestedBy = blankToNull(fields.requested_by);
  const requestedByEmail = requestedBy !== null && isCompleteEmail(requestedBy);
  const email = requestedByEmail
    ? normalizeEmail(requestedBy)
    : normalizeEmail(details?.emails.find((item) => blankToNull(item) !== null));
  const nameFromRequest = !requestedByEmail && requestedBy?.toLowerCase() !== 'visitor' ? requestedBy : null;
  return {
    name: blankToNull(details?.name) ?? nameFromRequest,
    email,
    phone: blankToNull(details?.phones.find((item) => blankToNull(item) !== null)),
    id: null,
    location:
      joinPresent([details?.city, details?.state, details?.country]) ??
      joinPresent([fields.city, fields.country]),
    ip: blankToNull(fields.ip_address),
    userAgent: blankToNull(fields.user_agent),
    pageUrl: blankToNull(fields.page_url),
    referrer: blankToNull(fields.referrer_url),
  };
}
