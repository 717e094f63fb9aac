import type { Row } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../lib/search/parse-query';
import type { Conversation } from '../../model/conversation';
import { makeConversation } from '../../testing/make-conversation';
import { rendersSameRow, type ConversationRowProps } from './conversation-row';

/** The props the table gives a row, with TanStack's row made anew as it is on every change of the list. */
function props(
  conversation: Conversation,
  overrides: Partial<ConversationRowProps> = {},
): ConversationRowProps {
  return {
    row: { id: conversation.key, original: conversation } as Row<Conversation>,
    index: 3,
    selected: false,
    tabbable: false,
    search: '?from=2026-11-01&to=2026-11-30',
    columnsKey: 'startedAt,vendor,visitor',
    query: null,
    ...overrides,
  };
}

describe('which rows in view render again when the list changes', () => {
  const conversation = makeConversation({ vendor: 'imbox', id: 'c-1' });

  it('skips a row showing the same conversation in the same place, though the table made a new row', () => {
    expect(rendersSameRow(props(conversation), props(conversation))).toBe(true);
  });

  it('renders a conversation that changed: ImBox details folded in make a new object', () => {
    const named = { ...conversation, visitor: { ...conversation.visitor, name: 'Anna Öberg' } };
    expect(rendersSameRow(props(conversation), props(named))).toBe(false);
  });

  it('renders a row that moved, was opened or reached by Tab, or whose links or columns changed', () => {
    const before = props(conversation);
    for (const change of [
      { index: 4 },
      { selected: true },
      { tabbable: true },
      { search: '?from=2026-10-01&to=2026-11-30' },
      { columnsKey: 'startedAt,visitor,vendor' },
    ] satisfies Array<Partial<ConversationRowProps>>) {
      expect(rendersSameRow(before, props(conversation, change)), JSON.stringify(change)).toBe(false);
    }
  });

  it('renders its "Matched text" again for another search over the same rows', () => {
    const refund = parseSearchQuery('refund');
    expect(
      rendersSameRow(props(conversation, { query: refund }), props(conversation, { query: refund })),
    ).toBe(true);
    const other = parseSearchQuery('refund double');
    expect(
      rendersSameRow(props(conversation, { query: refund }), props(conversation, { query: other })),
    ).toBe(false);
  });
});
