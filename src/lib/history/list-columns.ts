import {
  conversationStatuses,
  emptyVisitor,
  isHeld,
  ratingValues,
  type Conversation,
  type VendorId,
} from '../../model/conversation';
import { firstLineOf, firstResponseOf, firstVisitorLineOf } from '../../model/message-summary';

/**
 * What the list shows of one day's rows, kept as columns beside the rows themselves: a reload reads these
 * and makes the rows in plain JavaScript, which costs a fraction of reading the rows (97,000 rows of 90
 * days: see docs/benchmark-log.md). A row made from them is a *list row*: its `messages` are
 * `HeldMessages` (what the views show of them, and where they are), and what the list does not show (the
 * visitor's phone, IP and browser, labels, custom variables, supervisors, the agents' e-mails) is not in it.
 * What needs more reads the whole row (lib/history/whole-rows.ts); the search worker reads it itself.
 */
export type ListColumns = {
  vendor: VendorId;
  ids: string[];
  status: Uint8Array;
  startedAt: Float64Array;
  endedAt: Float64Array;
  duration: Float64Array;
  names: Array<string | null>;
  emails: Array<string | null>;
  /** The vendor's visitor id: the visitor page of a visitor without an e-mail goes by it. */
  visitorIds: Array<string | null>;
  /** The page the visitor chatted from: the conversations CSV has a column for it. */
  pageUrls: Array<string | null>;
  agents: string[];
  tags: string[];
  rating: Uint8Array;
  ratingRaw: Array<string | number | null>;
  ratingScore: Float64Array;
  messageCount: Float64Array;
  /** 1 where the row has its messages (held on the device), 0 where they are still to be fetched (ImBox). */
  hasMessages: Uint8Array;
  /** What the views show of the messages (see `HeldMessages`), where the row has them. */
  firstLine: string[];
  firstVisitorLine: Array<string | null>;
  firstResponseSeconds: Float64Array;
  firstResponseAuthor: Array<string | null>;
};

/** Joins a row's agent names, or its tags, into one string: no name or tag contains it. */
const SEP = '\u0001';
/** Shared by every list row: a list row is never changed in place (rows are replaced whole). */
const EMPTY: never[] = [];

/** A day's rows as columns (one vendor's: a bucket is one account's). */
export function toColumns(rows: ReadonlyArray<Conversation>): ListColumns {
  const n = rows.length;
  const cols: ListColumns = {
    vendor: rows[0]?.vendor ?? 'livechat',
    ids: new Array<string>(n),
    status: new Uint8Array(n),
    startedAt: new Float64Array(n),
    endedAt: new Float64Array(n),
    duration: new Float64Array(n),
    names: new Array<string | null>(n),
    emails: new Array<string | null>(n),
    visitorIds: new Array<string | null>(n),
    pageUrls: new Array<string | null>(n),
    agents: new Array<string>(n),
    tags: new Array<string>(n),
    rating: new Uint8Array(n),
    ratingRaw: new Array<string | number | null>(n),
    ratingScore: new Float64Array(n),
    messageCount: new Float64Array(n),
    hasMessages: new Uint8Array(n),
    firstLine: new Array<string>(n),
    firstVisitorLine: new Array<string | null>(n),
    firstResponseSeconds: new Float64Array(n),
    firstResponseAuthor: new Array<string | null>(n),
  };
  rows.forEach((row, i) => {
    cols.ids[i] = row.id;
    cols.status[i] = conversationStatuses.indexOf(row.status);
    cols.startedAt[i] = row.startedAt;
    cols.endedAt[i] = row.endedAt ?? NaN;
    cols.duration[i] = row.durationSeconds ?? NaN;
    cols.names[i] = row.visitor.name;
    cols.emails[i] = row.visitor.email;
    cols.visitorIds[i] = row.visitor.id;
    cols.pageUrls[i] = row.visitor.pageUrl;
    cols.agents[i] = row.agents.map((agent) => agent.name).join(SEP);
    cols.tags[i] = row.tags.join(SEP);
    cols.rating[i] = row.rating ? ratingValues.indexOf(row.rating.value) + 1 : 0;
    cols.ratingRaw[i] = row.rating?.raw ?? null;
    cols.ratingScore[i] = row.rating?.score ?? NaN;
    cols.messageCount[i] = row.messageCount ?? NaN;
    const { messages } = row;
    cols.hasMessages[i] = messages === null ? 0 : 1;
    const response =
      messages === null ? null : isHeld(messages) ? messages.firstResponse : firstResponseOf(messages);
    cols.firstLine[i] =
      messages === null ? '' : isHeld(messages) ? messages.firstLine : firstLineOf(messages);
    cols.firstVisitorLine[i] =
      messages === null ? null : isHeld(messages) ? messages.firstVisitorLine : firstVisitorLineOf(messages);
    cols.firstResponseSeconds[i] = response?.seconds ?? NaN;
    cols.firstResponseAuthor[i] = response?.author ?? null;
  });
  return cols;
}

/** The list rows of a day's columns, in the order the rows were kept, under `account`. */
export function fromColumns(cols: ListColumns, account: string): Conversation[] {
  const n = cols.ids.length;
  const rows = new Array<Conversation>(n);
  for (let i = 0; i < n; i++) {
    const id = cols.ids[i] as string;
    const agents = cols.agents[i] as string;
    const tags = cols.tags[i] as string;
    const rating = cols.rating[i] as number;
    const ended = cols.endedAt[i] as number;
    const duration = cols.duration[i] as number;
    const count = cols.messageCount[i] as number;
    const score = cols.ratingScore[i] as number;
    const responseSeconds = cols.firstResponseSeconds[i] as number;
    rows[i] = {
      key: `${cols.vendor}:${id}`,
      vendor: cols.vendor,
      id,
      status: conversationStatuses[cols.status[i] as number] ?? 'answered',
      statusRaw: null,
      startedAt: cols.startedAt[i] as number,
      endedAt: Number.isNaN(ended) ? null : ended,
      durationSeconds: Number.isNaN(duration) ? null : duration,
      visitor: {
        ...emptyVisitor,
        name: cols.names[i] ?? null,
        email: cols.emails[i] ?? null,
        id: cols.visitorIds[i] ?? null,
        pageUrl: cols.pageUrls[i] ?? null,
      },
      agents: agents === '' ? EMPTY : agents.split(SEP).map((name) => ({ name, email: null, id: null })),
      supervisors: EMPTY,
      tags: tags === '' ? EMPTY : tags.split(SEP),
      labels: EMPTY,
      rating:
        rating === 0
          ? null
          : {
              value: ratingValues[rating - 1] ?? 'neutral',
              raw: cols.ratingRaw[i] ?? '',
              score: Number.isNaN(score) ? null : score,
            },
      customVariables: EMPTY,
      messages:
        cols.hasMessages[i] === 1
          ? {
              held: true,
              account,
              firstLine: cols.firstLine[i] ?? '',
              firstVisitorLine: cols.firstVisitorLine[i] ?? null,
              firstResponse: Number.isNaN(responseSeconds)
                ? null
                : { seconds: responseSeconds, author: cols.firstResponseAuthor[i] ?? null },
            }
          : null,
      messageCount: Number.isNaN(count) ? null : count,
      raw: undefined,
    };
  }
  return rows;
}
