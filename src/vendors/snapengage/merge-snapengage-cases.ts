import type { Conversation } from '../../model/conversation';

/**
 * One conversation per case id from the two SnapEngage sources. The webhook copy wins (it is the case as
 * SnapEngage finished it), but survey scores "arrive at least five minutes after a chat ends"
 * (docs/vendor-api/NOTES.md), after the webhook fired, so a score only the Logs API copy has is taken from
 * there; the raw payload then shows both copies, so the "view raw" panel explains where the score came from.
 */
export function mergeCases(
  fromInbox: ReadonlyArray<Conversation>,
  fromLogs: ReadonlyArray<Conversation>,
): Conversation[] {
  const merged = new Map<string, Conversation>();
  for (const conversation of fromLogs) merged.set(conversation.id, conversation);
  for (const conversation of fromInbox) {
    const logged = merged.get(conversation.id);
    if (logged && conversation.rating === null && logged.rating !== null) {
      merged.set(conversation.id, {
        ...conversation,
        rating: logged.rating,
        raw: { webhook: conversation.raw, logs: logged.raw },
      });
    } else {
      merged.set(conversation.id, conversation);
    }
  }
  return [...merged.values()];
}
