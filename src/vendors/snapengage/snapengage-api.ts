import { z } from 'zod';
import { lenientArray, lenientId, lenientNames, lenientNumber, lenientText } from '../lenient-schemas';

/**
 * SnapEngage cases as the Integration API posts them (docs/vendor-api/snapengage-integration-post-api.txt)
 * and as the Logs API lists them (docs/vendor-api/NOTES.md). Only `id` is required: every other field is
 * optional and a value of the wrong type reads as absent, because accounts differ and one odd field must
 * not hide a whole case. The raw case is always kept beside the parsed one.
 */
const optionalText = lenientText;

/** SnapEngage sends numbers; a numeric string is read as one too. */
const optionalNumber = lenientNumber;

const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const nameValueList = lenientArray(
  z.object({ name: scalarText, value: scalarText.nullish().transform((value) => value ?? '') }),
);

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
  /**
   * A wall-clock string in the account's timezone (not GMT, whatever docs/vendor-api/NOTES.md says): never
   * parsed.
   */
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
  emails: lenientNames,
  phones: lenientNames,
  city: optionalText,
  state: optionalText,
  country: optionalText,
});

export const caseIdSchema = lenientId;

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
  transcripts: lenientArray(transcriptEntrySchema),
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

/** `GET /api/inbox/snapengage/cases` (server/inbox): the cases SnapEngage pushed to this server, unparsed. */
export const inboxPageSchema = z.object({
  cases: z.array(z.unknown()),
  next: z.string().nullable(),
  total: z.number(),
});

/**
 * The Logs API page: 100 cases and the next page as a full URL ("" or absent on the last page). Cases stay
 * unparsed here: each is read on its own (normalize-snapengage), so one bad case is counted, not fatal.
 */
export const logsPageSchema = z.object({
  cases: z
    .array(z.unknown())
    .nullish()
    .catch(null)
    .transform((cases) => cases ?? []),
  linkToNextSetOfResults: z.string().nullish().catch(null),
});
