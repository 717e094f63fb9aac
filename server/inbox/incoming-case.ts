import { z } from 'zod';
import { isCompleteEmail, normalizeEmail } from '../../src/model/text';

/**
 * What the inbox reads out of an Integration API body (snapengage-integration-post-api.txt) to index
 * it. Only `id` is required: every other field is optional and a wrong type is ignored, because the raw
 * body is kept whole and the browser normalizes it; refusing a case over a stray field would make
 * SnapEngage retry it for two hours and then give up.
 */
const optionalNumber = z.number().finite().optional().catch(undefined);
const optionalText = z.string().optional().catch(undefined);

const caseIdSchema = z
  .union([z.string(), z.number()], { error: 'The case has no `id`: SnapEngage sends one with every case.' })
  .transform((value) => String(value))
  .refine((value) => value.trim() !== '', { error: 'The case has no `id` (it is empty).' });

export const incomingCaseSchema = z.object(
  {
    id: caseIdSchema,
    created_at_seconds: optionalNumber,
    created_at_milliseconds: optionalNumber,
    type: optionalText,
    requested_by: optionalText,
    requester_details: z
      .object({ emails: z.array(z.unknown()).optional().catch(undefined) })
      .optional()
      .catch(undefined),
  },
  { error: 'The body must be one case: a JSON object.' },
);
export type IncomingCaseFields = z.infer<typeof incomingCaseSchema>;

export function createdAtOf(fields: IncomingCaseFields): number | null {
  if (fields.created_at_seconds === undefined) return null;
  return fields.created_at_seconds * 1000 + (fields.created_at_milliseconds ?? 0);
}

/** `requested_by` when it is an address (it can be a name), else the first of the requester's e-mails. */
export function visitorEmailOf(fields: IncomingCaseFields): string | null {
  if (fields.requested_by && isCompleteEmail(fields.requested_by)) return normalizeEmail(fields.requested_by);
  const first = fields.requester_details?.emails?.find((email): email is string => typeof email === 'string');
  return normalizeEmail(first);
}
