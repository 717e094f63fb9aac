import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inboxPageSchema } from '../../src/vendors/snapengage/snapengage-api';
import { normalizeSnapEngageCase } from '../../src/vendors/snapengage/normalize-snapengage';
import { demoShare } from '../demo-config';
import { generateScenarios } from '../generator/scenarios';
import { buildDemoCases, snapEngageDemoCases } from './snapengage-records';

const sample: Record<string, unknown> = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, '../../src/vendors/snapengage/__fixtures__/integration-case.json'),
    'utf8',
  ),
);
const options = { size: 2000, now: Date.parse('2026-05-01T12:00:00Z') };
const cases = snapEngageDemoCases(options);

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value) : [];
}

describe('snapEngageDemoCases', () => {
  it('produces cases in the documented Integration API shape, field for field', () => {
    expect(cases).toHaveLength(Math.round(options.size * demoShare.snapengage));
    const sampleEntry: unknown = Array.isArray(sample.transcripts) ? sample.transcripts[0] : null;
    for (const { integration } of cases) {
      expect(keysOf(integration)).toEqual(keysOf(sample));
      expect(keysOf(integration.requester_details)).toEqual(keysOf(sample.requester_details));
      for (const entry of integration.transcripts) expect(keysOf(entry)).toEqual(keysOf(sampleEntry));
    }
  });

  it('is the same on every run', () => {
    expect(snapEngageDemoCases({ ...options })).toBe(cases);
    expect(buildDemoCases(options)).toEqual(cases);
  });

  it('tells the adapter the same story as the shared scenarios (status, agents, e-mail)', () => {
    const scenarios = generateScenarios({
      vendor: 'snapengage',
      count: cases.length,
      now: options.now,
    }).reverse();
    const parsed = inboxPageSchema.parse({
      cases: cases.map((item) => item.integration),
      next: null,
      total: cases.length,
    });
    parsed.cases.forEach((item, index) => {
      const scenario = scenarios[index];
      const conversation = normalizeSnapEngageCase(item);
      expect(conversation?.status).toBe(scenario?.status);
      expect(conversation?.agents.map((agent) => agent.name)).toEqual(
        scenario?.agents.map((agent) => agent.name),
      );
      expect(conversation?.visitor.email).toBe(scenario?.visitor.email?.toLowerCase() ?? null);
      expect(Math.floor((conversation?.startedAt ?? 0) / 1000) * 1000).toBe(scenario?.startedAt);
    });
  });

  it('includes offline requests, proactive chats, translations both ways, labels and variables', () => {
    const all = cases.map((item) => item.integration);
    const offline = all.filter((item) => item.source_id === 1);
    expect(offline.length).toBeGreaterThan(0);
    for (const item of offline)
      expect(item).toMatchObject({ type: 'offline', transcripts: [], description: expect.any(String) });
    expect(
      all.some(
        (item) => item.source_id === 3 && item.proactive_chat && item.transcripts[0]?.sender === 'AGENT',
      ),
    ).toBe(true);
    const translated = all
      .flatMap((item) => item.transcripts)
      .filter((entry) => Object.keys(entry.translations).length > 0);
    for (const [sender, language] of [
      ['VISITOR', 'en'],
      ['AGENT', 'es'],
      ['AGENT', 'sv'],
    ]) {
      expect(
        translated.some(
          (entry) => entry.sender === sender && language !== undefined && language in entry.translations,
        ),
        `${sender} ${language}`,
      ).toBe(true);
    }
    expect(all.some((item) => item.labels.length > 0)).toBe(true);
    expect(all.some((item) => item.operator_variables.length > 0)).toBe(true);
    expect(all.every((item) => item.javascript_variables.length > 0)).toBe(true);
    expect(
      all.some((item) => !item.requested_by.includes('@') && item.requester_details.emails.length > 0),
    ).toBe(true);
  });

  it('puts the oldest fifth only in the Logs API and some of the rest in both sources', () => {
    const logsOnly = cases.filter((item) => !item.inInbox);
    expect(logsOnly.length).toBe(Math.round(cases.length * 0.2));
    const newestLogsOnly = Math.max(...logsOnly.map((item) => item.startedAt));
    expect(cases.filter((item) => item.inInbox).every((item) => item.startedAt >= newestLogsOnly)).toBe(true);
    expect(cases.filter((item) => item.inInbox && item.inLogs).length).toBeGreaterThan(0);
    // Survey scores are only in the Logs API copy.
    expect(cases.some((item) => item.logs.survey_score !== null)).toBe(true);
    expect(cases.every((item) => !('survey_score' in item.integration))).toBe(true);
  });
});
