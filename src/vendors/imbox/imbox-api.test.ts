import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import agentSample from './__fixtures__/grab-agent.json';
import agentsSample from './__fixtures__/grab-agents.json';
import statisticsSample from './__fixtures__/chat-statistics.json';
import conversationSample from './__fixtures__/grab-conversation.json';
import cardsSample from './__fixtures__/grab-visitor-cards.json';
import infoSample from './__fixtures__/grab-visitor-info.json';
import labelsSample from './__fixtures__/grab-visitor-labels.json';
import tagsSample from './__fixtures__/grab-visitor-tags.json';
import listSample from './__fixtures__/list-conversations.json';
import {
  agentSchema,
  imboxEnvelope,
  listedConversationSchema,
  messageRowSchema,
  statisticsRowSchema,
  visitorCardSchema,
  visitorInfoSchema,
  visitorLabelSchema,
  visitorTagSchema,
} from './imbox-api';

const rowsOf = <Row extends z.ZodType>(row: Row, sample: unknown) =>
  imboxEnvelope(row).parse(sample).json.items;

describe('ImBox payload schemas against the documented samples', () => {
  it('accepts every documented sample', () => {
    expect(rowsOf(listedConversationSchema, listSample)).toHaveLength(2);
    expect(rowsOf(statisticsRowSchema, statisticsSample)).toHaveLength(2);
    expect(rowsOf(messageRowSchema, conversationSample)).toHaveLength(4);
    expect(rowsOf(visitorInfoSchema, infoSample)).toHaveLength(1);
    expect(rowsOf(visitorTagSchema, tagsSample)).toHaveLength(2);
    expect(rowsOf(visitorLabelSchema, labelsSample)).toHaveLength(2);
    expect(rowsOf(visitorCardSchema, cardsSample)).toHaveLength(1);
    expect(rowsOf(agentSchema, agentsSample)).toHaveLength(2);
    expect(rowsOf(agentSchema, agentSample)).toHaveLength(1);
  });

  it('reads statistics: dates as instants, "" as none, duration still in milliseconds', () => {
    const [answered, unanswered] = rowsOf(statisticsRowSchema, statisticsSample);
    expect(answered).toMatchObject({
      channel: 'V1',
      agentName: 'John Doe',
      searchEngine: null,
      duration: 100000,
      rating: 4,
      tags: ['tag1', 'tag2'],
      labels: ['label1', 'label2'],
      startedAt: Date.UTC(2020, 0, 1),
    });
    expect(unanswered).toMatchObject({ duration: null, rating: null, responseTime: null, tags: [] });
  });

  it('keeps the row as ImBox sent it beside the parsed one', () => {
    const [first] = rowsOf(statisticsRowSchema, statisticsSample);
    expect(first?.raw).toEqual(statisticsSample.json[0]);
  });

  it('keeps agentID 0 apart from null', () => {
    const roles = rowsOf(messageRowSchema, conversationSample).map((row) => row.agentID);
    expect(roles).toEqual(['1', '1', '0', null]);
  });

  it('accepts numbers sent as strings and ids sent as numbers', () => {
    const [row] = rowsOf(statisticsRowSchema, {
      result: 'success',
      json: [
        {
          channel: 1234,
          duration: '65000',
          rating: '5',
          tags: ['vip', '', 7],
          startedAt: '2020-01-01T00:00:00Z',
        },
      ],
    });
    expect(row).toMatchObject({
      channel: '1234',
      duration: 65000,
      rating: 5,
      tags: ['vip', '7'],
      agentName: null,
    });
  });

  it('turns the sample label date 2020-00-00 into "unknown" rather than refusing the payload', () => {
    const dates = rowsOf(visitorLabelSchema, labelsSample).map((row) => row.createdDate);
    expect(dates).toEqual([Date.UTC(2020, 0, 1), null]);
  });

  it('leaves out and counts a row without the id that ties it to a conversation, keeping the rest', () => {
    const [listed] = statisticsSample.json;
    const parsed = imboxEnvelope(statisticsRowSchema).parse({
      result: 'success',
      json: [{ agentName: 'x' }, listed, { ...listed, channel: '  ' }],
    });
    expect(parsed.json.items.map((row) => row.channel)).toEqual(['V1']);
    expect(parsed.json.unreadable).toBe(2);
  });
});
