import { conversationKey, type Conversation, type NameValue } from '../../model/conversation';
import { ratingFromScore } from '../../model/rating';
import { blankToNull } from '../../model/text';
import { instantOf, normalizeAgents, normalizeMessages, presentEntries } from './map-snapengage-transcript';
import { statusOf } from './map-snapengage-status';
import { normalizeVisitor } from './map-snapengage-visitor';
import { caseFieldsSchema, type CaseFields } from './snapengage-api';

/**
 * When the case started: `created_at_seconds` + `created_at_milliseconds`, else its first message. Null
 * when it has neither, and such a case cannot be placed in a date range.
 */
export function startOf(fields: CaseFields): number | null {
  const created = instantOf(fields.created_at_seconds, fields.created_at_milliseconds);
  if (created !== null) return created;
  const instants = presentEntries(fields)
    .map((entry) => instantOf(entry.date_seconds, entry.date_milliseconds))
    .filter((at): at is number => at !== null);
  return instants.length > 0 ? Math.min(...instants) : null;
}

/** Operator (agent-entered) and JavaScript (page-set) variables, prefixed so the details panel tells them apart. */
function customVariablesOf(fields: CaseFields): NameValue[] {
  return [
    ...fields.operator_variables.map((item) => ({ name: `operator: ${item.name}`, value: item.value })),
    ...fields.javascript_variables.map((item) => ({ name: `js: ${item.name}`, value: item.value })),
  ];
}

/** The Integration API documents no tags; a `tags` field, when an account sends one, is read as a list or CSV. */
function tagsOf(fields: CaseFields): string[] {
  const tags = typeof fields.tags === 'string' ? fields.tags.split(',') : (fields.tags ?? []);
  return tags
    .filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
    .map((tag) => tag.trim());
}

/**
 * One SnapEngage case (webhook inbox or Logs API) in the common model. Returns null for a payload without
 * an id or without any instant to place it at: such a case cannot be shown in a date range.
 */
export function normalizeSnapEngageCase(raw: unknown): Conversation | null {
  const parsed = caseFieldsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const fields = parsed.data;
  const startedAt = startOf(fields);
  if (startedAt === null) return null;
  const status = statusOf(fields);
  const visitor = normalizeVisitor(fields);
  const messages = normalizeMessages(fields, visitor.name, startedAt);
  const durationSeconds = status === 'offline' ? null : (fields.chat_duration ?? null);
  const score = fields.survey_score;
  return {
    key: conversationKey('snapengage', fields.id),
    vendor: 'snapengage',
    id: fields.id,
    status,
    statusRaw: fields.source_id ?? fields.type ?? null,
    startedAt,
    endedAt: durationSeconds === null ? null : startedAt + durationSeconds * 1000,
    durationSeconds,
    visitor,
    agents: normalizeAgents(fields),
    supervisors: [],
    tags: tagsOf(fields),
    labels: fields.labels.filter((label) => blankToNull(label.name) !== null),
    rating: score === null || score === undefined ? null : ratingFromScore(score, score),
    customVariables: customVariablesOf(fields),
    messages,
    messageCount: messages.length,
    raw,
  };
}
