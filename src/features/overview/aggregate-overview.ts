import { tzOffset } from '@date-fns/tz';
import {
  conversationStatuses,
  isHeld,
  vendorIds,
  type Conversation,
  type ConversationStatus,
  type VendorId,
} from '../../model/conversation';
import { firstResponseOf, type FirstResponse } from '../../model/message-summary';

/** Good, bad, neutral, or no rating at all. */
export const ratingBuckets = ['good', 'neutral', 'bad', 'unrated'] as const;
export type RatingBucket = (typeof ratingBuckets)[number];

export type AgentFigures = {
  name: string;
  conversations: number;
  missed: number;
  /** Seconds, over the conversations whose vendor gives a duration; null when none does. */
  averageDurationSeconds: number | null;
  /** Seconds from the visitor's first message to the first agent message after it; null when unknown. */
  averageFirstResponseSeconds: number | null;
  /** Conversations the first response could be measured in (the vendor's list carries messages). */
  firstResponses: number;
  good: number;
  neutral: number;
  bad: number;
};

export type Overview = {
  total: number;
  /** Every day of the range, "YYYY-MM-DD", in the display timezone. */
  days: string[];
  /** Per vendor, conversations per day (parallel to `days`). */
  perDay: Record<VendorId, number[]>;
  byStatus: Record<ConversationStatus, number>;
  /** Missed chats among the chats someone could have answered (answered + missed); null with none. */
  missedRate: number | null;
  ratingsByVendor: Record<VendorId, Record<RatingBucket, number>>;
  /** Most conversations first, then by name. */
  agents: AgentFigures[];
  /** Conversations no agent is credited with (missed chats, offline messages). */
  withoutAgent: number;
  /** `heat[weekday][hour]`: weekday 0 is Monday, hours 0–23, both in the display timezone. */
  heat: number[][];
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const QUARTER_HOUR_MS = 15 * 60_000;

type AgentTally = {
  name: string;
  conversations: number;
  missed: number;
  durationSum: number;
  durationCount: number;
  responseSum: number;
  responseCount: number;
  good: number;
  neutral: number;
  bad: number;
};

function emptyRecord<K extends string, V>(keys: ReadonlyArray<K>, make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make()])) as Record<K, V>;
}

/** Days since 1970-01-01 of a calendar day "YYYY-MM-DD". */
function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/**
 * The overview's numbers from the rows the list shows (already filtered): one pass, so 100,000
 * conversations take milliseconds. Days, weekdays and hours are the display timezone's; its offset is
 * looked up once per quarter hour (offsets change only on quarter hours), which keeps daylight-saving days
 * exact without a date library call per row.
 */
export function aggregateOverview(
  rows: ReadonlyArray<Conversation>,
  range: { from: string; to: string },
  timeZone: string,
): Overview {
  const firstDay = dayNumber(range.from);
  const dayCount = Math.max(0, dayNumber(range.to) - firstDay + 1);
  const days = Array.from({ length: dayCount }, (_, i) =>
    new Date((firstDay + i) * DAY_MS).toISOString().slice(0, 10),
  );
  const perDay = emptyRecord(vendorIds, () => new Array<number>(dayCount).fill(0));
  const byStatus = emptyRecord(conversationStatuses, () => 0);
  const ratingsByVendor = emptyRecord(vendorIds, () => emptyRecord(ratingBuckets, () => 0));
  const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const tallies = new Map<string, AgentTally>();
  let withoutAgent = 0;

  const offsetMs = zoneOffsets(timeZone);

  for (const conversation of rows) {
    const wall = conversation.startedAt + offsetMs(conversation.startedAt);
    const day = Math.floor(wall / DAY_MS);
    const index = day - firstDay;
    const vendorDays = perDay[conversation.vendor];
    if (index >= 0 && index < dayCount) vendorDays[index] = (vendorDays[index] ?? 0) + 1;
    // 1970-01-01 was a Thursday: +3 makes Monday 0.
    const weekday = (((day + 3) % 7) + 7) % 7;
    const hour = Math.floor((wall - day * DAY_MS) / HOUR_MS);
    const hours = heat[weekday] as number[];
    hours[hour] = (hours[hour] ?? 0) + 1;

    byStatus[conversation.status]++;
    const bucket: RatingBucket = conversation.rating?.value ?? 'unrated';
    ratingsByVendor[conversation.vendor][bucket]++;

    if (conversation.agents.length === 0) {
      withoutAgent++;
      continue;
    }
    const response = firstResponse(conversation.messages);
    const seen = new Set<string>();
    for (const agent of conversation.agents) {
      if (seen.has(agent.name)) continue;
      seen.add(agent.name);
      let tally = tallies.get(agent.name);
      if (!tally) {
        tally = {
          name: agent.name,
          conversations: 0,
          missed: 0,
          durationSum: 0,
          durationCount: 0,
          responseSum: 0,
          responseCount: 0,
          good: 0,
          neutral: 0,
          bad: 0,
        };
        tallies.set(agent.name, tally);
      }
      tally.conversations++;
      if (conversation.status === 'missed') tally.missed++;
      if (conversation.durationSeconds !== null) {
        tally.durationSum += conversation.durationSeconds;
        tally.durationCount++;
      }
      if (bucket !== 'unrated') tally[bucket]++;
    }
    // The first response is the responder's: credited to whoever wrote it (else the first agent).
    if (response !== null) {
      // Authors are matched as the credit rule matches them: trimmed, ignoring case.
      const author = response.author?.toLowerCase() ?? null;
      const wrote = conversation.agents.find((agent) => agent.name.trim().toLowerCase() === author);
      const responder = tallies.get(wrote?.name ?? conversation.agents[0]?.name ?? '');
      if (responder && seen.has(responder.name)) {
        responder.responseSum += response.seconds;
        responder.responseCount++;
      }
    }
  }

  const agents = [...tallies.values()]
    .map((tally): AgentFigures => ({
      name: tally.name,
      conversations: tally.conversations,
      missed: tally.missed,
      averageDurationSeconds: tally.durationCount === 0 ? null : tally.durationSum / tally.durationCount,
      averageFirstResponseSeconds: tally.responseCount === 0 ? null : tally.responseSum / tally.responseCount,
      firstResponses: tally.responseCount,
      good: tally.good,
      neutral: tally.neutral,
      bad: tally.bad,
    }))
    .sort((a, b) => b.conversations - a.conversations || a.name.localeCompare(b.name));

  const chats = byStatus.answered + byStatus.missed;
  return {
    total: rows.length,
    days,
    perDay,
    byStatus,
    missedRate: chats === 0 ? null : byStatus.missed / chats,
    ratingsByVendor,
    agents,
    withoutAgent,
    heat,
  };
}

/**
 * The zone's offset (ms) at an instant. Asking Intl costs tens of microseconds, too much per row at
 * 100,000 rows and even per quarter hour over 90 days, so the offset is asked at both ends of each UTC
 * day: equal ends (nearly every day) mean the whole day has it; a day with a change is looked up by
 * quarter hour (offsets only change on quarter hours).
 */
function zoneOffsets(timeZone: string): (at: number) => number {
  const ask = (at: number) => tzOffset(timeZone, new Date(at)) * 60_000;
  const days = new Map<number, number | null>();
  const quarters = new Map<number, number>();
  return (at) => {
    const day = Math.floor(at / DAY_MS);
    let whole = days.get(day);
    if (whole === undefined) {
      const first = ask(day * DAY_MS);
      whole = first === ask((day + 1) * DAY_MS - 1) ? first : null;
      days.set(day, whole);
    }
    if (whole !== null) return whole;
    const quarter = Math.floor(at / QUARTER_HOUR_MS);
    let offset = quarters.get(quarter);
    if (offset === undefined) {
      offset = ask(quarter * QUARTER_HOUR_MS);
      quarters.set(quarter, offset);
    }
    return offset;
  };
}

/**
 * The first agent message after the visitor's first message: its delay and its author. Null when the
 * list carries no messages (ImBox until a transcript is opened), or nobody answered, or times are missing.
 * A list row (read from this device without its messages) kept it when it was stored.
 */
export function firstResponse(messages: Conversation['messages']): FirstResponse | null {
  if (messages === null) return null;
  return isHeld(messages) ? messages.firstResponse : firstResponseOf(messages);
}
