import { createRandom, hashSeed, type Random } from './random';
import * as words from './vocabulary';

/**
 * Vendor-neutral demo conversations. Each vendor mock maps these into its own native payloads, so the four
 * vendors show the same kind of life without sharing ids or shapes.
 */
export type ScenarioAgent = { id: string; name: string; email: string };

export type ScenarioMessage = {
  role: 'visitor' | 'agent' | 'supervisor';
  text: string;
  /** Epoch milliseconds. */
  at: number;
  author: string;
};

export type Scenario = {
  /** 0-based position in this vendor's list; vendors derive their ids from it. */
  serial: number;
  status: 'answered' | 'missed' | 'offline';
  /** Epoch milliseconds. */
  startedAt: number;
  endedAt: number;
  durationSeconds: number;
  visitor: {
    id: string;
    name: string | null;
    /** As the visitor typed it: sometimes in mixed case. */
    email: string | null;
    phone: string | null;
    ip: string;
    city: string;
    region: string;
    country: string;
    countryCode: string;
    userAgent: string;
    pageUrl: string;
    referrer: string;
  };
  agents: ScenarioAgent[];
  supervisor: ScenarioAgent | null;
  tags: string[];
  labels: string[];
  /** 1-5, or null when the visitor did not rate. Thumb vendors read 4-5 as up and 1-2 as down. */
  score: number | null;
  messages: ScenarioMessage[];
};

export const DEMO_DAYS = 90;
const DAY_MS = 86_400_000;

export type ScenarioOptions = {
  vendor: string;
  count: number;
  /** The newest conversation is at most this old; the oldest about DEMO_DAYS before it. */
  now: number;
};

/** Every RETURN_EVERY-th conversation of each vendor is one of the returning visitors'. */
const RETURN_EVERY = 40;
const RETURN_OFFSET = 7;

export function generateScenarios({ vendor, count, now }: ScenarioOptions): Scenario[] {
  const random = createRandom(hashSeed(vendor));
  // Message text and returning visitors draw from their own stream, so the rest of the data (ids, times,
  // names, agents) stays what it was before they were added.
  const text = createRandom(hashSeed(`${vendor}:text`));
  const scenarios: Scenario[] = [];
  // Each vendor meets a returning visitor at its own hour, not at the same instant as the others.
  const vendorHours = hashSeed(vendor) % 47;
  for (let serial = 0; serial < count; serial++)
    scenarios.push(generateOne(random, text, serial, now, vendorHours));
  // Newest first, the order vendors list chats in.
  return scenarios.sort((a, b) => b.startedAt - a.startedAt);
}

/**
 * Which returning visitor (if any) this conversation is, and when it happened: the first round of them
 * (one per returning visitor and vendor) lies 60-81 days back and the second 35-56 days back, both
 * outside the list's default 30 days and inside the demo's 90; the third 2-16 days back, inside the
 * default view, where a lead meets them; later rounds fall where they fall.
 */
function returningOf(
  serial: number,
  now: number,
  vendorHours: number,
): { index: number; startedAt: number | null } | null {
  if (serial % RETURN_EVERY !== RETURN_OFFSET) return null;
  const turn = Math.floor(serial / RETURN_EVERY);
  const count = words.returningVisitors.length;
  const index = turn % count;
  const round = Math.floor(turn / count);
  const daysBack = [60 + index * 3, 35 + index * 3, 2 + index * 2][round] ?? null;
  const hours = (index + 1 + vendorHours) * 3_600_000;
  return { index, startedAt: daysBack === null ? null : now - daysBack * DAY_MS - hours };
}

function generateOne(
  random: Random,
  text: Random,
  serial: number,
  now: number,
  vendorHours: number,
): Scenario {
  const roll = random.next();
  const status: Scenario['status'] = roll < 0.74 ? 'answered' : roll < 0.9 ? 'missed' : 'offline';
  // Whole seconds: several vendors only carry seconds, and the mocks must agree with each other.
  const drawnStart = Math.floor((now - 60_000 - random.next() * DEMO_DAYS * DAY_MS) / 1000) * 1000;
  const first = random.pick(words.firstNames);
  const last = random.pick(words.lastNames);
  const tricky = random.chance(0.01) ? random.pick(words.trickyNames) : null;
  const anonymous = random.chance(0.08);
  const drawnName = anonymous ? null : (tricky ?? `${first} ${last}`);
  const emailLocal = `${ascii(first)}.${ascii(last)}${random.int(1, 99)}`;
  const hasEmail = status === 'offline' || random.chance(0.85);
  const drawnEmail = hasEmail
    ? `${random.chance(0.2) ? capitalize(emailLocal) : emailLocal}@${random.pick(words.emailDomains)}`
    : null;
  const drawnPlace = random.pick(words.places);
  const returning = returningOf(serial, now, vendorHours);
  const regular = returning === null ? null : words.returningVisitors[returning.index];
  const startedAt = returning?.startedAt == null ? drawnStart : Math.floor(returning.startedAt / 1000) * 1000;
  const name = regular ? regular.name : drawnName;
  // Typed as people type: now and then capitalised, which the vendors' e-mail filters must not mind.
  const email = regular ? (text.chance(0.3) ? capitalize(regular.email) : regular.email) : drawnEmail;
  const place = regular ? (words.places[regular.place] ?? drawnPlace) : drawnPlace;
  const agents: ScenarioAgent[] = [];
  if (status === 'answered') {
    agents.push(random.pick(words.agents));
    if (random.chance(0.12)) {
      const second = random.pick(words.agents);
      if (second.id !== agents[0]?.id) agents.push(second);
    }
  }
  const supervisor = status === 'answered' && random.chance(0.05) ? words.supervisor : null;
  const durationSeconds = status === 'answered' ? random.int(40, 1800) : 0;
  const messages = buildMessages(
    random,
    text,
    status,
    startedAt,
    durationSeconds,
    name ?? 'Visitor',
    agents,
    supervisor,
    regular !== undefined && regular !== null,
  );
  return {
    serial,
    status,
    startedAt,
    endedAt: startedAt + durationSeconds * 1000,
    durationSeconds,
    visitor: {
      id: `v-${serial.toString(36)}-${random.int(1000, 9999)}`,
      name,
      email,
      phone: random.chance(0.2)
        ? `+46 70 ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`
        : null,
      ip: `${random.int(11, 220)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
      city: place.city,
      region: place.region,
      country: place.country,
      countryCode: place.countryCode,
      userAgent: random.pick(words.userAgents),
      pageUrl: random.pick(words.pages),
      referrer: random.pick(words.referrers),
    },
    agents,
    supervisor,
    tags: status === 'offline' ? [] : random.sample(words.tags, random.int(0, 2)),
    labels: random.sample(words.labels, random.int(0, 1)),
    score: status === 'answered' && random.chance(0.45) ? random.pick([1, 2, 3, 4, 4, 5, 5, 5]) : null,
    messages,
  };
}

function buildMessages(
  random: Random,
  text: Random,
  status: Scenario['status'],
  startedAt: number,
  durationSeconds: number,
  visitorName: string,
  agents: ScenarioAgent[],
  supervisor: ScenarioAgent | null,
  returning: boolean,
): ScenarioMessage[] {
  const topic = text.pick(words.topics);
  const fill = filler(text);
  if (status === 'offline') {
    random.pick(words.offlineNotes); // Still drawn, so the main stream stays as it was.
    return [{ role: 'visitor', text: fill(text.pick(topic.offline)), at: startedAt, author: visitorName }];
  }
  // The fixed dialogues stay for the few that tests look for (HTML written by a visitor, Swedish); the
  // others, and every returning visitor's, are composed from a topic.
  const fixed = random.pick(words.dialogues);
  const keep = !returning && (fixed[0].includes('<') || fixed[0].startsWith('Hej'));
  const [question, answer, followUp] = keep
    ? fixed
    : [fill(text.pick(topic.openers)), fill(text.pick(topic.answers)), fill(text.pick(topic.followUps))];
  if (status === 'missed') return [{ role: 'visitor', text: question, at: startedAt, author: visitorName }];
  const agent = agents[0] as ScenarioAgent;
  const step = Math.max(5, Math.floor(durationSeconds / 5)) * 1000;
  const messages: ScenarioMessage[] = [
    { role: 'visitor', text: question, at: startedAt, author: visitorName },
    { role: 'agent', text: answer, at: startedAt + step, author: agent.name },
    { role: 'visitor', text: followUp, at: startedAt + 2 * step, author: visitorName },
  ];
  const second = agents[1];
  if (second) {
    messages.push({
      role: 'agent',
      text: `Hi, ${second.name} here, taking over from ${agent.name}.`,
      at: startedAt + 3 * step,
      author: second.name,
    });
  }
  if (supervisor) {
    messages.push({
      role: 'supervisor',
      text: 'Looks good, thanks for handling this.',
      at: startedAt + 3 * step + 1000,
      author: supervisor.name,
    });
  }
  messages.push({
    role: 'agent',
    text: 'Anything else I can help with today?',
    at: startedAt + 4 * step,
    author: (second ?? agent).name,
  });
  return messages;
}

/** Fills `{order}`, `{amount}`, `{invoice}` and `{plan}` with this conversation's values (cheap: one pass). */
function filler(text: Random): (template: string) => string {
  const values: Record<string, string> = {
    order: `#${text.int(1000, 9999)}`,
    amount: `€${text.int(9, 240)}.${text.int(10, 99)}`,
    invoice: `INV-${text.int(20000, 29999)}`,
    plan: text.pick(words.planNames),
  };
  return (template) =>
    template.includes('{')
      ? template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
      : template;
}

function ascii(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[^a-zA-Z]/g, '')
      .toLowerCase() || 'visitor'
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
