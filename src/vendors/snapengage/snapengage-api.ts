import { z } from 'zod';
import { lenientNumber } from '../lenient-schemas';

/**
 * SnapEngage cases as the Integration API posts them (docs/vendor-api/snapengage-integration-post-api.txt)
 * and as the Logs API lists them (docs/vendor-api/NOTES.md). Only `id` is required: every other field is
 * optional and a value of the wrong type reads as absent, because accounts differ and one odd field must
 * not hide a whole case. The raw case is always kept beside the parsed one.
 */
const optionalText = z.string().nullish().catch(null);

/** SnapEngage sends numbers; a numeric string is read as one too. */
const optionalNumber = lenientNumber;

const textList = z
  .array(z.unknown())
  .nullish()
  .catch(null)
  .transform((items) => (items ?? []).filter((item): item is string => typeof item === 'string'));

const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const nameValueList = z
  .array(
    z
      .object({ name: scalarText, value: scalarText.nullish().transform((value) => value ?? '') })
      .nullable()
      .catch(null),
  )
  .nullish()
  .catch(null)
  .transform((items) => (items ?? []).filter((item) => item !== null));

const translationsSchema = z
  .record(z.string(), z.unknown())
  .nullish()
  .catch(null)
  .transform((record) =>
    Object.fromEntries(
      Object.entries(record ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
  );

export const transcriptEntrySchema = z.object({
  /** "" for the visitor; the agent's login for an agent. */
  id: optionalText,
  /** A wall-clock string in the account's timezone (not GMT, whatever NOTES.md says): never parsed. */
  date: optionalText,
  date_seconds: optionalNumber,
  date_milliseconds: optionalNumber,
  alias: optionalText,
  message: optionalText,
  translations: translationsSchema,
  /** VISITOR or AGENT. */
  sender: optionalText,
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

export const requesterDetailsSchema = z.object({
  name: optionalText,
  emails: textList,
  phones: textList,
  city: optionalText,
  state: optionalText,
  country: optionalText,
});

export const caseIdSchema = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((id) => id.trim() !== '', { error: 'a SnapEngage case has an empty id' });

export const caseFieldsSchema = z.object({
  id: caseIdSchema,
  type: optionalText,
  /** 1 offline, 2 chat, 3 proactive chat. */
  source_id: optionalNumber,
  proactive_chat: z.boolean().nullish().catch(null),
  requested_by: optionalText,
  requester_details: requesterDetailsSchema.nullish().catch(null),
  description: optionalText,
  created_at_seconds: optionalNumber,
  created_at_milliseconds: optionalNumber,
  page_url: optionalText,
  referrer_url: optionalText,
  ip_address: optionalText,
  user_agent: optionalText,
  city: optionalText,
  country: optionalText,
  chat_duration: optionalNumber,
  transcripts: z.array(transcriptEntrySchema.nullable().catch(null)).nullish().catch(null),
  javascript_variables: nameValueList,
  operator_variables: nameValueList,
  labels: nameValueList,
  /** Not in the Integration API; the Logs API's copy carries it once the visitor answered the survey. */
  survey_score: optionalNumber,
  tags: z
    .union([z.array(z.unknown()), z.string()])
    .nullish()
    .catch(null),
  /** The Logs API names the agent who took the chat. */
  chat_agent_id: optionalText,
  chat_agent_alias: optionalText,
  agent: z.unknown().optional(),
  destination: z.unknown().optional(),
  /**
   * Not SnapEngage's: the inbox (server/inbox) adds it to a listed case that arrived without any start
   * time, which it then places at the moment it received the case (written into `created_at_*`).
   */
  backscroll_start_from_receipt: z.boolean().nullish().catch(null),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

function instantOf(
  seconds: number | null | undefined,
  milliseconds: number | null | undefined,
): number | null {
  if (seconds === null || seconds === undefined) return null;
  return seconds * 1000 + (milliseconds ?? 0);
}

/**
 * When the case started: `created_at_seconds` + `created_at_milliseconds`, else its first message. Null
 * when it has neither. The one rule for both the browser (placing a case in a date range) and the
 * server's inbox (indexing it), so that the two always agree.
 */
export function startOf(fields: CaseFields): number | null {
  const created = instantOf(fields.created_at_seconds, fields.created_at_milliseconds);
  if (created !== null) return created;
  const instants = (fields.transcripts ?? [])
    .map((entry) => (entry === null ? null : instantOf(entry.date_seconds, entry.date_milliseconds)))
    .filter((at): at is number => at !== null);
  return instants.length > 0 ? Math.min(...instants) : null;
}

/** A case with its parsed fields and the payload exactly as SnapEngage sent it. */
export type SnapEngageCase = { fields: CaseFields; raw: unknown };

const caseSchema = z.unknown().transform((raw, context): SnapEngageCase => {
  const parsed = caseFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      context.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: raw });
    }
    return z.NEVER;
  }
  return { fields: parsed.data, raw };
});

/** `GET /api/inbox/snapengage/cases` (server/inbox): the cases SnapEngage pushed to this server. */
export const inboxPageSchema = z.object({
  cases: z.array(caseSchema),
  next: z.string().nullable(),
  total: z.number(),
});

/** The Logs API page: 100 cases and the next page as a full URL ("" or absent on the last page). */
export const logsPageSchema = z.object({
  cases: z
    .array(caseSchema)
    .nullish()
    .transform((cases) => cases ?? []),
  linkToNextSetOfResults: z.string().nullish().catch(null),
});
