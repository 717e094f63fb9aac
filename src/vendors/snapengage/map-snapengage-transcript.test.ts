import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/integration-case.json';
import { instantOf, normalizeAgents, normalizeMessages } from './map-snapengage-transcript';
import { caseFieldsSchema } from './snapengage-api';

const fieldsWith = (changes: Record<string, unknown>) => caseFieldsSchema.parse({ ...sample, ...changes });

describe('the SnapEngage transcript', () => {
  it('reads the documented sample: sender decides the role, kept raw beside it', () => {
    const messages = normalizeMessages(fieldsWith({}), 'Jim Tester', 0);
    expect(messages.map((message) => [message.role, message.roleRaw, message.authorName])).toEqual([
      ['visitor', 'VISITOR', 'Jim Tester'],
      ['agent', 'AGENT', 'test'],
      ['visitor', 'VISITOR', 'Jim Tester'],
    ]);
    const [first] = sample.transcripts;
    expect(messages[0]?.at).toBe(instantOf(first?.date_seconds, first?.date_milliseconds));
  });

  it('names the agent who replied by alias, with the login from the entry id', () => {
    expect(normalizeAgents(fieldsWith({}))).toEqual([
      { name: 'test', id: 'jerome@snapengage.com', email: 'jerome@snapengage.com' },
    ]);
  });

  it('shows an offline request`s description as the visitor`s message', () => {
    const messages = normalizeMessages(fieldsWith({ transcripts: [], source_id: 1 }), 'Jim Tester', 1000);
    expect(messages).toEqual([
      expect.objectContaining({ id: 'description', role: 'visitor', text: sample.description, at: 1000 }),
    ]);
  });

  it('puts an undocumented sender in nobody`s mouth', () => {
    const [message] = normalizeMessages(
      fieldsWith({ transcripts: [{ sender: 'BOT', message: 'x' }] }),
      null,
      0,
    );
    expect([message?.role, message?.roleRaw]).toEqual(['system', 'BOT']);
  });
});
