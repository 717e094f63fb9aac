import { describe, expect, it } from 'vitest';
import { makeConversation } from '../../testing/make-conversation';
import { mergeCases } from './merge-snapengage-cases';

const rated = { value: 'good', raw: 5, score: 5 } as const;

describe('mergeCases', () => {
  it('keeps one conversation per id, the webhook copy winning', () => {
    const fromInbox = [
      makeConversation({ vendor: 'snapengage', id: 'a', durationSeconds: 60, raw: { from: 'webhook' } }),
    ];
    const fromLogs = [
      makeConversation({ vendor: 'snapengage', id: 'a', durationSeconds: 1, raw: { from: 'logs' } }),
      makeConversation({ vendor: 'snapengage', id: 'b' }),
    ];
    const merged = mergeCases(fromInbox, fromLogs);
    expect(merged.map((conversation) => conversation.id).sort()).toEqual(['a', 'b']);
    expect(merged.find((conversation) => conversation.id === 'a')).toMatchObject({
      durationSeconds: 60,
      raw: { from: 'webhook' },
    });
  });

  it('takes the survey score from the Logs API copy when the webhook copy has none, and shows both copies', () => {
    const webhook = makeConversation({
      vendor: 'snapengage',
      id: 'a',
      rating: null,
      raw: { from: 'webhook' },
    });
    const logged = makeConversation({ vendor: 'snapengage', id: 'a', rating: rated, raw: { from: 'logs' } });
    expect(mergeCases([webhook], [logged])).toEqual([
      { ...webhook, rating: rated, raw: { webhook: { from: 'webhook' }, logs: { from: 'logs' } } },
    ]);
  });

  it('keeps the webhook copy’s own score', () => {
    const bad = { value: 'bad', raw: 1, score: 1 } as const;
    const webhook = makeConversation({ vendor: 'snapengage', id: 'a', rating: bad });
    const logged = makeConversation({ vendor: 'snapengage', id: 'a', rating: rated });
    expect(mergeCases([webhook], [logged])[0]?.rating).toEqual(bad);
  });
});
