import { demoShare, type DemoOptions } from '../demo-config';
import { hashSeed } from '../generator/random';
import { generateScenarios, type Scenario, type ScenarioMessage } from '../generator/scenarios';

/**
 * Demo scenarios as LiveChat REST v2 chat objects (docs/vendor-api/livechat-rest-v2-chats.txt,
 * docs/vendor-api/NOTES.md). Offline scenarios are left out: LiveChat files those as tickets, not chats. The
 * visitor's e-mail is where LiveChat keeps it: mostly the pre-chat survey's `E-mail:`, for some a custom
 * variable, for some the Facebook login. Half the chats carry `events[]`, the other half `messages[]`.
 */
export const LIVECHAT_ACCOUNT_TIME_ZONE = 'America/New_York';

export type LiveChatRecord = {
  scenario: Scenario;
  id: string;
  type: 'chat' | 'missed_chat';
  rate: 'rated_good' | 'rated_bad' | 'not_rated';
  agentLogins: string[];
  /** Lowercased visitor name, e-mail and message text, for the `query` filter. */
  searchText: string;
  /** Built on first use: a large demo account pages through only a few of its chats. */
  payload: () => Record<string, unknown>;
};

const cache = new Map<string, LiveChatRecord[]>();

/** Memoized per options; newest first, the order the API lists chats in. */
export function liveChatRecords(options: DemoOptions): LiveChatRecord[] {
  const count = Math.round(options.size * demoShare.livechat);
  const key = `${count}:${options.now}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const records = generateScenarios({ vendor: 'livechat', count, now: options.now })
    .filter((scenario) => scenario.status !== 'offline')
    .map(toRecord);
  if (cache.size >= 4) cache.clear();
  cache.set(key, records);
  return records;
}

function toRecord(scenario: Scenario): LiveChatRecord {
  const id = recordId(scenario.serial);
  const type = scenario.status === 'answered' ? 'chat' : 'missed_chat';
  const rate =
    scenario.score === null || scenario.score === 3
      ? 'not_rated'
      : scenario.score >= 4
        ? 'rated_good'
        : 'rated_bad';
  const email = scenario.visitor.email ?? '';
  const searchText = [scenario.visitor.name ?? '', email, ...scenario.messages.map((message) => message.text)]
    .join('\n')
    .toLowerCase();
  let payload: Record<string, unknown> | null = null;
  return {
    scenario,
    id,
    type,
    rate,
    agentLogins: scenario.agents.map((agent) => agent.email),
    searchText,
    payload: () => (payload ??= payloadOf(scenario, id, type, rate)),
  };
}

function payloadOf(
  scenario: Scenario,
  id: string,
  type: LiveChatRecord['type'],
  rate: LiveChatRecord['rate'],
): Record<string, unknown> {
  const { serial, visitor } = scenario;
  const emailSource = serial % 10 === 3 ? 'custom' : serial % 10 === 7 ? 'facebook' : 'survey';
  const email = visitor.email ?? '';
  const name = visitor.name ?? '';

  const payload: Record<string, unknown> = {
    type,
    id,
    visitor_name: name,
    visitor_id: visitor.id,
    visitor: {
      id: visitor.id,
      name,
      ip: visitor.ip,
      city: visitor.city,
      country: visitor.country,
      country_code: visitor.countryCode,
      region: visitor.region,
      timezone: '',
      user_agent: visitor.userAgent,
    },
    agents: scenario.agents.map((agent) => ({ display_name: agent.name, email: agent.email })),
    supervisors: scenario.supervisor
      ? [{ display_name: scenario.supervisor.name, email: scenario.supervisor.email }]
      : [],
    rate,
    duration: scenario.durationSeconds,
    group: [0],
    started: accountClock(scenario.startedAt),
    ended: accountClock(scenario.endedAt),
    started_timestamp: seconds(scenario.startedAt),
    ended_timestamp: seconds(scenario.endedAt),
    prechat_survey: [
      { key: 'Name:', value: name, id: `${serial}1` },
      { key: 'E-mail:', value: emailSource === 'survey' ? email : '', id: `${serial}2` },
    ],
    tags: scenario.tags,
    chat_start_url: visitor.pageUrl,
  };
  if (visitor.referrer) payload.referrer = visitor.referrer;
  // Only present when the site's tracking code defines custom variables (rest-v2 doc, "Additional info").
  if (emailSource === 'custom' || scenario.labels.length > 0) {
    payload.custom_variables = [
      ...(emailSource === 'custom' && email ? [{ key: 'email', value: email }] : []),
      ...scenario.labels.map((label) => ({ key: 'segment', value: label })),
    ];
  }
  // Only present when the visitor logged in with Facebook.
  if (emailSource === 'facebook') {
    payload.integration_variables = [
      { key: 'facebook.id', value: String(100_000_000 + serial) },
      { key: 'facebook.name', value: name },
      { key: 'facebook.email', value: email },
    ];
  }
  const loginOf = loginLookup(scenario);
  if (serial % 2 === 0) payload.events = eventsOf(scenario, loginOf);
  else payload.messages = scenario.messages.map((message) => messageOf(message, loginOf));
  return payload;
}

type LoginOf = (displayName: string) => string | undefined;

function messageOf(message: ScenarioMessage, loginOf: LoginOf): Record<string, unknown> {
  return {
    author_name: message.author,
    text: message.text,
    date: accountClock(message.at),
    timestamp: seconds(message.at),
    user_type: message.role,
    ...(message.role === 'visitor' ? {} : { agent_id: loginOf(message.author) }),
  };
}

/** Messages as `message` events, a file the visitor sent in some chats, and the closing event of answered ones. */
function eventsOf(scenario: Scenario, loginOf: LoginOf): Array<Record<string, unknown>> {
  const events: Array<Record<string, unknown>> = scenario.messages.map((message) => ({
    type: 'message',
    ...messageOf(message, loginOf),
  }));
  const first = scenario.messages[0];
  if (first && scenario.serial % 6 === 0) {
    events.splice(1, 0, {
      type: 'attachment',
      author_name: first.author,
      date: accountClock(first.at + 2000),
      timestamp: seconds(first.at + 2000),
      user_type: 'visitor',
      files: [`https://cdn.livechat-files.com/api/file/lc/att/${scenario.serial}/screenshot.png`],
    });
  }
  const closer = scenario.agents.at(-1);
  if (scenario.status === 'answered' && closer) {
    events.push({
      type: 'event',
      text: `Chat closed by ${closer.name}`,
      date: accountClock(scenario.endedAt),
      timestamp: seconds(scenario.endedAt),
      user_type: 'agent',
      agent_id: closer.email,
      event_type: 'closed',
    });
  }
  return events;
}

/** Scenario messages name their author; LiveChat identifies agents and supervisors by login (e-mail). */
function loginLookup(scenario: Scenario): LoginOf {
  const logins = new Map(
    [...scenario.agents, ...(scenario.supervisor ? [scenario.supervisor] : [])].map((person) => [
      person.name,
      person.email,
    ]),
  );
  return (displayName) => logins.get(displayName);
}

const accountClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: LIVECHAT_ACCOUNT_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** A timezone's offset can change only at a quarter hour (UTC) in every zone in use today. */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetByQuarterHour = new Map<number, number>();

/** The account timezone's offset from UTC at `ms`, in ms: asked of Intl once per quarter hour. */
function accountOffset(ms: number): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const known = offsetByQuarterHour.get(quarter);
  if (known !== undefined) return known;
  const at = quarter * QUARTER_HOUR_MS;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of accountClockFormat.formatToParts(at)) part[type] = Number(value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  const offset = Date.UTC(year, month - 1, day, hour, minute, second) - at;
  offsetByQuarterHour.set(quarter, offset);
  return offset;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * `Wed, 01/23/13 11:40:53 am`, in the account's timezone, as the API writes `started`/`ended`/`date`.
 * It runs for every demo message: formatting each with Intl (date-fns/tz before it) took a large part of
 * the demo server's time while a 90-day view paged through 22,000 chats, so Intl gives the offset once
 * per quarter hour and the rest is arithmetic.
 */
function accountClock(ms: number): string {
  const local = new Date(ms + accountOffset(ms));
  const hour = local.getUTCHours();
  const date = `${twoDigits(local.getUTCMonth() + 1)}/${twoDigits(local.getUTCDate())}/${twoDigits(local.getUTCFullYear() % 100)}`;
  const time = `${twoDigits(hour % 12 || 12)}:${twoDigits(local.getUTCMinutes())}:${twoDigits(local.getUTCSeconds())}`;
  return `${WEEKDAYS[local.getUTCDay()]}, ${date} ${time} ${hour < 12 ? 'am' : 'pm'}`;
}

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** Ten upper-case letters and digits, like `MH022RD0K5`, stable per serial. */
function recordId(serial: number): string {
  const part = (salt: string) =>
    hashSeed(`livechat:${serial}:${salt}`).toString(36).toUpperCase().padStart(7, '0');
  return `${part('a').slice(-5)}${part('b').slice(-5)}`;
}
