import { conversationKey, type Conversation, type NameValue } from '../../model/conversation';
import { ratingFromScore } from '../../model/rating';
import { blankToNull } from '../../model/text';
import { normalizeAgents, normalizeMessages } from './map-snapengage-transcript';
import { statusOf } from './map-snapengage-status';
import { normalizeVisitor } from './map-snapengage-visitor';
import { caseFieldsSchema, startOf, type CaseFields } from './snapengage-api';

/** Operator (agent-entered) and JavaScript (page-set) variables, prefixed so the details panel tells them apart. */
function customVariablesOf(fields: CaseFields): NameValue[] {
  return [
    ...(fields.backscroll_start_from_receipt === true ? [START_FROM_RECEIPT] : []),
    ...fields.operator_variables.map((item) => ({ name: `operator: ${item.name}`, value: item.value })),
    ...fields.javascript_variables.map((item) => ({ name: `js: ${item.name}`, value: item.value })),
  ];
}

/** Shown in the details of a case the inbox placed at its receipt time (server/inbox). */
export const START_FROM_RECEIPT: NameValue = {
  name: 'Start time',
  value: 'SnapEngage sent no start time; shown at the time Backscroll received the case',
};

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
