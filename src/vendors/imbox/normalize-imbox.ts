import { conversationKey, emptyVisitor, type Conversation } from '../../model/conversation';
import { ratingFromScore } from '../../model/rating';
import type { ListedConversation, StatisticsRow } from './imbox-api';
import { imboxLabel } from './map-imbox-label';
import { imboxBrowser, imboxLocation, imboxReferrer } from './map-imbox-visitor';
import { mergeStatisticsRows, type MergedStatistics } from './merge-imbox-statistics-rows';

export type ImBoxListInput = {
  /** chatStatistics rows of every window of the range. */
  statistics: ReadonlyArray<StatisticsRow>;
  /** listConversations rows of every (widened) window of the range. */
  listed: ReadonlyArray<ListedConversation>;
  /** The exact instants of the range (epoch ms, inclusive). */
  range: { start: number; end: number };
};

/**
 * The table's ImBox rows: chatStatistics joined with listConversations on the conversation id (statistics
 * `channel` = list `conversationID`). Statistics carry what the table shows, but leave some conversations
 * out; listConversations names every one, so an id only it knows still gets a row with what is known.
 */
export function normalizeImBoxConversations({ statistics, listed, range }: ImBoxListInput): Conversation[] {
  const inRange = (instant: number | null): instant is number =>
    instant !== null && instant >= range.start && instant <= range.end;

  // Neighbouring windows overlap by their widened days, so an id can be listed twice.
  const listedById = new Map<string, ListedConversation>();
  for (const row of listed) {
    if (row.conversationID !== '' && !listedById.has(row.conversationID))
      listedById.set(row.conversationID, row);
  }

  const rowsByChannel = new Map<string, StatisticsRow[]>();
  for (const row of statistics) {
    if (row.channel === '') continue;
    const rows = rowsByChannel.get(row.channel);
    if (rows) rows.push(row);
    else rowsByChannel.set(row.channel, [row]);
  }

  const conversations: Conversation[] = [];
  for (const rows of rowsByChannel.values()) {
    const merged = mergeStatisticsRows(rows);
    const listedRow = listedById.get(merged.channel) ?? null;
    // The statistics were asked for these exact instants; the list's date only stands in for a missing start.
    const startedAt = merged.startedAt ?? listedRow?.date ?? null;
    if (!inRange(startedAt)) continue;
    conversations.push(fromStatistics(merged, startedAt, listedRow));
  }
  for (const row of listedById.values()) {
    if (rowsByChannel.has(row.conversationID) || !inRange(row.date)) continue;
    conversations.push(fromListOnly(row, row.date));
  }
  return conversations.sort((a, b) => b.startedAt - a.startedAt || a.id.localeCompare(b.id));
}

function fromStatistics(
  merged: MergedStatistics,
  startedAt: number,
  listed: ListedConversation | null,
): Conversation {
  const { durationMs } = merged;
  return {
    key: conversationKey('imbox', merged.channel),
    vendor: 'imbox',
    id: merged.channel,
    status: isMissed(merged) ? 'missed' : 'answered',
    // ImBox has no status field: it is read from whether an agent and a duration are on record.
    statusRaw: null,
    startedAt,
    endedAt: durationMs === null ? null : startedAt + durationMs,
    // docs: chatStatistics "duration": "Chat duration in MS".
    durationSeconds: durationMs === null ? null : Math.round(durationMs / 1000),
    visitor: {
      ...emptyVisitor,
      location: imboxLocation(merged.city, merged.country),
      userAgent: imboxBrowser(merged.browser, merged.os),
      pageUrl: merged.exitPage,
      referrer: imboxReferrer(merged.referral, merged.searchEngine),
    },
    agents: merged.agents,
    supervisors: [],
    tags: merged.tags,
    labels: merged.labels.map(imboxLabel),
    rating: merged.rating === null ? null : ratingFromScore(merged.rating, merged.rating),
    customVariables: [],
    messages: null,
    messageCount: null,
    raw: { statistics: merged.rows.map((row) => row.raw), listed: listed?.raw ?? null },
  };
}

/** ImBox has no offline type: a chat nobody answered has neither an agent nor a duration. */
function isMissed(merged: MergedStatistics): boolean {
  return merged.agents.length === 0 && merged.durationMs === null;
}

/** Only listConversations knows it: its start, and that no agent or duration is on record. */
function fromListOnly(listed: ListedConversation, startedAt: number): Conversation {
  const id = listed.conversationID;
  return {
    key: conversationKey('imbox', id),
    vendor: 'imbox',
    id,
    status: 'missed',
    statusRaw: null,
    startedAt,
    endedAt: null,
    durationSeconds: null,
    visitor: { ...emptyVisitor },
    agents: [],
    supervisors: [],
    tags: [],
    labels: [],
    rating: null,
    customVariables: [],
    messages: null,
    messageCount: null,
    raw: { statistics: [], listed: listed.raw },
  };
}
