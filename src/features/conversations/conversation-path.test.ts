import { describe, expect, it } from 'vitest';
import { conversationPath, parseConversationRoute } from './conversation-path';

describe('the conversation route', () => {
  it('reads back what conversationPath wrote, ids with slashes and spaces included', () => {
    const path = conversationPath({ vendor: 'snapengage', id: 'case/12 3' });
    expect(path).toBe('/conversations/snapengage/case%2F12%203');
    const [, , vendor, id] = path.split('/');
    expect(parseConversationRoute({ vendor, id: decodeURIComponent(id ?? '') })).toEqual({
      kind: 'conversation',
      vendor: 'snapengage',
      id: 'case/12 3',
      key: 'snapengage:case/12 3',
    });
  });

  it('is the list alone without a vendor', () => {
    expect(parseConversationRoute({})).toEqual({ kind: 'list' });
  });

  it('flags a vendor the app does not know', () => {
    expect(parseConversationRoute({ vendor: 'zendesk', id: '1' })).toEqual({ kind: 'unknown-vendor' });
  });
});
