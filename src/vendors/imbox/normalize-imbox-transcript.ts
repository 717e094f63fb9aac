import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { NameValue, TranscriptDetail, Visitor } from '../../model/conversation';
import type { ImBoxAgent, MessageRow, VisitorCard, VisitorInfo, VisitorLabel, VisitorTag } from './imbox-api';
import { mapImBoxCardEmail, mapImBoxCardName, mapImBoxCardPhone } from './map-imbox-card-contact';
import { imboxLabel } from './map-imbox-label';
import { mapImBoxMessages } from './map-imbox-messages';
import { imboxBrowser, imboxLocation, imboxReferrer } from './map-imbox-visitor';

export type ImBoxTranscriptInput = {
  conversationId: string;
  messages: ReadonlyArray<MessageRow>;
  visitorInfo: ReadonlyArray<VisitorInfo>;
  tags: ReadonlyArray<VisitorTag>;
  labels: ReadonlyArray<VisitorLabel>;
  cards: ReadonlyArray<VisitorCard>;
  agents: ReadonlyArray<ImBoxAgent>;
  /** The viewer's timezone, for the "Last visit" detail. */
  timeZone: string;
};

/**
 * docs/vendor-api/imbox-chat-api.txt, grabVisitorTags: "Type 0 is the visitors name", type 1 "Regular tag".
 */
const NAME_TAG = 0;

/** One ImBox conversation's transcript and details-panel facts, from its six per-conversation answers. */
export function normalizeImBoxTranscript(input: ImBoxTranscriptInput): TranscriptDetail {
  // ImBox's own name (a type-0 tag) first; else one a site gave in a card (map-imbox-card-contact.ts).
  const visitorName = latestName(input.tags) ?? mapImBoxCardName(input.cards);
  const agentNames = new Map<string, string>();
  for (const agent of input.agents) if (agent.agentName) agentNames.set(agent.agentID, agent.agentName);
  const info = input.visitorInfo[0] ?? null;

  return {
    messages: mapImBoxMessages(input.messages, {
      conversationId: input.conversationId,
      agentNames,
      visitorName,
    }),
    visitor: visitorFacts(
      visitorName,
      { email: mapImBoxCardEmail(input.cards), phone: mapImBoxCardPhone(input.cards) },
      info,
    ),
    // Any type but the name is kept as a tag: an unknown type is more likely a tag than nothing.
    tags: unique(input.tags.flatMap((tag) => (tag.type !== NAME_TAG && tag.tag ? [tag.tag] : []))),
    labels: unique(input.labels.flatMap((label) => (label.label ? [label.label] : []))).map(imboxLabel),
    details: [...infoDetails(info, input.timeZone), ...cardDetails(input.cards)],
    raw: {
      conversation: input.messages.map((row) => row.raw),
      visitorInfo: input.visitorInfo.map((row) => row.raw),
      tags: input.tags.map((row) => row.raw),
      labels: input.labels.map((row) => row.raw),
      cards: input.cards.map((row) => row.raw),
    },
  };
}

/** The visitor can be renamed during a chat (changeName widget API): the newest name tag wins. */
function latestName(tags: ReadonlyArray<VisitorTag>): string | null {
  let latest: VisitorTag | null = null;
  for (const tag of tags) {
    if (tag.type !== NAME_TAG || !tag.tag) continue;
    if (
      latest === null ||
      (tag.createdDate ?? Number.NEGATIVE_INFINITY) >= (latest.createdDate ?? Number.NEGATIVE_INFINITY)
    ) {
      latest = tag;
    }
  }
  return latest?.tag ?? null;
}

/**
 * Only the fields ImBox knows: the transcript's visitor is folded over the list's, field by field. The
 * e-mail and phone are those a card holds, if any (map-imbox-card-contact.ts); the cards stay among the
 * details too.
 */
function visitorFacts(
  name: string | null,
  contact: Pick<Visitor, 'email' | 'phone'>,
  info: VisitorInfo | null,
): Partial<Visitor> {
  const facts: Partial<Visitor> = {
    name,
    ...contact,
    location: info ? imboxLocation(info.user_city, info.user_country) : null,
    userAgent: info ? imboxBrowser(info.browser, info.os) : null,
    pageUrl: info?.exitPage ?? null,
    referrer: info ? imboxReferrer(info.trafficType, info.se_type) : null,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== null));
}

function infoDetails(info: VisitorInfo | null, timeZone: string): NameValue[] {
  if (info === null) return [];
  const lastVisit =
    info.last_visit === null ? null : format(new TZDate(info.last_visit, timeZone), 'yyyy-MM-dd HH:mm');
  const facts: Array<[string, string | null]> = [
    ['Traffic', imboxReferrer(info.trafficType, info.se_type)],
    ['Browser', info.browser],
    ['Operating system', info.os],
    ['Last visit', lastVisit],
    ['Exit page', info.exitPage],
  ];
  return facts.flatMap(([name, value]) => (value === null ? [] : [{ name, value }]));
}

/** Cards are free text set by the site ("Name: John Doe"); shown as written, one detail each. */
function cardDetails(cards: ReadonlyArray<VisitorCard>): NameValue[] {
  return cards.flatMap((card) => (card.data ? [{ name: 'Card', value: card.data }] : []));
}

function unique(values: ReadonlyArray<string>): string[] {
  return [...new Set(values)];
}
