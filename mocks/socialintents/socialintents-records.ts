import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { demoShare, type DemoOptions } from '../demo-config';
import { hashSeed } from '../generator/random';
import { generateScenarios, type Scenario } from '../generator/scenarios';

/**
 * Demo scenarios as Social Intents chat records. Two payload generations live side by side, as they do in
 * the vendor's docs: "older" records (visitorName, no chatType) and "newer" ones (visitorFullName,
 * chatType, agentEmail, location, visitorCustom*, textBody/htmlBody). Tags are kept for the `tag` filter
 * but not sent: the documented chat format has none.
 */
export type SocialIntentsRecord = {
  scenario: Scenario;
  id: string;
  /** Everything but `startDate`, which depends on the request's timezone. */
  payload: Record<string, unknown>;
};

const APP_ID = '402881ca479973440147997a99b00000';
const ACCOUNT_ID = '2c9f8d8744e044e90144e0460e770000';
export const socialIntentsAppId = APP_ID;

const cache = new Map<string, SocialIntentsRecord[]>();

/** Memoized per options: the same demo data for every request and every test that asks for it. */
export function socialIntentsRecords(options: DemoOptions): SocialIntentsRecord[] {
  const count = Math.round(options.size * demoShare.socialintents);
  const key = `${count}:${options.now}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const records = generateScenarios({ vendor: 'socialintents', count, now: options.now }).map(toRecord);
  if (cache.size >= 4) cache.clear();
  cache.set(key, records);
  return records;
}

/** The record as the API sends it, with `startDate` in the vendor's 24-hour-clock-plus-meridiem format. */
export function renderRecord(record: SocialIntentsRecord, timeZone: string): Record<string, unknown> {
  const startDate = format(new TZDate(record.scenario.startedAt, timeZone), 'yyyy-MM-dd HH:mm:ss a');
  const { id, ...rest } = record.payload;
  return { id, startDate, ...rest };
}

function toRecord(scenario: Scenario): SocialIntentsRecord {
  const { serial, visitor, status } = scenario;
  const id = recordId(serial);
  const newer = serial % 3 !== 0;
  const agent = scenario.agents[0] ?? null;
  const messages = scenario.messages.map((message, index) => ({
    type: messageType(scenario, message.role, index),
    nickname: message.author,
    // The vendor's timestamps carry milliseconds; the demo start instants are whole seconds.
    timestamp: message.at + ((serial * 37 + index * 101) % 1000),
    body: message.text,
  }));
  const payload: Record<string, unknown> = {
    id,
    appId: APP_ID,
    accountId: ACCOUNT_ID,
    referrer: visitor.referrer,
    userAgent: visitor.userAgent,
    ip: visitor.ip,
    page: visitor.pageUrl,
    visitorId: visitor.id,
    [newer ? 'visitorFullName' : 'visitorName']: visitor.name ?? '',
    visitorPhone: visitor.phone ?? '',
    visitorEmail: visitor.email ?? '',
    agentName: agent?.name ?? '',
    agentId: agent?.id ?? '',
    duration: scenario.durationSeconds,
    visits: 1 + (serial % 9),
  };
  if (newer) {
    payload.chatType =
      status === 'answered' ? 'Answered' : status === 'missed' ? 'Missed' : 'Offline Message';
    payload.agentEmail = agent?.email ?? '';
    payload.location = `${visitor.city}, ${visitor.region}, ${visitor.country}`;
    payload.visitorCustom1 = scenario.labels[0] ?? '';
    for (const n of [2, 3, 4, 5, 6]) payload[`visitorCustom${n}`] = '';
    payload.visitorParams =
      serial % 4 === 1 ? `customer_id=C-${1000 + serial}&plan=${serial % 2 === 0 ? 'pro' : 'team'}` : '';
  }
  // Offline messages carry their text in textBody only; chats carry messages and, in newer records, both bodies.
  if (status === 'offline') {
    payload.textBody = scenario.messages[0]?.text ?? '';
    payload.htmlBody = `<p>${escapeHtml(scenario.messages[0]?.text ?? '')}</p>`;
  } else {
    payload.messages = messages;
    if (newer) {
      payload.textBody = messages.map((message) => `${message.nickname}: ${message.body}`).join('\n');
      payload.htmlBody = messages
        .map((message) => `<p><b>${escapeHtml(message.nickname)}</b>: ${escapeHtml(message.body)}</p>`)
        .join('');
    }
  }
  return { scenario, id, payload };
}

/**
 * Visitor lines are `messageToAgent`, agent lines `messageToVisitor`; like the documented sample, some
 * chats send a visitor's follow-up as `messageToVisitor` under the visitor's own nickname.
 */
function messageType(scenario: Scenario, role: Scenario['messages'][number]['role'], index: number): string {
  if (role !== 'visitor') return 'messageToVisitor';
  const quirk = scenario.serial % 5 === 0 && index > 0 && scenario.visitor.name !== null;
  return quirk ? 'messageToVisitor' : 'messageToAgent';
}

/** 32 hex digits, like the vendor's ids, stable per serial. */
function recordId(serial: number): string {
  return ['a', 'b', 'c', 'd']
    .map((part) => hashSeed(`socialintents:${serial}:${part}`).toString(16).padStart(8, '0'))
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
