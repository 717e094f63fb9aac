import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/integration-case.json';
import { statusOf } from './map-snapengage-status';
import { caseFieldsSchema } from './snapengage-api';

const fieldsWith = (changes: Record<string, unknown>) => caseFieldsSchema.parse({ ...sample, ...changes });
const visitor = { id: '', message: 'Hi', sender: 'VISITOR', date_seconds: 1412367271 };
const agent = {
  id: 'jerome@snapengage.com',
  alias: 'Jerome',
  message: 'Hello',
  sender: 'AGENT',
  date_seconds: 1412367272,
};

describe('the SnapEngage status (source_id, type, who replied)', () => {
  it('reads the documented sample (source_id 2, an agent replied) as answered', () => {
    expect(statusOf(fieldsWith({}))).toBe('answered');
  });

  it('reads source_id 1 or type offline as an offline request', () => {
    expect(statusOf(fieldsWith({ source_id: 1 }))).toBe('offline');
    expect(statusOf(fieldsWith({ type: 'offline', source_id: null }))).toBe('offline');
  });

  it('reads a chat no agent answered as missed, a proactive invitation not counting as an answer', () => {
    expect(statusOf(fieldsWith({ transcripts: [visitor] }))).toBe('missed');
    expect(statusOf(fieldsWith({ source_id: 3, transcripts: [agent, visitor] }))).toBe('missed');
    expect(statusOf(fieldsWith({ source_id: 3, transcripts: [agent, visitor, agent] }))).toBe('answered');
  });
});
