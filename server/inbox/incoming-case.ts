import { z } from 'zod';
import { isCompleteEmail, normalizeEmail } from '../../src/model/text';
import { startOf } from '../../src/vendors/snapengage/normalize-snapengage';
import { caseFieldsSchema } from '../../src/vendors/snapengage/snapengage-api';

/**
 * What the inbox reads out of an Integration API body (snapengage-integration-post-api.txt) to index
 * it. Only `id` is required: every other field is optional and a wrong type is ignored, because the raw
 * body is kept whole and the browser normalizes it; refusing a case over a stray field would make
 * SnapEngage retry it for two hours and then give up.
 */
const optionalText = z.string().optional().catch(undefined);

const caseIdSchema = z
  .union([z.string(), z.number()], { error: 'The case has no `id`: SnapEngage sends one with every case.' })
  .transform((value) => String(value))
  .refine((value) => value.trim() !== '', { error: 'The case has no `id` (it is empty).' });

export const incomingCaseSchema = z.object(
  {
    id: caseIdSchema,
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

/**
 * When the case started, by the very rule the browser places it with (`created_at_*`, else its first
 * message; numeric strings read as numbers). The inbox's range query and the browser's range check must
 * agree: with two rules, a case near a day boundary could be left out of both neighbouring ranges.
 */
export function startedAtOf(body: unknown): number | null {
  const fields = caseFieldsSchema.safeParse(body);
  return fields.success ? startOf(fields.data) : null;
}

/** `requested_by` when it is an address (it can be a name), else the first of the requester's e-mails. */
export function visitorEmailOf(fields: IncomingCaseFields): string | null {
  if (fields.requested_by && isCompleteEmail(fields.requested_by)) return normalizeEmail(fields.requested_by);
  const first = fields.requester_details?.emails?.find((email): email is string => typeof email === 'string');
  return normalizeEmail(first);
}
