import { describe, expect, it } from 'vitest';
import statisticsSample from './__fixtures__/chat-statistics.json';
import listSample from './__fixtures__/list-conversations.json';
import { imboxEnvelope, listedConversationSchema, statisticsRowSchema } from './imbox-api';
import { conversationSchema } from '../../model/conversation';
import { normalizeImBoxConversations as normalizeUnchecked } from './normalize-imbox';

/** Every row parsed by the model's schema: the contract every vendor fills. */
const normalizeImBoxConversations = (input: Parameters<typeof normalizeUnchecked>[0]) =>
  normalizeUnchecked(input).map((conversation) => conversationSchema.parse(conversation));

const statisticsRows = (json: unknown[]) =>
  imboxEnvelope(statisticsRowSchema).parse({ result: 'success', json }).json.items;
const listedRows = (json: unknown[]) =>
  imboxEnvelope(listedConversationSchema).parse({ result: 'success', json }).json.items;

const sampleStatistics = statisticsRows(statisticsSample.json);
const sampleListed = listedRows(listSample.json);
const year2020 = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2020, 11, 31, 23, 59, 59, 999) };

const answeredRow = {
  channel: 'V100',
  agentName: 'Sofia Lind',
  agentEmail: 'Sofia.Lind@Example.org',
  city: 'Berlin',
  country: 'Germany',
  browser: 'Firefox 127.0',
  os: 'Linux',
  referral: 'Organic',
  searchEngine: 'Google',
  exitPage: 'https://shop.example.com/pricing',
  tags: ['billing'],
  labels: ['Sales'],
  duration: 61_400,
  rating: 2,
  responseTime: 4000,
  startedAt: '2020-06-01T10:00:00.000Z',
};
const missedRow = {
  channel: 'V200',
  agentName: null,
  agentEmail: null,
  tags: [],
  labels: [],
  duration: null,
  rating: null,
  responseTime: null,
  startedAt: '2020-06-02T10:00:00.000Z',
};

describe('the ImBox table: chatStatistics joined with listConversations', () => {
  it('makes the documented sample rows of one channel into one answered conversation', () => {
    const conversations = normalizeImBoxConversations({
      statistics: sampleStatistics,
      listed: [],
      range: year2020,
    });
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({
      key: 'imbox:V1',
      id: 'V1',
      status: 'answered',
      startedAt: Date.UTC(2020, 0, 1),
      // "duration": 100000, "Chat duration in MS"
      durationSeconds: 100,
      endedAt: Date.UTC(2020, 0, 1) + 100_000,
      agents: [{ name: 'John Doe', email: 'john.doe@example.org', id: null }],
      tags: ['tag1', 'tag2'],
      labels: [
        { name: 'label1', value: '' },
        { name: 'label2', value: '' },
      ],
      rating: { value: 'good', raw: 4, score: 4 },
      messages: null,
      messageCount: null,
    });
    expect(conversations[0]?.visitor).toMatchObject({
      location: 'Stockholm, Sweden',
      userAgent: 'Chrome 50.0.0 on OS X',
      pageUrl: 'https://example.org/',
      referrer: 'Direct',
    });
  });

  it('converts milliseconds to seconds and reads the visitor from city, country, browser, os and referral', () => {
    const [conversation] = normalizeImBoxConversations({
      statistics: statisticsRows([answeredRow]),
      listed: [],
      range: year2020,
    });
    expect(conversation).toMatchObject({ durationSeconds: 61, rating: { value: 'bad', score: 2 } });
    expect(conversation?.agents).toEqual([{ name: 'Sofia Lind', email: 'sofia.lind@example.org', id: null }]);
    expect(conversation?.visitor).toMatchObject({
      location: 'Berlin, Germany',
      userAgent: 'Firefox 127.0 on Linux',
      referrer: 'Organic (Google)',
      pageUrl: 'https://shop.example.com/pricing',
      name: null,
      email: null,
    });
  });

  it('calls a chat with no agent and no duration missed, and one with an agent answered', () => {
    const conversations = normalizeImBoxConversations({
      statistics: statisticsRows([answeredRow, missedRow]),
      listed: [],
      range: year2020,
    });
    const status = Object.fromEntries(
      conversations.map((conversation) => [conversation.id, conversation.status]),
    );
    expect(status).toEqual({ V100: 'answered', V200: 'missed' });
    const missed = conversations.find((conversation) => conversation.id === 'V200');
    expect(missed).toMatchObject({ agents: [], durationSeconds: null, endedAt: null, rating: null });
  });

  it('does not count an agent who never answered (the docs: "No answer from agent")', () => {
    const [unanswered] = statisticsSample.json.slice(1);
    const [conversation] = normalizeImBoxConversations({
      statistics: statisticsRows([unanswered]),
      listed: [],
      range: year2020,
    });
    expect(conversation).toMatchObject({ status: 'missed', agents: [] });
  });

  it('gives a conversation only listConversations knows a missed row with its start', () => {
    const conversations = normalizeImBoxConversations({
      statistics: sampleStatistics,
      listed: sampleListed,
      range: year2020,
    });
    expect(conversations.map((conversation) => conversation.id).sort()).toEqual([
      'V1',
      'V18751500044654323221',
    ]);
    const listOnly = conversations.find((conversation) => conversation.id === 'V18751500044654323221');
    expect(listOnly).toMatchObject({
      key: 'imbox:V18751500044654323221',
      status: 'missed',
      startedAt: Date.UTC(2020, 0, 1),
      agents: [],
      durationSeconds: null,
      rating: null,
    });
  });

  it('merges several statistics rows of one channel: whole span, every agent once, latest rating', () => {
    const handover = {
      ...answeredRow,
      agentName: 'Grace Kim',
      agentEmail: 'grace.kim@example.org',
      rating: 5,
    };
    const rows = statisticsRows([
      { ...handover, startedAt: '2020-06-01T10:01:00.000Z', duration: 120_000, tags: ['vip', 'billing'] },
      { ...answeredRow, rating: null, duration: 60_000 },
    ]);
    const conversations = normalizeImBoxConversations({ statistics: rows, listed: [], range: year2020 });
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({
      startedAt: Date.parse('2020-06-01T10:00:00.000Z'),
      durationSeconds: 180,
      agents: [{ name: 'Sofia Lind' }, { name: 'Grace Kim' }],
      tags: ['billing', 'vip'],
      rating: { score: 5 },
    });
  });

  it('lists an id once when neighbouring windows both list it', () => {
    const listed = listedRows([
      { conversationID: 'V300', date: '2020-06-03T00:00:00.000Z' },
      { conversationID: 'V300', date: '2020-06-03T00:00:00.000Z' },
    ]);
    const conversations = normalizeImBoxConversations({ statistics: [], listed, range: year2020 });
    expect(conversations.map((conversation) => conversation.id)).toEqual(['V300']);
  });

  it('keeps only conversations that started inside the range instants', () => {
    const range = {
      start: Date.parse('2020-06-01T12:00:00.000Z'),
      end: Date.parse('2020-06-02T11:59:59.999Z'),
    };
    const statistics = statisticsRows([answeredRow, missedRow]);
    const listed = listedRows([
      { conversationID: 'V400', date: '2020-06-01T11:59:59.999Z' },
      { conversationID: 'V401', date: '2020-06-01T12:00:00.000Z' },
      { conversationID: 'V402', date: '2020-06-02T12:00:00.000Z' },
      { conversationID: 'V403', date: 'not a date' },
    ]);
    const ids = normalizeImBoxConversations({ statistics, listed, range }).map(
      (conversation) => conversation.id,
    );
    expect(ids.sort()).toEqual(['V200', 'V401']);
  });

  it('takes the start from the list when the statistics row has none', () => {
    const statistics = statisticsRows([{ ...answeredRow, startedAt: null }]);
    const listed = listedRows([{ conversationID: 'V100', date: '2020-06-01T09:59:00.000Z' }]);
    const [conversation] = normalizeImBoxConversations({ statistics, listed, range: year2020 });
    expect(conversation?.startedAt).toBe(Date.parse('2020-06-01T09:59:00.000Z'));
  });

  it('treats a rating outside 1-5 as unrated', () => {
    const [conversation] = normalizeImBoxConversations({
      statistics: statisticsRows([{ ...answeredRow, rating: 0 }]),
      listed: [],
      range: year2020,
    });
    expect(conversation?.rating).toBeNull();
  });
});
