import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoCredentials } from '../demo-config';
import { createImBoxHandlers, IMBOX_BASE_URL } from './handlers';
import { imboxConversationId, imboxScenarios, isLeftOutOfStatistics } from './imbox-records';

const options = { size: 400, now: Date.parse('2026-11-21T12:00:00Z') };
const handlers = createImBoxHandlers(options);
const scenarios = imboxScenarios(options);
const { apiKey, userId } = demoCredentials.imbox;
const DAY_MS = 86_400_000;

async function imbox(operation: string, rest = '', query = '', credentials = `${apiKey}/${userId}`) {
  const url = `${IMBOX_BASE_URL}/message/${operation}/${credentials}${rest}${query ? `?${query}` : ''}`;
  const response = await getResponse(handlers, new Request(url));
  if (!response) throw new Error(`no emulation for ${url}`);
  const body: unknown = await response.json();
  return { status: response.status, body };
}

const rowsOf = (body: unknown) =>
  z.object({ json: z.array(z.record(z.string(), z.unknown())) }).parse(body).json;

const iso = (instant: number) => new Date(instant).toISOString();
const everything = `startTime=${iso(options.now - 100 * DAY_MS)}&endTime=${iso(options.now)}`;

describe('the ImBox emulation', () => {
  it('refuses a wrong API key or user id in the path with 401 and an error body', async () => {
    for (const credentials of [`wrong/${userId}`, `${apiKey}/9999`]) {
      expect(await imbox('grabAgents', '', '', credentials)).toEqual({
        status: 401,
        body: { result: 'error', message: 'Invalid API key' },
      });
    }
  });

  it('refuses a chatStatistics window longer than 365 days', async () => {
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    const tooLong = await imbox(
      'chatStatistics',
      '',
      `startTime=${iso(start)}&endTime=${iso(start + 366 * DAY_MS)}`,
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ result: 'error' });
    const justFits = await imbox(
      'chatStatistics',
      '',
      `startTime=${iso(start)}&endTime=${iso(start + 365 * DAY_MS)}`,
    );
    expect(justFits.status).toBe(200);
  });

  it('uses "V" plus 20 digits as conversation ids, the same on every run', () => {
    const ids = scenarios.map(imboxConversationId);
    for (const id of ids) expect(id).toMatch(/^V\d{20}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(imboxScenarios(options).map(imboxConversationId)).toEqual(ids);
  });

  it('leaves a few listed conversations out of chatStatistics', async () => {
    const listed = rowsOf((await imbox('listConversations', '/2026-01-01/2026-12-31')).body);
    const statistics = rowsOf((await imbox('chatStatistics', '', everything)).body);
    const inStatistics = new Set(statistics.map((row) => row['channel']));
    const missing = listed.filter((row) => !inStatistics.has(row['conversationID']));
    expect(listed).toHaveLength(scenarios.length);
    expect(missing.length).toBe(scenarios.filter(isLeftOutOfStatistics).length);
    expect(missing.length / listed.length).toBeGreaterThan(0.01);
    expect(missing.length / listed.length).toBeLessThan(0.06);
  });

  it('filters chatStatistics by the exact instants', async () => {
    const sorted = [...scenarios]
      .filter((scenario) => !isLeftOutOfStatistics(scenario))
      .sort((a, b) => a.startedAt - b.startedAt);
    const [first, second] = sorted;
    if (!first || !second) throw new Error('not enough demo data');
    const rows = rowsOf(
      (
        await imbox(
          'chatStatistics',
          '',
          `startTime=${iso(first.startedAt)}&endTime=${iso(second.startedAt - 1)}`,
        )
      ).body,
    );
    expect(new Set(rows.map((row) => row['channel']))).toEqual(new Set([imboxConversationId(first)]));
  });

  it('filters chatStatistics by channel(s) and agent id(s)', async () => {
    const answered = scenarios.filter(
      (scenario) => scenario.status === 'answered' && !isLeftOutOfStatistics(scenario),
    );
    const [a, b] = answered;
    if (!a || !b) throw new Error('not enough demo data');
    const one = rowsOf(
      (await imbox('chatStatistics', '', `${everything}&channel=${imboxConversationId(a)}`)).body,
    );
    expect(new Set(one.map((row) => row['channel']))).toEqual(new Set([imboxConversationId(a)]));
    const two = rowsOf(
      (
        await imbox(
          'chatStatistics',
          '',
          `${everything}&channels=${imboxConversationId(a)}&channels=${imboxConversationId(b)}`,
        )
      ).body,
    );
    expect(new Set(two.map((row) => row['channel']))).toEqual(
      new Set([imboxConversationId(a), imboxConversationId(b)]),
    );
    const agent = a.agents[0];
    const byAgent = rowsOf((await imbox('chatStatistics', '', `${everything}&agentIds=${agent?.id}`)).body);
    expect(byAgent.length).toBeGreaterThan(0);
    for (const row of byAgent) expect(row['agentEmail']).toBe(agent?.email);
  });

  it('reports duration and response time in milliseconds, and no agent for a missed chat', async () => {
    const statistics = rowsOf((await imbox('chatStatistics', '', everything)).body);
    const answered = scenarios.find(
      (scenario) =>
        scenario.status === 'answered' && scenario.agents.length === 1 && !isLeftOutOfStatistics(scenario),
    );
    const missed = scenarios.find(
      (scenario) => scenario.status === 'missed' && !isLeftOutOfStatistics(scenario),
    );
    if (!answered || !missed) throw new Error('the demo data lacks an answered or a missed chat');
    const rowOf = (id: string) => statistics.find((row) => row['channel'] === id);
    expect(rowOf(imboxConversationId(answered))).toMatchObject({
      duration: answered.durationSeconds * 1000,
      agentName: answered.agents[0]?.name,
      rating: answered.score,
    });
    expect(rowOf(imboxConversationId(missed))).toMatchObject({
      agentName: null,
      agentEmail: null,
      duration: null,
      rating: null,
      responseTime: null,
    });
  });

  it('lists conversations by UTC day, both ends inclusive', async () => {
    const day = iso(scenarios[0]?.startedAt ?? 0).slice(0, 10);
    const rows = rowsOf((await imbox('listConversations', `/${day}/${day}`)).body);
    const expected = scenarios.filter((scenario) => iso(scenario.startedAt).slice(0, 10) === day);
    expect(rows.map((row) => row['conversationID']).sort()).toEqual(expected.map(imboxConversationId).sort());
    expect((await imbox('listConversations', '/2026-1-1/2026-12-31')).status).toBe(400);
  });

  it('writes transcripts like ImBox: visitorJoin first, the visitor as agentID 0, agents by id and first name', async () => {
    const scenario = scenarios.find(
      (candidate) => candidate.status === 'answered' && candidate.agents.length === 2,
    );
    if (!scenario) throw new Error('no transferred chat in the demo data');
    const id = imboxConversationId(scenario);
    const messages = rowsOf((await imbox('grabConversation', `/${id}`)).body);
    expect(messages[0]).toMatchObject({
      agentID: null,
      message: JSON.stringify({ type: 'visitorJoin', currentPage: scenario.visitor.pageUrl }),
    });
    expect(messages.find((message) => message['agentID'] === 0)).toMatchObject({ from: id });
    const [first, second] = scenario.agents;
    expect(messages.find((message) => message['agentID'] === Number(first?.id))).toMatchObject({
      from: first?.name.split(' ')[0],
    });
    expect(messages.map((message) => message['message'])).toContain(
      JSON.stringify({ type: 'transfer', toAgent: second?.name }),
    );
    expect(messages.at(-1)).toMatchObject({ agentID: null, message: '{"type":"chatClosed"}' });
  });

  it('gives the visitor name as a type-0 tag and tags as type 1', async () => {
    const scenario = scenarios.find(
      (candidate) => candidate.visitor.name !== null && candidate.tags.length > 0,
    );
    if (!scenario) throw new Error('no named, tagged visitor in the demo data');
    const tags = rowsOf((await imbox('grabVisitorTags', `/${imboxConversationId(scenario)}`)).body);
    expect(tags.filter((tag) => tag['type'] === 0).map((tag) => tag['tag'])).toEqual([scenario.visitor.name]);
    expect(tags.filter((tag) => tag['type'] === 1).map((tag) => tag['tag'])).toEqual(scenario.tags);
  });

  it('answers an unknown conversation with no rows', async () => {
    expect(await imbox('grabConversation', '/V00000000000000000000')).toEqual({
      status: 200,
      body: { result: 'success', json: [], length: 0 },
    });
  });
});
