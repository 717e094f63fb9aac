import { describe, expect, it } from 'vitest';
import statisticsSample from './__fixtures__/chat-statistics.json';
import { imboxEnvelope, statisticsRowSchema } from './imbox-api';
import { mergeStatisticsRows } from './merge-imbox-statistics-rows';

const rowsOf = (json: unknown[]) =>
  imboxEnvelope(statisticsRowSchema).parse({ result: 'success', json }).json.items;
const [answered, unanswered] = statisticsSample.json;

describe('merging the chatStatistics rows of one channel', () => {
  it('reads the documented sample`s two V1 rows as one answered conversation', () => {
    const merged = mergeStatisticsRows(rowsOf(statisticsSample.json));
    expect(merged).toMatchObject({
      channel: 'V1',
      startedAt: Date.UTC(2020, 0, 1),
      durationMs: 100000,
      agents: [{ name: 'John Doe', email: 'john.doe@example.org', id: null }],
      tags: ['tag1', 'tag2'],
      labels: ['label1', 'label2'],
      rating: 4,
      city: 'Stockholm',
    });
    expect(merged.rows).toHaveLength(2);
  });

  it('counts no agent for a row nobody answered (no duration, no response time)', () => {
    expect(mergeStatisticsRows(rowsOf([unanswered])).agents).toEqual([]);
  });

  it('spans a transferred chat from the first start to the last end, each agent once', () => {
    const later = {
      ...answered,
      agentName: 'Sofia Lind',
      agentEmail: 'Sofia.Lind@Example.org',
      startedAt: '2020-01-01T00:01:00.000Z',
      duration: 120000,
      rating: 2,
    };
    const merged = mergeStatisticsRows(rowsOf([later, answered, answered]));
    expect(merged.startedAt).toBe(Date.UTC(2020, 0, 1));
    expect(merged.durationMs).toBe(180000);
    expect(merged.agents.map((agent) => agent.email)).toEqual([
      'john.doe@example.org',
      'sofia.lind@example.org',
    ]);
    expect(merged.rating).toBe(2);
  });
});
