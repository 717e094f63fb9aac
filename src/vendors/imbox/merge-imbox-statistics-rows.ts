import type { Agent } from '../../model/conversation';
import { normalizeEmail } from '../../model/text';
import type { StatisticsRow } from './imbox-api';

/** What the chatStatistics rows of one channel say together. */
export type MergedStatistics = {
  channel: string;
  startedAt: number | null;
  durationMs: number | null;
  agents: Agent[];
  tags: string[];
  labels: string[];
  /** The vendor's rating as sent, for `ratingFromScore`. */
  rating: number | null;
  referral: string | null;
  searchEngine: string | null;
  exitPage: string | null;
  browser: string | null;
  os: string | null;
  city: string | null;
  country: string | null;
  rows: StatisticsRow[];
};

/**
 * ImBox can send several statistics rows for one channel: the docs' own sample has an answered row and an
 * unanswered one for "V1", and a transferred chat plausibly has one per agent. They are one conversation:
 * it starts at the earliest row and lasts until the latest row ends; every agent, tag and label counts
 * once; the most recent rating wins; visitor facts come from the first row that has them.
 *
 * An agent counts only from a row where someone answered (a duration or a response time): the docs' second
 * sample row names John Doe yet says "No answer from agent", and an agent who never answered did not
 * handle the chat. That row stays in `rows` (and so in the raw payload).
 */
export function mergeStatisticsRows(rows: ReadonlyArray<StatisticsRow>): MergedStatistics {
  const ordered = [...rows].sort(
    (a, b) => (a.startedAt ?? Number.POSITIVE_INFINITY) - (b.startedAt ?? Number.POSITIVE_INFINITY),
  );
  const first = <Key extends keyof StatisticsRow>(key: Key): StatisticsRow[Key] | null =>
    ordered.find((row) => row[key] !== null)?.[key] ?? null;
  const starts = ordered.map((row) => row.startedAt).filter((value): value is number => value !== null);
  const startedAt = starts.length > 0 ? Math.min(...starts) : null;
  return {
    channel: ordered[0]?.channel ?? '',
    startedAt,
    durationMs: mergedDuration(ordered, startedAt),
    agents: uniqueAgents(ordered),
    tags: unique(ordered.flatMap((row) => row.tags)),
    labels: unique(ordered.flatMap((row) => row.labels)),
    rating: ordered.findLast((row) => row.rating !== null)?.rating ?? null,
    referral: first('referral'),
    searchEngine: first('searchEngine'),
    exitPage: first('exitPage'),
    browser: first('browser'),
    os: first('os'),
    city: first('city'),
    country: first('country'),
    rows: ordered,
  };
}

function mergedDuration(rows: ReadonlyArray<StatisticsRow>, startedAt: number | null): number | null {
  const ends = rows.flatMap((row) =>
    row.startedAt !== null && row.duration !== null ? [row.startedAt + row.duration] : [],
  );
  if (startedAt !== null && ends.length > 0) return Math.max(...ends) - startedAt;
  const durations = rows.map((row) => row.duration).filter((value): value is number => value !== null);
  return durations.length > 0 ? Math.max(...durations) : null;
}

function uniqueAgents(rows: ReadonlyArray<StatisticsRow>): Agent[] {
  const agents = new Map<string, Agent>();
  for (const row of rows) {
    if (row.duration === null && row.responseTime === null) continue;
    const email = normalizeEmail(row.agentEmail);
    const name = row.agentName ?? email;
    if (name === null) continue;
    const key = email ?? `name:${name}`;
    if (!agents.has(key)) agents.set(key, { name, email, id: null });
  }
  return [...agents.values()];
}

function unique(values: ReadonlyArray<string>): string[] {
  return [...new Set(values)];
}
