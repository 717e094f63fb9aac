import { demoCredentials, demoShare, type DemoOptions } from '../demo-config';
import { createRandom, hashSeed, type Random } from '../generator/random';
import {
  generateScenarios,
  type Scenario,
  type ScenarioAgent,
  type ScenarioMessage,
} from '../generator/scenarios';
import type { IntegrationCase, IntegrationTranscriptEntry, LogsCase, NameValue } from './integration-case';
import {
  closingLine,
  closingTranslations,
  proactivePrompts,
  spanishDialogues,
  swedishToEnglish,
  type TranslatedLine,
} from './translations';

/**
 * The demo's SnapEngage cases, built from the shared scenarios. Where each case can be found mirrors a
 * real account that turned the webhook on some time ago: the oldest fifth only in the Logs API, the rest
 * delivered to the inbox, and every fourth of those also in the Logs API with its survey score (scores
 * arrive after the webhook has fired, so only the Logs API copy has them).
 */
export type DemoCase = {
  integration: IntegrationCase;
  logs: LogsCase;
  inInbox: boolean;
  inLogs: boolean;
  startedAt: number;
};

const WIDGET_ID = demoCredentials.snapengage.widgetId;
/** The sample's date strings are the account's wall clock (Boulder), not GMT: the demo does the same. */
const ACCOUNT_TIME_ZONE = 'America/Denver';
const LOGS_ONLY_SHARE = 0.2;

const coordinates: Readonly<Record<string, [number, number]>> = {
  Stockholm: [59.3293, 18.0686],
  Boulder: [39.9147, -105.080902],
  Berlin: [52.52, 13.405],
  'São Paulo': [-23.5505, -46.6333],
  Lagos: [6.5244, 3.3792],
  Osaka: [34.6937, 135.5023],
};

const cache = new Map<string, DemoCase[]>();

/** Oldest first. Memoized per options: demo mode and tests ask for the same set many times. */
export function snapEngageDemoCases(options: DemoOptions): DemoCase[] {
  const key = `${options.size}:${options.now}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const cases = buildDemoCases(options);
  cache.set(key, cases);
  return cases;
}

export function buildDemoCases(options: DemoOptions): DemoCase[] {
  const count = Math.round(options.size * demoShare.snapengage);
  const scenarios = generateScenarios({ vendor: 'snapengage', count, now: options.now }).reverse();
  const random = createRandom(hashSeed('snapengage-cases'));
  const logsOnly = Math.round(scenarios.length * LOGS_ONLY_SHARE);
  return scenarios.map((scenario, index): DemoCase => {
    const integration = toIntegrationCase(random, scenario);
    const inInbox = index >= logsOnly;
    return {
      integration,
      logs: toLogsCase(integration, scenario),
      inInbox,
      inLogs: !inInbox || (index - logsOnly) % 4 === 0,
      startedAt: integration.created_at_seconds * 1000 + integration.created_at_milliseconds,
    };
  });
}

function toIntegrationCase(random: Random, scenario: Scenario): IntegrationCase {
  const id = caseId(random);
  const createdAt = scenario.startedAt + random.int(0, 999);
  const offline = scenario.status === 'offline';
  const proactive = !offline && random.chance(0.15);
  const language = offline ? 'en' : pickLanguage(random, scenario);
  const transcripts = offline ? [] : buildTranscripts(random, scenario, { proactive, language });
  const { visitor } = scenario;
  const emailAsRequester = visitor.email !== null && random.chance(0.7);
  const variables = operatorVariables(random, scenario);
  const [latitude, longitude] = coordinates[visitor.city] ?? [0, 0];
  const lastEntry = transcripts[transcripts.length - 1];
  return {
    id,
    widget_id: WIDGET_ID,
    url: `https://www.snapengage.com/viewcase?c=${id}`,
    type: offline ? 'offline' : 'chat',
    // SnapEngage puts whatever identifies the requester here: an address when it has one, else a name.
    requested_by: emailAsRequester ? (visitor.email ?? '') : (visitor.name ?? 'visitor'),
    requester_details: {
      name: visitor.name ?? '',
      emails: visitor.email ? [visitor.email] : [],
      name_profile_link: '',
      phones: visitor.phone ? [visitor.phone] : [],
      address: '',
      address_2: '',
      city: visitor.city,
      state: visitor.region,
      zip: '',
      country: visitor.countryCode,
      company_name: '',
      company_profile_link: '',
      employees: '',
      revenue: '',
      title: '',
      website: '',
      social_profile_links: [],
      gender: '',
      age: null,
      influencer_score: '',
      notes: '',
      industry: '',
      avatars: [],
      other_data: [],
    },
    // An offline request's message; for a chat, what the visitor opened with.
    description: offline
      ? (scenario.messages[0]?.text ?? '')
      : (transcripts.find((line) => line.sender === 'VISITOR')?.message ?? ''),
    created_at_date: accountClock(createdAt),
    created_at_seconds: Math.floor(createdAt / 1000),
    created_at_milliseconds: createdAt % 1000,
    proactive_chat: proactive,
    page_url: visitor.pageUrl,
    referrer_url: visitor.referrer,
    entry_url: new URL(visitor.pageUrl).origin + '/',
    ip_address: visitor.ip,
    user_agent: visitor.userAgent,
    browser: browserOf(visitor.userAgent),
    os: osOf(visitor.userAgent),
    country_code: visitor.countryCode,
    country: visitor.country,
    region: visitor.region,
    city: visitor.city,
    latitude,
    longitude,
    source_id: offline ? 1 : proactive ? 3 : 2,
    chat_waittime: offline ? 0 : scenario.status === 'answered' ? random.int(2, 60) : random.int(60, 300),
    chat_duration: scenario.durationSeconds,
    chat_ended_by: offline ? '' : lastEntry?.sender === 'AGENT' ? 'agent' : 'visitor',
    language_code: { en: 'en-US,en;q=0.8', es: 'es-ES,es;q=0.9,en;q=0.5', sv: 'sv-SE,sv;q=0.9,en;q=0.7' }[
      language
    ],
    transcripts,
    javascript_variables: javascriptVariables(random),
    operator_variables: variables,
    // As in the documented sample, the labels repeat what the agent noted, plus the widget's department.
    labels: [...variables, ...scenario.labels.map((label) => ({ name: 'department', value: label }))],
  };
}

function toLogsCase(integration: IntegrationCase, scenario: Scenario): LogsCase {
  const agent = scenario.agents[0];
  return {
    ...integration,
    chat_agent_id: agent?.email ?? '',
    chat_agent_alias: agent?.name ?? '',
    survey_score: scenario.score,
    survey_comments:
      scenario.score !== null && scenario.score <= 2 ? 'It took too long to get an answer.' : '',
  };
}

function caseId(random: Random): string {
  const hex = (length: number) => Array.from({ length }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}`;
}

function pickLanguage(random: Random, scenario: Scenario): 'en' | 'es' | 'sv' {
  if (scenario.messages.some((message) => message.text in swedishToEnglish)) return 'sv';
  return random.chance(0.1) ? 'es' : 'en';
}

function buildTranscripts(
  random: Random,
  scenario: Scenario,
  { proactive, language }: { proactive: boolean; language: 'en' | 'es' | 'sv' },
): IntegrationTranscriptEntry[] {
  // SnapEngage has no supervisor role in its transcripts: the scenarios' whispers are left out.
  const spoken = scenario.messages.filter((message) => message.role !== 'supervisor');
  const spanish = language === 'es' ? random.pick(spanishDialogues) : null;
  const entries = spoken.map((message, index) => {
    const line = spanish && index < 3 ? (spanish[index] as TranslatedLine) : null;
    return entry(
      random,
      message,
      scenario,
      line
        ? { text: line.text, translations: { [line.lang]: line.translation } }
        : translate(message, language),
    );
  });
  if (proactive) {
    // The invitation that opened a proactive chat, sent under an agent's alias before the visitor wrote.
    const inviter = scenario.agents[0] ?? random.pick(defaultInviters(scenario));
    const at = scenario.startedAt - random.int(5, 40) * 1000;
    entries.unshift(
      entry(
        random,
        { role: 'agent', text: random.pick(proactivePrompts), at, author: inviter.name },
        scenario,
        null,
        inviter,
      ),
    );
  }
  return entries;
}

function defaultInviters(scenario: Scenario): ScenarioAgent[] {
  return [
    { id: 'proactive', name: 'Support team', email: `support@${new URL(scenario.visitor.pageUrl).hostname}` },
  ];
}

function translate(
  message: ScenarioMessage,
  language: 'en' | 'es' | 'sv',
): { text: string; translations: Record<string, string> } {
  const english = swedishToEnglish[message.text];
  if (english) return { text: message.text, translations: { en: english } };
  const closing = closingTranslations[language];
  if (message.text === closingLine && closing)
    return { text: message.text, translations: { [language]: closing } };
  return { text: message.text, translations: {} };
}

function entry(
  random: Random,
  message: ScenarioMessage,
  scenario: Scenario,
  content: { text: string; translations: Record<string, string> } | null,
  agentOverride?: ScenarioAgent,
): IntegrationTranscriptEntry {
  const at = message.at + random.int(0, 999);
  const agent = agentOverride ?? scenario.agents.find((candidate) => candidate.name === message.author);
  const isVisitor = message.role === 'visitor';
  return {
    id: isVisitor ? '' : (agent?.email ?? ''),
    date: accountClock(at),
    date_seconds: Math.floor(at / 1000),
    date_milliseconds: at % 1000,
    // As in the documented sample, the visitor's alias is the word "visitor", not their name.
    alias: isVisitor ? 'visitor' : message.author,
    message: content?.text ?? message.text,
    translations: content?.translations ?? {},
    sender: isVisitor ? 'VISITOR' : 'AGENT',
  };
}

function operatorVariables(random: Random, scenario: Scenario): NameValue[] {
  if (scenario.status !== 'answered') return [];
  const variables: NameValue[] = [];
  if (random.chance(0.4)) variables.push({ name: 'note', value: random.pick(notes) });
  if (random.chance(0.3))
    variables.push({ name: 'customerTemp', value: random.pick(['Very Happy', 'Happy', 'Neutral', 'Upset']) });
  return variables;
}

const notes = [
  'Sent the return label by e-mail.',
  'Refund issued for the double charge.',
  'Follow up next week.',
  'Escalated to billing.',
];

function javascriptVariables(random: Random): NameValue[] {
  const variables: NameValue[] = [{ name: 'plan', value: random.pick(['free', 'team', 'enterprise']) }];
  if (random.chance(0.3)) variables.push({ name: 'cartValue', value: `${random.int(10, 900)}.00` });
  return variables;
}

const accountClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ACCOUNT_TIME_ZONE,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  hour12: true,
});

/** "Oct 3, 2014 2:14:31 PM", as in the sample. Intl, not date-fns: it runs for every demo message. */
function accountClock(ms: number): string {
  return accountClockFormat
    .format(ms)
    .replace(/(\d{4}), /, '$1 ')
    .replace(/\s(AM|PM)$/, ' $1');
}

function browserOf(userAgent: string): string {
  if (userAgent.includes('Firefox/')) return 'Firefox';
  if (userAgent.includes('Chrome/')) return 'Chrome';
  if (userAgent.includes('Safari/')) return 'Safari';
  return 'Unknown';
}

function osOf(userAgent: string): string {
  if (userAgent.includes('iPhone')) return 'iOS';
  if (userAgent.includes('Mac OS X')) return 'macOS';
  if (userAgent.includes('Windows')) return 'Microsoft Windows';
  if (userAgent.includes('Linux')) return 'Linux';
  return 'Unknown';
}
