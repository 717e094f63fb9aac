import { demoCredentials, demoShare, type DemoOptions } from '../demo-config';
import { generateScenarios, type Scenario, type ScenarioAgent } from '../generator/scenarios';
import * as words from '../generator/vocabulary';
import { browserOf, osOf, trafficOf } from './describe-visit';
import type {
  AgentRecord,
  ListedConversationRecord,
  MessageRecord,
  PageFilterRecord,
  StatisticsRecord,
  VisitorCardRecord,
  VisitorInfoRecord,
  VisitorLabelRecord,
  VisitorTagRecord,
} from './imbox-payload-types';

/** ImBox's `sid` is the account's user id. */
const SID = Number(demoCredentials.imbox.userId);

export type ImBoxDemoConversation = {
  id: string;
  scenario: Scenario;
  listed: ListedConversationRecord;
  /** Its chatStatistics rows, each with the agent it belongs to (for the agentId filter). */
  statistics: Array<{ agentId: number | null; record: StatisticsRecord }>;
  messages: MessageRecord[];
  visitorInfo: VisitorInfoRecord;
  tags: VisitorTagRecord[];
  labels: VisitorLabelRecord[];
  cards: VisitorCardRecord[];
};

export type ImBoxDemoData = {
  conversations: ImBoxDemoConversation[];
  byId: ReadonlyMap<string, ImBoxDemoConversation>;
  agents: AgentRecord[];
  pageFilters: PageFilterRecord[];
};

/** "V" + 20 digits like the docs' "V18751500044654323221": the start in ms, then the serial. */
export function imboxConversationId(scenario: Scenario): string {
  return `V${String(scenario.startedAt).padStart(13, '0')}${String(scenario.serial).padStart(7, '0')}`;
}

/**
 * About 3% of conversations are missing from chatStatistics while listConversations still names them: the
 * gap the adapter's join exists for (docs/vendor-api/NOTES.md: the statistics are the table's source, the
 * list its roll).
 */
export function isLeftOutOfStatistics(scenario: Scenario): boolean {
  return scenario.serial % 33 === 16;
}

export function imboxScenarios(options: DemoOptions): Scenario[] {
  return generateScenarios({
    vendor: 'imbox',
    count: Math.round(options.size * demoShare.imbox),
    now: options.now,
  });
}

const cache = new Map<string, ImBoxDemoData>();

/** Built once per options: handlers answer thousands of requests over the same data. */
export function imboxDemoData(options: DemoOptions): ImBoxDemoData {
  const key = `${options.size}:${options.now}`;
  let data = cache.get(key);
  if (!data) {
    data = buildDemoData(options);
    cache.set(key, data);
  }
  return data;
}

function buildDemoData(options: DemoOptions): ImBoxDemoData {
  const conversations = imboxScenarios(options).map(buildConversation);
  return {
    conversations,
    byId: new Map(conversations.map((conversation) => [conversation.id, conversation])),
    agents: [...words.agents, words.supervisor].map((agent) => agentRecord(agent, options.now)),
    pageFilters: [
      { id: 1, sid: SID, searchFilter: '/checkout', searchName: 'Checkout', matchType: 'like' },
      { id: 2, sid: SID, searchFilter: '/pricing', searchName: 'Pricing', matchType: 'like' },
      { id: 3, sid: SID, searchFilter: '/support', searchName: 'Support pages', matchType: 'like' },
    ],
  };
}

function agentRecord(agent: ScenarioAgent, now: number): AgentRecord {
  const isSupervisor = agent.id === words.supervisor.id;
  return {
    agentID: Number(agent.id),
    sid: SID,
    agentName: agent.name,
    agentEmail: agent.email,
    agentPicture: `https://shop.example.com/avatars/${agent.id}.png`,
    agentLastActive: iso(now - 3_600_000),
    department: isSupervisor ? 'Management' : 'Support',
    isBackOffice: isSupervisor ? '1' : '0',
    groups: isSupervisor ? 'Management,Support' : 'Support',
  };
}

function buildConversation(scenario: Scenario): ImBoxDemoConversation {
  const id = imboxConversationId(scenario);
  const { visitor } = scenario;
  const created = iso(scenario.startedAt);
  const traffic = trafficOf(visitor.referrer);
  const tags: VisitorTagRecord[] = scenario.tags.map((tag) => ({
    sid: SID,
    conversationID: id,
    createdDate: created,
    tag,
    type: 1,
  }));
  if (visitor.name !== null)
    tags.unshift({ sid: SID, conversationID: id, createdDate: created, tag: visitor.name, type: 0 });
  const cards: VisitorCardRecord[] = [];
  if (visitor.email !== null) cards.push(card(id, 'email', `E-mail: ${visitor.email}`, created));
  if (visitor.phone !== null) cards.push(card(id, 'phone', `Phone: ${visitor.phone}`, created));
  return {
    id,
    scenario,
    listed: { sid: SID, conversationID: id, date: created },
    statistics: isLeftOutOfStatistics(scenario) ? [] : statisticsOf(id, scenario),
    messages: messagesOf(id, scenario),
    visitorInfo: {
      trafficType: traffic.trafficType,
      se_type: traffic.searchEngine,
      sid: SID,
      conversationID: id,
      last_visit: created,
      browser: browserOf(visitor.userAgent),
      os: osOf(visitor.userAgent),
      user_city: visitor.city,
      user_country: visitor.country,
      exitPage: visitor.pageUrl,
    },
    tags,
    labels: scenario.labels.map((label) => ({ conversationID: id, createdDate: created, label })),
    cards,
  };
}

function card(id: string, dataID: string, data: string, created: string): VisitorCardRecord {
  return { dataID, data, sid: SID, conversationID: id, createdDate: created, updatedDate: created };
}

/**
 * One row per agent who handled the chat (a transfer gives two, the second starting at the hand-over);
 * ImBox has no offline type, so an offline scenario is an unanswered chat like a missed one.
 */
function statisticsOf(
  id: string,
  scenario: Scenario,
): Array<{ agentId: number | null; record: StatisticsRecord }> {
  const { visitor } = scenario;
  const traffic = trafficOf(visitor.referrer);
  const base = {
    channel: id,
    referral: traffic.trafficType,
    searchEngine: traffic.searchEngine,
    exitPage: visitor.pageUrl,
    browser: browserOf(visitor.userAgent),
    os: osOf(visitor.userAgent),
    city: visitor.city,
    country: visitor.country,
    labels: scenario.labels,
    tags: scenario.tags,
  };
  const [first, second] = scenario.agents;
  if (scenario.status !== 'answered' || first === undefined) {
    const record = {
      ...base,
      agentName: null,
      agentEmail: null,
      duration: null,
      rating: null,
      responseTime: null,
    };
    return [{ agentId: null, record: { ...record, startedAt: iso(scenario.startedAt) } }];
  }
  const firstReply = scenario.messages.find((message) => message.role === 'agent')?.at ?? scenario.startedAt;
  const row = (
    agent: ScenarioAgent,
    from: number,
    to: number,
    rating: number | null,
    responseTime: number,
  ) => ({
    agentId: Number(agent.id),
    record: {
      ...base,
      agentName: agent.name,
      agentEmail: agent.email,
      duration: to - from,
      rating,
      responseTime,
      startedAt: iso(from),
    },
  });
  if (second === undefined) {
    return [
      row(first, scenario.startedAt, scenario.endedAt, scenario.score, firstReply - scenario.startedAt),
    ];
  }
  const handover = firstMessageOf(scenario, second)?.at ?? scenario.startedAt;
  return [
    row(first, scenario.startedAt, handover, null, firstReply - scenario.startedAt),
    row(second, handover, scenario.endedAt, scenario.score, 0),
  ];
}

/**
 * grabConversation: a visitorJoin system message first, the visitor as agentID 0 with the conversation id in
 * `from`, agents by id with their first name in `from`, and system JSON for a transfer and the close.
 */
function messagesOf(id: string, scenario: Scenario): MessageRecord[] {
  let nextId = 700_000 + scenario.serial * 20;
  const messages: MessageRecord[] = [];
  const push = (from: string, message: string, at: number, agentID: number | null) =>
    messages.push({ id: nextId++, sid: SID, conversationID: id, from, message, date: iso(at), agentID });
  const system = (event: Record<string, string>, at: number) =>
    push('system', JSON.stringify(event), at, null);

  system({ type: 'visitorJoin', currentPage: scenario.visitor.pageUrl }, scenario.startedAt);
  const second = scenario.agents[1];
  for (const message of scenario.messages) {
    if (message.role === 'visitor') {
      push(id, message.text, message.at, 0);
      continue;
    }
    const agent = agentNamed(message.author);
    if (second !== undefined && message === firstMessageOf(scenario, second)) {
      system({ type: 'transfer', toAgent: second.name }, message.at);
    }
    push(agent.name.split(' ')[0] ?? agent.name, message.text, message.at, Number(agent.id));
  }
  if (scenario.status === 'answered') system({ type: 'chatClosed' }, scenario.endedAt);
  return messages;
}

function firstMessageOf(scenario: Scenario, agent: ScenarioAgent) {
  return scenario.messages.find((message) => message.role === 'agent' && message.author === agent.name);
}

function agentNamed(name: string): ScenarioAgent {
  const agent = [...words.agents, words.supervisor].find((candidate) => candidate.name === name);
  if (!agent) throw new Error(`The demo generator wrote as "${name}", who is no ImBox agent.`);
  return agent;
}

function iso(instant: number): string {
  return new Date(instant).toISOString();
}
